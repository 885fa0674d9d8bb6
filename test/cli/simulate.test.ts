/**
 * `tokenlab simulate`: the line-per-event JSON that scripts and CI read, the readable text,
 * and exit 2 with the field named for a bad scenario.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SIM_EVENT_TYPES } from '../../src/shared/sim/events';
import { inspectToken } from '../../src/shared/tokens/inspect';
import { runTokenlab } from '../support/cliHarness';

let dir: string;
const scenarioFile = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tokenlab-sim-'));
});

const lines = (s: string) => s.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

const issueExample = {
  platform: 'zim',
  durationSeconds: 7200,
  tokenTtlSeconds: 3600,
  clients: 1,
  seed: 1,
  renewal: { policy: 'on-will-expire', leadSeconds: 60, latencyMs: 200, failureRate: 0 },
  outages: [{ atSeconds: 900, forSeconds: 600 }],
  clockSkewSeconds: 0,
  express: { onExpiry: 'kick' },
};

describe('tokenlab simulate --json', () => {
  it('prints one event per line with t, client and type, then the summary as the last line', async () => {
    const r = await runTokenlab(['simulate', '--scenario', scenarioFile('example.json', issueExample), '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const all = lines(r.stdout);
    const summary = all.at(-1)!;
    const events = all.slice(0, -1);
    expect(summary).toMatchObject({ type: 'summary', platform: 'zim', clients: 1, networkInterruptions: 1 });
    expect(summary['assumptions']).toEqual(expect.arrayContaining([expect.stringContaining('assumptions.sdkClock')]));
    for (const e of events) {
      expect(typeof e['t']).toBe('number');
      expect(e['client']).toBe(0);
      expect(SIM_EVENT_TYPES).toContain(e['type']);
    }
    expect(events.map((e) => `${e['type']}@${e['t']}`)).toEqual([
      'token_issued@0',
      'login@0',
      'network_lost@900',
      'reconnecting@900',
      'network_restored@1500',
      'reconnected@1507',
      'token_will_expire@3570',
      'renew_requested@3570',
      'token_issued@3570.2',
      'renew_succeeded@3570.2',
      'token_will_expire@7140',
      'renew_requested@7140',
      'token_issued@7140.2',
      'renew_succeeded@7140.2',
    ]);
  });

  it('token_issued carries the token and its expiry in seconds since the start', async () => {
    const r = await runTokenlab(['simulate', '--scenario', scenarioFile('issued.json', issueExample), '--json']);
    const issued = lines(r.stdout).filter((e) => e['type'] === 'token_issued');
    expect(issued.map((e) => e['expire'])).toEqual([3600, 7170, 10740]);
    for (const e of issued) {
      const inspection = inspectToken(e['token'] as string, { now: 1_700_000_000 });
      expect(inspection.format).toBe('zego-token04');
      expect(inspection.expiresAt).toBe(1_700_000_000 + (e['expire'] as number));
    }
  });

  it('gives the same bytes on every run of the same scenario', async () => {
    const path = scenarioFile('same.json', { ...issueExample, clients: 3, renewal: { latency: { kind: 'uniform', minMs: 0, maxMs: 5000 } } });
    const a = await runTokenlab(['simulate', '--scenario', path, '--json']);
    const b = await runTokenlab(['simulate', '--scenario', path, '--json']);
    expect(b.stdout).toBe(a.stdout);
  });

  it('reads the scenario from stdin with --scenario -', async () => {
    const r = await runTokenlab(['simulate', '--scenario', '-', '--json'], { stdin: JSON.stringify({ platform: 'commsease-dynamic', tokenTtlSeconds: 60, durationSeconds: 10 }) });
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((e) => e['type'])).toEqual(['token_issued', 'login', 'summary']);
  });
});

describe('tokenlab simulate (text)', () => {
  it('prints readable lines, the summary and the assumptions', async () => {
    const r = await runTokenlab([
      'simulate',
      '--scenario',
      scenarioFile('never.json', { platform: 'express', tokenTtlSeconds: 3600, renewal: { policy: 'never' }, express: { onExpiry: 'kick' } }),
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('     1:00:00  client 0  disconnected       disconnected: token expired (code 1002056)');
    expect(r.stdout).toContain('connected 50% of the time');
    expect(r.stdout).toContain('disconnections: 1 (token expired 1)');
    expect(r.stdout).toContain('worst gap: 3600 s (client 0, from 1:00:00)');
    expect(r.stdout).toMatch(/assumptions \(not documented by the vendor.*\n {2}- Express times "will expire"/);
  });
});

describe('tokenlab simulate: bad input', () => {
  it('a bad field: exit 2 and a message naming each bad field', async () => {
    const r = await runTokenlab([
      'simulate',
      '--scenario',
      scenarioFile('bad.json', { platform: 'zim', tokenTtlSeconds: 60, renewal: { latencyMs: -1, polcy: 'never' } }),
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('renewal.latencyMs must be ≥ 0');
    expect(r.stderr).toContain('renewal.polcy is not a known field');
  });

  it('a missing required field is named', async () => {
    const r = await runTokenlab(['simulate', '--scenario', scenarioFile('missing.json', { platform: 'zim' })]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tokenTtlSeconds is required');
  });

  it('broken JSON: exit 2 with a clear message', async () => {
    const r = await runTokenlab(['simulate', '--scenario', scenarioFile('broken.json', '{"platform": "zim",')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the scenario file .*broken\.json is not valid JSON/);
  });

  it('an unreadable file: exit 2 naming the file', async () => {
    const r = await runTokenlab(['simulate', '--scenario', join(dir, 'nope.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`cannot read the scenario file ${join(dir, 'nope.json')} (ENOENT)`);
  });

  it('without --scenario, or with an unknown option: exit 2', async () => {
    const none = await runTokenlab(['simulate', '--json']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--scenario FILE.json or --preset NAME is required');
    const unknown = await runTokenlab(['simulate', '--scenario', 'x.json', '--seed', '3']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown option --seed');
  });

  it('--help prints the usage', async () => {
    const r = await runTokenlab(['simulate', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('tokenlab simulate (--scenario FILE.json | --preset NAME) [--json]');
  });
});

describe('tokenlab simulate in Chinese', () => {
  it('--lang zh-CN words the event lines in Chinese; --json stays the same bytes', async () => {
    const zh = await runTokenlab(['simulate', '--preset', 'slow-server', '--lang', 'zh-CN']);
    const en = await runTokenlab(['simulate', '--preset', 'slow-server']);
    expect(zh.code).toBe(0);
    const events = (out: string) => out.split('\n\n')[0]!.split('\n');
    const zhEvents = events(zh.stdout);
    expect(zhEvents.length).toBe(events(en.stdout).length);
    expect(zhEvents).toContain('       59:30  客户端 0  renew_requested    向令牌服务请求令牌（请求 1，续期）');
    for (const line of zhEvents) expect(line).toMatch(/客户端 \d+ {2}\w+ +.*[\u4e00-\u9fff]/);
    expect(en.stdout).toContain('asks the token server for a token (request 1, renew)');
    // The assumptions too, each still naming its switch.
    expect(zh.stdout).toContain('  - ZIM 按设备时钟计算“即将过期”');
    expect(en.stdout).toContain(`  - ZIM times "will expire" by the device's clock`);

    const jsonZh = await runTokenlab(['simulate', '--preset', 'slow-server', '--json', '--lang', 'zh-CN']);
    const jsonEn = await runTokenlab(['simulate', '--preset', 'slow-server', '--json']);
    expect(jsonZh.stdout).toBe(jsonEn.stdout);
  });
});
