import { describe, expect, it } from 'vitest';
import { answerConfirms, confirmationSteps } from '../../../src/shared/commsease/destructiveConfirmation';

describe('confirmationSteps', () => {
  it('asks once, naming the environment tag, for a non-production profile', () => {
    const steps = confirmationSteps('refresh', { profileName: 'Acme', env: 'staging', accid: 'u1' });
    expect(steps).toHaveLength(1);
    expect(steps[0]?.question).toContain('[staging]');
    expect(steps[0]?.question).toContain('"u1"');
  });

  it('asks twice for prod, the second time by typing the tag', () => {
    const steps = confirmationSteps('update', { profileName: 'Acme', env: 'prod', accid: 'u1' });
    expect(steps).toHaveLength(2);
    expect(answerConfirms(steps[0]!, ' YES ')).toBe(true);
    expect(answerConfirms(steps[1]!, 'yes')).toBe(false);
    expect(answerConfirms(steps[1]!, 'prod')).toBe(true);
  });
});
