import { describe, expect, it } from 'vitest';
import { describeCommsEaseStatus, explainCommsEaseStatus } from '../../../src/shared/commsease/statusCodes';

describe('CommsEase status codes', () => {
  it('gives the documented meaning, and says when a code is not in the table', () => {
    expect(describeCommsEaseStatus(416).meaning).toBe('Rate upper limit is reached.');
    expect(explainCommsEaseStatus(414)).toMatch(/^414 Error parameters\. \(also the answer to a failed CheckSum/);
    expect(describeCommsEaseStatus(12345).meaning).toBe('Not in the CommsEase status code table.');
  });
});
