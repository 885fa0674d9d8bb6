/**
 * The CLI behaves like the tools beside it: help everywhere, durations and ISO times, secrets
 * from a file or stdin only, generate --json verified, profiles that cannot be contradicted,
 * CJK-aligned tables, tags in any script, a prod profile removed only when confirmed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands';
import { createMemorySecretStore, type MemorySecretStore } from '../../src/main/vault/memorySecretStore';
import { runTokenlab, type CliRunOptions } from '../support/cliHarness';
import { loadVectors } from '../support/vectors';

const gcm = loadVectors('zego-token04-gcm.json')[0]!;
const ZEGO_SECRET = 'fa94dd0f974cf2e293728a526b028271';

let dir: string;
let secretPath: string;
let secrets: MemorySecretStore;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tokenlab-cli-conv-'));
  secretPath = join(dir, 'zego.txt');
  writeFileSync(secretPath, ZEGO_SECRET);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => {
  secrets = createMemorySecretStore();
});

let homeCount = 0;
const freshHome = () => join(dir, `home-${homeCount++}`);
const tokenlab = (argv: string[], home: string, options: CliRunOptions = {}) => runTokenlab(argv, { env: { TOKENLAB_HOME: home }, secretStore: secrets, ...options });
const json = (stdout: string) => JSON.parse(stdout.trim().split('\n')[0] as string) as Record<string, unknown>;

describe('help', () => {
  it('every command answers --help on stdout with examples, exit 0', async () => {
    for (const name of Object.keys(COMMANDS)) {
      const r = await runTokenlab([name, '--help']);
      expect([name, r.code, r.stderr]).toEqual([name, 0, '']);
      expect(r.stdout, name).toContain('Examples:');
    }
    const zego = await runTokenlab(['generate', 'zego', '--help']);
    expect(zego.stdout).toContain('--user-id');
    expect(zego.code).toBe(0);
  });
  it('a subcommand answers --help too, with the group’s examples, in either language', async () => {
    const cases = [
      ['profile', 'add', '--help'],
      ['profile', 'rm', '-h'],
      ['commsease', 'static', '--help'],
      ['commsease', 'static', 'check', '--help'],
      ['commsease', 'callback', 'send', '-h'],
    ];
    for (const argv of cases) {
      const en = await runTokenlab(['--lang', 'en', ...argv]);
      expect([argv.join(' '), en.code, en.stderr]).toEqual([argv.join(' '), 0, '']);
      expect(en.stdout, argv.join(' ')).toContain('Examples:');
      const zh = await runTokenlab(['--lang', 'zh-CN', ...argv]);
      expect([argv.join(' '), zh.code, zh.stderr]).toEqual([argv.join(' '), 0, '']);
      expect(zh.stdout, argv.join(' ')).toContain('示例：');
    }
  });
  it('bare tokenlab prints the help on stdout', async () => {
    const r = await runTokenlab([]);
    expect(r.stdout).toContain('Usage:');
    expect(r.stderr).toBe('');
  });
});

describe('times, durations and secrets', () => {
  const mint = (extra: string[]) =>
    runTokenlab(['generate', 'zego', '--app-id', '1234567890', '--user-id', 'u', '--secret-file', secretPath, '--json', ...extra]);

  it('--ttl takes 1h, 90m, 1h30m as well as seconds; --now takes an ISO time', async () => {
    const r = await mint(['--ttl', '1h30m', '--now', '2026-12-02T05:00:00Z']);
    expect(r.code).toBe(0);
    const start = Date.parse('2026-12-02T05:00:00Z') / 1000;
    expect(json(r.stdout)).toMatchObject({ expiresAt: start + 5400, issuedAt: start });
    expect(json((await mint(['--ttl', '90m', '--now', '2026-12-02T13:00:00+08:00'])).stdout)['expiresAt']).toBe(start + 5400);
    const bad = await mint(['--ttl', '1 hour']);
    expect([bad.code, bad.stderr]).toEqual([2, 'tokenlab generate: --ttl takes seconds or a duration like 90s, 45m, 1h, 1h30m, 7d, got "1 hour"\n']);
    const badNow = await mint(['--ttl', '60', '--now', 'yesterday']);
    expect(badNow.code).toBe(2);
    expect(badNow.stderr).toContain('--now takes epoch seconds or an ISO time');
  });

  it('generate --json reports the token it minted as valid', async () => {
    const r = await mint(['--ttl', '3600']);
    expect(json(r.stdout)).toMatchObject({ verdict: 'valid', fields: { app_id: 1234567890, user_id: 'u' } });
  });

  it('--secret is answered with where the secret goes instead; --secret-file - reads it from stdin', async () => {
    const r = await runTokenlab(['verify', '--secret', ZEGO_SECRET, gcm.token]);
    expect([r.code, r.stderr]).toEqual([2, 'tokenlab verify: use --secret-file or --profile (secrets never go on the command line)\n']);
    const piped = await runTokenlab(['verify', '--json', '--secret-file', '-', '--now', String(gcm.expect.now), gcm.token], { stdin: `${gcm.inputs['secret'] as string}\n` });
    expect(json(piped.stdout)).toMatchObject({ verdict: 'valid' });
    const noTokens = await runTokenlab(['verify', '--secret-file', '-'], { stdin: 'x' });
    expect(noTokens.code).toBe(2);
  });
});

describe('profiles', () => {
  const addZego = (home: string, name: string, env = 'dev') =>
    tokenlab(['profile', 'add', '--provider', 'zego', '--name', name, '--app-id', '1234567890', '--env', env], home, { stdin: `${ZEGO_SECRET}\n` });

  it('an --app-id that contradicts --profile is refused, for generate and verify', async () => {
    const home = freshHome();
    expect((await addZego(home, 'acme')).code).toBe(0);
    const gen = await tokenlab(['generate', 'zego', '--profile', 'acme', '--app-id', '42', '--user-id', 'u', '--ttl', '60'], home);
    expect([gen.code, gen.stdout]).toEqual([2, '']);
    expect(gen.stderr).toBe('tokenlab generate: --app-id 42 contradicts profile "acme" (app-id 1234567890): drop --app-id, or use the profile made for that value\n');
    const same = await tokenlab(['generate', 'zego', '--profile', 'acme', '--app-id', '1234567890', '--user-id', 'u', '--ttl', '60'], home);
    expect(same.code).toBe(0);
    const ver = await tokenlab(['verify', '--profile', 'acme', '--app-id', '42', gcm.token], home);
    expect(ver.code).toBe(2);
    expect(ver.stderr).toContain('contradicts profile "acme"');
  });

  it('profile list lines up columns holding CJK names, and tags may be any letters', async () => {
    const home = freshHome();
    expect((await addZego(home, '声网 测试', '生产')).code).toBe(0);
    expect((await addZego(home, 'plain', 'staging')).code).toBe(0);
    const r = await tokenlab(['profile', 'list'], home);
    const rows = r.stdout.trimEnd().split('\n');
    const column = (row: string, text: string) => {
      const at = row.indexOf(text);
      // Columns as the terminal shows them: wide characters before the cell count twice.
      return [...row.slice(0, at)].reduce((w, ch) => w + (/[\u3000-\u9fff]/.test(ch) ? 2 : 1), 0);
    };
    expect(rows).toHaveLength(3);
    expect(column(rows[1] as string, '生产')).toBe(column(rows[2] as string, 'staging'));
    expect(column(rows[1] as string, 'zego')).toBe(column(rows[0] as string, 'PROVIDER'));
  });

  it('removing a prod-tagged profile asks (yes, then the tag); --yes skips; no terminal refuses', async () => {
    const home = freshHome();
    await addZego(home, 'live', 'prod');
    const refused = await tokenlab(['profile', 'rm', 'live'], home);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('without confirmation');
    const wrongTag = await tokenlab(['profile', 'rm', 'live'], home, { stdinIsTTY: true, prompts: ['yes', 'staging'] });
    expect(wrongTag.code).toBe(2);
    expect((await tokenlab(['profile', 'list', '--json'], home)).stdout).toContain('"live"');
    const confirmed = await tokenlab(['profile', 'rm', 'live'], home, { stdinIsTTY: true, prompts: ['yes', 'prod'] });
    expect([confirmed.code, confirmed.stdout]).toEqual([0, 'removed profile live and its keychain entries\n']);
    await addZego(home, 'live2', 'production');
    expect((await tokenlab(['profile', 'rm', 'live2', '--yes'], home)).code).toBe(0);
    // A Chinese production tag is production too: asked first, refused without a terminal.
    await addZego(home, '声网 测试', '生产');
    expect((await tokenlab(['profile', 'rm', '声网 测试'], home)).code).toBe(2);
    const zhConfirmed = await tokenlab(['profile', 'rm', '声网 测试'], home, { stdinIsTTY: true, prompts: ['yes', '生产'] });
    expect(zhConfirmed.code).toBe(0);
    await addZego(home, 'dev1', 'dev');
    expect((await tokenlab(['profile', 'rm', 'dev1'], home)).code).toBe(0);
  });
});

describe('simulate presets and clock times', () => {
  it('--list-presets names the screen’s presets; --preset runs one, times read as a clock', async () => {
    const list = await runTokenlab(['simulate', '--list-presets']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^healthy +Healthy renewal: /m);
    expect(list.stdout).toMatch(/^server-down +/m);
    const run = await runTokenlab(['simulate', '--preset', 'healthy']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ +59:30 +client 0 +token_will_expire +"will expire" callback: 30 s left \(expires at 1:00:00\)$/m);
    expect(run.stdout).not.toMatch(/\d\.000s/);
    const unknown = await runTokenlab(['simulate', '--preset', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('known: healthy, never');
  });
});

describe('the README example', () => {
  it('the sample token and its throwaway secret in examples/ verify as the README says', async () => {
    const root = join(__dirname, '../..');
    const { readFileSync } = await import('node:fs');
    const args = ['verify', '--secret-file', join(root, 'examples/zego-secret.txt'), '--app-id', '1234567890'];
    const one = await runTokenlab(args, { stdin: readFileSync(join(root, 'examples/zego-token.txt'), 'utf8'), now: 1_800_000_000 });
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^#1 VALID · ZEGO Token04 \(GCM\) · user "alice" · app 1234567890 · 2090-04-18T/);
    const log = await runTokenlab(args, { stdin: readFileSync(join(root, 'examples/app.log'), 'utf8'), now: 1_800_000_000 });
    expect(log.stderr).toBe('4 tokens: 2 valid, 1 expired, 1 malformed\n');
    const scenario = await runTokenlab(['simulate', '--scenario', join(root, 'examples/scenario-server-down.json')]);
    expect(scenario.code).toBe(0);
  });
});
