// The live mode's per-event sentences through the catalogue: English word for word the plan's
// `detail` / `assumption`, zh-CN in Chinese, on every live platform and policy (early join end, login refused, at-once warnings).
import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/cli/cliText';
import { LIVE_PLATFORMS, liveAssumptionText, liveDetailText, upcomingLiveEvents, type LiveEventsInput } from '../../../src/shared/sim/liveEvents';

const policies: LiveEventsInput['policy'][] = ['on-will-expire', 'before-expiry', 'never'];
const inputs = (platform: string): LiveEventsInput[] =>
  policies.flatMap((policy) => [
    { platform, policy, expiresAt: 10_000, issuedAt: 6400, now: 9000, leadSeconds: 60 },
    { platform, policy, expiresAt: 10_000, issuedAt: 6400, now: 9990, leadSeconds: 60 },
    { platform, policy, expiresAt: 10_000, issuedAt: 6400, now: 10_001, leadSeconds: 60 },
    { platform, policy, expiresAt: 10_000, issuedAt: 6400, now: 9000, leadSeconds: 60, sessionEndsAt: 9700 },
    { platform, policy, expiresAt: 10_000, issuedAt: 6400, now: 9000, leadSeconds: 60, expressOnExpiry: 'kick' },
  ]);

describe('live event sentences', () => {
  it.each([...LIVE_PLATFORMS])('%s: catalogue English is the plan English; zh-CN is Chinese', (platform) => {
    const en = translator('en');
    const zh = translator('zh-CN');
    for (const input of inputs(platform)) {
      for (const e of upcomingLiveEvents(input).events) {
        expect(en(`simulator.liveEvent.${e.detailLine.key}`, { defaultValue: '(missing)' })).not.toBe('(missing)');
        expect(liveDetailText(en, e)).toBe(e.detail);
        expect(liveDetailText(zh, e, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
        expect(liveAssumptionText(en, e)).toBe(e.assumption);
        if (e.assumption !== null) expect(liveAssumptionText(zh, e)).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });
});

describe('a join privilege that ends first', () => {
  it('gives the gap before the token expires through the duration formatter, in the reader’s language', () => {
    const input: LiveEventsInput = { platform: 'agora-rtc-native', policy: 'never', expiresAt: 10_000, issuedAt: 6400, now: 9000, leadSeconds: 60, sessionEndsAt: 9700 };
    const joinEnds = upcomingLiveEvents(input).events.find((e) => e.detailLine.key.startsWith('joinEnds'))!;
    expect(joinEnds.detail).toContain('ends, 5m before the token expires');
    expect(liveDetailText(translator('en'), joinEnds, 'en')).toBe(joinEnds.detail);
    const zh = liveDetailText(translator('zh-CN'), joinEnds, 'zh-CN');
    expect(zh).toContain('令牌过期前 5分钟 结束');
    expect(zh).not.toMatch(/\d+ ?(min|s)\b/);
    const seconds = upcomingLiveEvents({ ...input, sessionEndsAt: 9970 }).events.find((e) => e.detailLine.key.startsWith('joinEnds'))!;
    expect(liveDetailText(translator('zh-CN'), seconds, 'zh-CN')).toContain('令牌过期前 30秒 结束');
  });
});
