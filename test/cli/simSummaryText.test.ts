/**
 * The simulator's summary after `tokenlab simulate`'s events: in English byte for byte what
 * describeSimSummary writes, and in Chinese under --lang zh-CN.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/cli/cliText';
import { simSummaryText } from '../../src/cli/simSummaryText';
import { describeSimSummary } from '../../src/shared/sim/describeSimEvent';
import { PRESETS } from '../../src/shared/sim/presets';
import { runTokenlab } from '../support/cliHarness';
import { runScenario } from '../shared/sim/runScenario';

const SCENARIOS = [
  ...PRESETS.map((p) => [p.id, p.scenario] as const),
  // One client, a short run, and a run cut short.
  ['one client', { platform: 'zim', tokenTtlSeconds: 60, durationSeconds: 600, clients: 1, renewal: { policy: 'never' } }],
  ['short', { platform: 'commsease-dynamic', tokenTtlSeconds: 60, durationSeconds: 10 }],
  ['truncated', { platform: 'express', tokenTtlSeconds: 60, durationSeconds: 3600, clients: 3, maxEvents: 5, renewal: { policy: 'never' } }],
] as const;

describe('simSummaryText', () => {
  it.each(SCENARIOS)('English is describeSimSummary’s, byte for byte (%s)', (_, scenario) => {
    const { summary } = runScenario(scenario as Parameters<typeof runScenario>[0]);
    expect(simSummaryText(translator('en'), summary)).toEqual(describeSimSummary(summary));
  });

  it('covers a truncated run, a single client, disconnections and time on an expired token (so those lines are compared too)', () => {
    const results = SCENARIOS.map(([, s]) => runScenario(s as Parameters<typeof runScenario>[0]).summary);
    expect(results.some((s) => s.truncated)).toBe(true);
    expect(results.some((s) => s.clients === 1)).toBe(true);
    expect(results.some((s) => s.connectedWithExpiredTokenSeconds > 0)).toBe(true);
    expect(results.some((s) => s.disconnections.total > 0)).toBe(true);
  });

  it('Chinese: no English word left but identifiers (platform id, event types, maxEvents)', () => {
    for (const [, scenario] of SCENARIOS) {
      const { summary } = runScenario(scenario as Parameters<typeof runScenario>[0]);
      const text = simSummaryText(translator('zh-CN'), summary).join('\n');
      const identifiers = new RegExp(`\\b(${[summary.platform, 'maxEvents', ...Object.keys(summary.counts)].join('|')})\\b`, 'g');
      expect(text.replace(identifiers, ''), text).not.toMatch(/[A-Za-z]{2,}/);
    }
  });
});

describe('tokenlab simulate --lang zh-CN', () => {
  it('prints the summary in Chinese', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tokenlab-sim-'));
    const path = join(dir, 'never.json');
    writeFileSync(path, JSON.stringify({ platform: 'express', tokenTtlSeconds: 3600, renewal: { policy: 'never' }, express: { onExpiry: 'kick' } }));
    const r = await runTokenlab(['--lang', 'zh-CN', 'simulate', '--scenario', path]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\nexpress：1 个客户端，模拟 7200 秒\n50% 的时间处于连接状态\n断开次数：1（令牌过期 1 次），受影响的客户端：1\n');
    expect(r.stdout).toContain('最长中断：3600 秒（客户端 0，自 1:00:00 起）');
    expect(r.stdout).not.toContain('of the time');
  });
});
