/** Issue 12: a production tag in Chinese is production everywhere — red on the page, and asked about before a removal or a live call. */
import { describe, expect, it } from 'vitest';
import { envColour } from '../../../src/renderer/src/components/EnvTag';
import { isProductionEnv, removalSteps } from '../../../src/shared/commsease/destructiveConfirmation';

describe('production tags', () => {
  it('are red exactly when they are asked about twice', () => {
    for (const tag of ['prod', 'PROD', 'production', 'live', '生产', '生产环境', '正式', '线上']) {
      expect([tag, isProductionEnv(tag), envColour(tag)]).toEqual([tag, true, 'red']);
      expect(removalSteps({ profileName: 'p', env: tag }).length, tag).toBe(2);
    }
    for (const tag of ['staging', '测试', 'dev', '开发', 'prodlike']) {
      expect([tag, isProductionEnv(tag)]).toEqual([tag, false]);
      expect(envColour(tag), tag).not.toBe('red');
      expect(removalSteps({ profileName: 'p', env: tag })).toEqual([]);
    }
  });
});
