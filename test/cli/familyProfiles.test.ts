/**
 * Issue 11's CLI contract beyond the vectors: a profile of each newer family (identifiers per
 * the table, the secret in the keychain) mints with `generate <family> --profile P` and
 * verifies with `verify --profile P`; an `--app-id` that contradicts the profile is refused;
 * durations read `30s`, `10m`, `1h`, `7d` (for `--ttl` and `--skew`) as the seconds they say;
 * and the exit codes stay 0 valid, 1 not valid, 2 usage.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemorySecretStore, type MemorySecretStore } from '../../src/main/vault/memorySecretStore';
import { runTokenlab, type CliRunOptions } from '../support/cliHarness';
import { loadFamilyVectors } from '../support/familyVectors';
import { FAMILY_PROFILES } from '../support/ipcSamples';

let home: string;
let secrets: MemorySecretStore;
beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'tokenlab-cli-families-'));
  secrets = createMemorySecretStore();
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

const NOW = 1_760_000_000;
const tokenlab = (argv: string[], options: CliRunOptions = {}) => runTokenlab(argv, { env: { TOKENLAB_HOME: home }, secretStore: secrets, now: NOW, ...options });
const json = (stdout: string) => JSON.parse(stdout.trim().split('\n')[0] ?? '{}') as Record<string, unknown>;

describe('profiles of the newer families', () => {
  it.each(FAMILY_PROFILES.map((f) => [f.family, f] as const))('%s: profile add, generate --profile, verify --profile', async (_family, f) => {
    const added = await tokenlab(['profile', 'add', '--provider', f.provider, '--name', 'p1', ...f.cliAdd], { stdin: `${f.secret}\n` });
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).not.toContain(f.secret);
    // The secret sits in the keychain, nowhere in the profile file.
    expect(JSON.stringify([...secrets.entries.values()])).toContain(f.secret);

    const made = await tokenlab(['generate', f.provider, '--profile', 'p1', ...f.cliGenerate, '--json']);
    expect(made.stderr).toBe('');
    const minted = json(made.stdout);
    expect(minted).toMatchObject({ format: f.family, verdict: 'valid' });

    // A 006 signature binds the channel and uid, which the token holds only as CRC-32s: they are given.
    const bound = f.family === 'agora-accesstoken' ? ['--channel', String(f.request['channel']), '--uid', String(f.request['uid'])] : [];
    const checked = await tokenlab(['verify', '--json', '--profile', 'p1', ...bound, String(minted['token'])]);
    expect(json(checked.stdout)).toMatchObject({ format: f.family, verdict: 'valid' });
    expect(checked.code).toBe(0);
  });

  it('an --app-id that contradicts the profile is refused, not used with its secret', async () => {
    const f = FAMILY_PROFILES.find((p) => p.family === 'livekit-jwt')!;
    await tokenlab(['profile', 'add', '--provider', f.provider, '--name', 'lk', ...f.cliAdd], { stdin: `${f.secret}\n` });
    const r = await tokenlab(['generate', 'livekit', '--profile', 'lk', '--app-id', 'APIsomeoneelse', '--user-id', 'a', '--ttl', '1h']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('contradicts profile "lk"');
  });

  it('verify --profile of another family judges the token as that family would: not valid, exit 1', async () => {
    const agora = FAMILY_PROFILES.find((p) => p.family === 'agora-accesstoken2')!;
    await tokenlab(['profile', 'add', '--provider', agora.provider, '--name', 'ag', ...agora.cliAdd], { stdin: `${agora.secret}\n` });
    const lk = loadFamilyVectors('livekit-jwt.json').find((v) => v.expect.verdict === 'valid')!;
    const r = await tokenlab(['verify', '--json', '--profile', 'ag', '--now', String(lk.expect.now), lk.token]);
    expect(json(r.stdout)['format']).toBe('livekit-jwt');
    expect(json(r.stdout)['verdict']).not.toBe('valid');
    expect(r.code).toBe(1);
  });
});

describe('durations and exit codes', () => {
  const secretFile = async (text: string) => {
    const path = join(home, `secret-${Math.random().toString(36).slice(2)}`);
    await (await import('node:fs/promises')).writeFile(path, `${text}\n`);
    return path;
  };

  it.each([
    ['30s', 30],
    ['10m', 600],
    ['1h', 3600],
    ['7d', 604_800],
    ['3600', 3600],
  ])('--ttl %s lives %i s', async (ttl, seconds) => {
    const file = await secretFile('ab'.repeat(32));
    const r = await tokenlab(['generate', 'tencent', '--app-id', '1400000001', '--user-id', 'u', '--ttl', ttl, '--secret-file', file, '--json']);
    expect(json(r.stdout)).toMatchObject({ format: 'tencent-usersig-v2', expiresAt: NOW + seconds, issuedAt: NOW });
  });

  it('--privilege-ttl takes a duration too: the join privilege ends 10 min in, the token after 1 h', async () => {
    const file = await secretFile('fedcba9876543210fedcba9876543210');
    const r = await tokenlab(['generate', 'agora', '--service', 'rtc', '--app-id', '0123456789abcdef0123456789abcdef', '--channel', 'c', '--uid', '7', '--ttl', '1h', '--privilege-ttl', '10m', '--secret-file', file, '--json']);
    const out = json(r.stdout) as { expiresAt: number; fields: { services: { privilegeExpiresAt: Record<string, number> }[] } };
    expect(out.expiresAt).toBe(NOW + 3600);
    expect(out.fields.services[0]!.privilegeExpiresAt['1']).toBe(NOW + 600);
  });

  it('--skew 10m is 600 s: a token issued 5 min ahead is not_yet_valid with the default, valid with 10m', async () => {
    const v = loadFamilyVectors('agora-accesstoken2.json').find((x) => x.expect.verdict === 'not_yet_valid')!;
    const file = await secretFile(v.inputs['appCertificate'] as string);
    const base = ['verify', '--json', '--secret-file', file, '--now', String(v.expect.now), '--app-id', String(v.expect.expectedAppId)];
    const strict = await tokenlab([...base, v.token]);
    expect([json(strict.stdout)['verdict'], strict.code]).toEqual(['not_yet_valid', 1]);
    for (const skew of ['10m', '600']) {
      const loose = await tokenlab([...base, '--skew', skew, v.token]);
      expect([json(loose.stdout)['verdict'], loose.code]).toEqual(['valid', 0]);
    }
    const bad = await tokenlab([...base, '--skew', 'soon', v.token]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--skew takes seconds or a duration');
  });

  it('usage errors exit 2 with the flag named', async () => {
    const file = await secretFile('ab'.repeat(32));
    for (const [argv, flag] of [
      [['generate', 'tencent', '--app-id', '1400000001', '--user-id', 'u', '--ttl', '10x', '--secret-file', file], '--ttl'],
      [['generate', 'twilio', '--account-sid', `AC${'a'.repeat(32)}`, '--app-id', `SK${'b'.repeat(32)}`, '--user-id', 'a', '--ttl', '2d', '--secret-file', file], '20157'],
      [['generate', 'jwt', '--alg', 'none', '--claims', '{}', '--secret-file', file], '--alg'],
      [['generate', 'agora', '--service', 'rtc', '--app-id', 'nothex', '--channel', 'c', '--uid', '1', '--ttl', '1h', '--secret-file', file], '--app-id'],
    ] as const) {
      const r = await tokenlab([...argv]);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toContain(flag);
    }
  });
});

describe('text output of the newer families', () => {
  it('nested fields print as JSON (not [object Object]); claim names from the token are escaped', async () => {
    const lk = loadFamilyVectors('livekit-jwt.json').find((v) => v.expect.verdict === 'valid')!;
    const at2 = loadFamilyVectors('agora-accesstoken2.json').find((v) => v.expect.verdict === 'valid')!;
    const r = await tokenlab(['inspect', '--now', String(lk.expect.now), lk.token, at2.token]);
    expect(r.stdout).not.toContain('[object Object]');
    expect(r.stdout).toContain('video={"roomJoin":true');
    expect(r.stdout).toContain('services=[{"type":1');
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const hostile = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ '\u001b[2Jevil': 1, sub: 'x' })}.${'A'.repeat(43)}`;
    const h = await tokenlab(['inspect', hostile]);
    expect(h.stdout).toContain('JWT (HS256/384/512)');
    expect(h.stdout).toContain('evil=1');
    expect(h.stdout).not.toContain('\u001b');
  });
});
