/**
 * The `tokenlab inspect | verify | generate` interface that QA automation relies on.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadVectors } from '../support/vectors';
import { runTokenlab } from '../support/cliHarness';

let dir: string;
const secretFile = (name: string, secret: string) => {
  const path = join(dir, name);
  writeFileSync(path, secret + '\n');
  return path;
};
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tokenlab-cli-'));
});

const gcm = loadVectors('zego-token04-gcm.json')[0]!;
const cbc = loadVectors('zego-token04-cbc.json')[0]!;
const ce = loadVectors('commsease-dynamic.json')[0]!;
/** The verdict records of a --json run (the closing {"summary": …} left out). */
const lines = (s: string) =>
  s
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((x) => !('summary' in x));

describe('tokenlab inspect', () => {
  it('prints one JSON object per token with the documented keys, exit 0 when all unverified', async () => {
    const r = await runTokenlab(['inspect', '--json', '--now', String(gcm.expect.now), gcm.token, ce.token]);
    expect(r.code).toBe(0);
    const [a, b] = lines(r.stdout);
    expect(a).toMatchObject({ line: 1, format: 'zego-token04', layout: 'gcm', verdict: 'unverified', offset: null, expiresAt: gcm.expect.headerExpire });
    expect(b).toMatchObject({ line: 2, format: 'commsease-dynamic', layout: null, verdict: 'unverified' });
    expect(b!['fields']).toEqual({ signature: (ce.expect.fields as { signature: string }).signature, curTime: ce.inputs['curTime'], ttl: ce.inputs['ttl'] });
    for (const key of ['line', 'format', 'layout', 'verdict', 'reason', 'offset', 'fields', 'expiresAt']) expect(a).toHaveProperty(key);
  });
  it('reads tokens from stdin one per line (batch), numbering lines from 1 and skipping blank ones', async () => {
    const r = await runTokenlab(['inspect', '--json'], { stdin: `${gcm.token}\n\n  ${cbc.token}  \n` });
    expect(lines(r.stdout).map((x) => [x['line'], x['verdict']])).toEqual([[1, 'unverified'], [3, 'unverified']]);
    expect(r.code).toBe(0);
  });
  it('takes a token that starts with a dash after --', async () => {
    const r = await runTokenlab(['inspect', '--json', '--', '-not-a-token']);
    expect(lines(r.stdout)[0]).toMatchObject({ verdict: 'malformed', format: 'unknown' });
    expect(r.code).toBe(1);
  });
  it('gives the offset where a malformed token broke', async () => {
    const broken = loadVectors('negative.json').find((v) => v.id.startsWith('neg-pub-013'))!;
    const r = await runTokenlab(['inspect', '--json', broken.token]);
    expect(lines(r.stdout)[0]).toMatchObject({ verdict: 'malformed', offset: expect.any(Number) });
  });
  it('an empty token argument is malformed', async () => {
    const r = await runTokenlab(['inspect', '--json', '']);
    expect(lines(r.stdout)[0]).toMatchObject({ verdict: 'malformed' });
  });
  it('prints a readable summary without colour when stdout is not a terminal', async () => {
    const r = await runTokenlab(['inspect', '--now', String(gcm.expect.now), gcm.token]);
    // The headline: verdict · family · expiry (absolute, relative; unproven without the secret).
    expect(r.stdout).toMatch(/^#1 UNVERIFIED · ZEGO Token04 \(GCM\) · \d{4}-\d\d-\d\dT[\d:]+Z \(expires in [^)]*, unproven\)\n/);
    expect(r.stdout).not.toContain('\u001b[');
    const tty = await runTokenlab(['inspect', gcm.token], { stdoutIsTTY: true });
    expect(tty.stdout).toContain('\u001b[36mUNVERIFIED');
  });
  it('refuses an unknown option with exit 2', async () => {
    const r = await runTokenlab(['inspect', '--secrte-file', 'abc', gcm.token]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown option --secrte-file');
  });
});

describe('tokenlab verify', () => {
  it('judges each token and exits 0 only when all are valid', async () => {
    const secret = secretFile('gcm', gcm.inputs.secret!);
    const ok = await runTokenlab(['verify', gcm.token, '--secret-file', secret, '--now', String(gcm.expect.now), '--json']);
    expect(ok.code).toBe(0);
    expect(lines(ok.stdout)[0]).toMatchObject({ verdict: 'valid', fields: gcm.expect.fields });
    const late = await runTokenlab(['verify', gcm.token, '--secret-file', secret, '--now', String(gcm.expect.headerExpire), '--json']);
    expect(lines(late.stdout)[0]!['verdict']).toBe('expired');
    expect(late.code).toBe(1);
  });
  it('checks the app id', async () => {
    const secret = secretFile('gcm2', gcm.inputs.secret!);
    const r = await runTokenlab(['verify', gcm.token, '--secret-file', secret, '--now', String(gcm.expect.now), '--app-id', '42', '--json']);
    expect(lines(r.stdout)[0]!['verdict']).toBe('app_id_mismatch');
  });
  it('honours --skew for tokens from the future', async () => {
    const secret = secretFile('gcm3', gcm.inputs.secret!);
    const ctime = (gcm.expect.fields as { ctime: number }).ctime;
    const args = ['verify', gcm.token, '--secret-file', secret, '--now', String(ctime - 100), '--json'];
    expect(lines((await runTokenlab(args)).stdout)[0]!['verdict']).toBe('valid');
    expect(lines((await runTokenlab([...args, '--skew', '10'])).stdout)[0]!['verdict']).toBe('not_yet_valid');
  });
  it('verifies CommsEase tokens with --app-key and --accid', async () => {
    const secret = secretFile('ce', ce.inputs.appSecret!);
    const r = await runTokenlab(['verify', ce.token, '--secret-file', secret, '--app-key', ce.inputs.appKey!, '--accid', ce.inputs.accid!, '--now', String(ce.expect.now), '--json']);
    expect(r.code).toBe(0);
    const wrong = await runTokenlab(['verify', ce.token, '--secret-file', secret, '--app-key', ce.inputs.appKey!, '--accid', 'someone-else', '--now', String(ce.expect.now), '--json']);
    expect(lines(wrong.stdout)[0]!['verdict']).toBe('wrong_secret_or_tampered');
  });
  it('refuses a missing secret and an unreadable file with exit 2; a wrong-length ZEGO secret is the verdict of that token', async () => {
    expect((await runTokenlab(['verify', gcm.token])).code).toBe(2);
    const missing = await runTokenlab(['verify', gcm.token, '--secret-file', join(dir, 'nope')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read the secret file');
    const short = await runTokenlab(['verify', gcm.token, '--secret-file', secretFile('short', 'abc'), '--json']);
    expect(short.code).toBe(1);
    expect(lines(short.stdout)[0]).toMatchObject({ verdict: 'wrong_secret_or_tampered', reason: expect.stringMatching(/3 bytes.*32/) });
  });
  it('never prints the secret', async () => {
    const r = await runTokenlab(['verify', gcm.token, '--secret-file', secretFile('s', gcm.inputs.secret!), '--now', String(gcm.expect.now)]);
    expect(r.stdout + r.stderr).not.toContain(gcm.inputs.secret!);
  });
});

describe('tokenlab generate', () => {
  const secret32 = '0123456789abcdef0123456789abcdef';
  it('mints a ZEGO GCM token by default, alone on the last line, that verifies', async () => {
    const path = secretFile('z', secret32);
    const r = await runTokenlab(['generate', 'zego', '--app-id', '123', '--user-id', 'bob', '--ttl', '3600', '--secret-file', path], { now: 1_700_000_000 });
    expect(r.code).toBe(0);
    const token = r.stdout.trim().split('\n').at(-1)!;
    const v = await runTokenlab(['verify', token, '--secret-file', path, '--app-id', '123', '--now', '1700000001', '--json']);
    expect(lines(v.stdout)[0]).toMatchObject({ verdict: 'valid', layout: 'gcm', expiresAt: 1_700_003_600 });
  });
  it('mints CBC room tokens with privileges and streams', async () => {
    const path = secretFile('z2', secret32);
    const r = await runTokenlab(['generate', 'zego', '--app-id', '1', '--user-id', 'u', '--ttl', '60', '--room', 'r1', '--privilege', 'login,publish', '--stream', 's1,s2', '--layout', 'cbc', '--secret-file', path, '--json']);
    const out = JSON.parse(r.stdout.trim()) as { token: string; layout: string };
    expect(out.layout).toBe('cbc');
    const v = await runTokenlab(['verify', out.token, '--secret-file', path, '--now', '1700000001', '--json']);
    expect(lines(v.stdout)[0]!['privilege']).toEqual({ roomId: 'r1', canLogin: true, canPublish: true, streamIds: ['s1', 's2'] });
  });
  it('with --room and no --privilege, allows login only', async () => {
    const path = secretFile('z3', secret32);
    const r = await runTokenlab(['generate', 'zego', '--app-id', '1', '--user-id', 'u', '--ttl', '60', '--room', 'r1', '--secret-file', path, '--json']);
    const { token } = JSON.parse(r.stdout.trim()) as { token: string };
    const v = await runTokenlab(['verify', token, '--secret-file', path, '--now', '1700000001', '--json']);
    expect(lines(v.stdout)[0]!['privilege']).toMatchObject({ roomId: 'r1', canLogin: true, canPublish: false });
  });
  it('refuses appId 0, TTL ≤ 0 and a secret of the wrong length with exit 2 and a message', async () => {
    const path = secretFile('z4', secret32);
    const base = ['generate', 'zego', '--user-id', 'u', '--secret-file', path];
    const appId0 = await runTokenlab([...base, '--app-id', '0', '--ttl', '60']);
    expect([appId0.code, appId0.stderr]).toEqual([2, expect.stringContaining('appID invalid')]);
    const ttl0 = await runTokenlab([...base, '--app-id', '1', '--ttl', '0']);
    expect([ttl0.code, ttl0.stderr]).toEqual([2, expect.stringContaining('--ttl')]);
    const short = await runTokenlab(['generate', 'zego', '--user-id', 'u', '--app-id', '1', '--ttl', '60', '--secret-file', secretFile('z5', 'short')]);
    expect([short.code, short.stderr]).toEqual([2, expect.stringContaining('32 bytes')]);
  });
  it('mints CommsEase tokens that verify', async () => {
    const path = secretFile('c', 'appsecret123');
    const r = await runTokenlab(['generate', 'commsease', '--app-key', 'key1', '--accid', 'alice', '--ttl', '600', '--secret-file', path], { now: 1_700_000_000 });
    const token = r.stdout.trim().split('\n').at(-1)!;
    const v = await runTokenlab(['verify', token, '--secret-file', path, '--app-key', 'key1', '--accid', 'alice', '--now', '1700000010', '--json']);
    expect(lines(v.stdout)[0]).toMatchObject({ verdict: 'valid', expiresAt: 1_700_000_600 });
  });
});

describe('what the CLI says about CBC tokens, odd pastes and bad app IDs', () => {
  it('calls a CBC token "decrypts with this secret" and keeps the first-block warning in batch output', async () => {
    const secret = secretFile('cbc-batch', cbc.inputs.secret!);
    const base = ['verify', '--secret-file', secret, '--now', String(cbc.expect.now)];
    const json = lines((await runTokenlab([...base, '--json'], { stdin: `${cbc.token}\n${gcm.token}\n` })).stdout);
    expect(json[0]).toMatchObject({ verdict: 'valid', reason: expect.stringMatching(/^decrypts with this secret; .*bytes 0–15, holding app_id \(partly\)$/) });
    expect(json[0]!['diagnoses']).toContainEqual(expect.objectContaining({ code: 'cbc_first_block_unprotected', severity: 'warning' }));
    const text = (await runTokenlab(base, { stdin: `${cbc.token}\n` })).stdout;
    expect(text).toMatch(/^#1 VALID · ZEGO Token04 \(CBC\).*\n {3}decrypts with this secret/);
    expect(text).toMatch(/! This token decrypts with this secret, but CBC leaves plaintext bytes 0–15 unprotected.*app_id \(partly\)/);
  });
  it('trims a UTF-8 BOM at the start of stdin and a trailing U+2028', async () => {
    const secret = secretFile('gcm-bom', gcm.inputs.secret!);
    const r = await runTokenlab(['verify', '--secret-file', secret, '--now', String(gcm.expect.now), '--json'], { stdin: `\uFEFF${gcm.token}\n${gcm.token}\u2028\n` });
    expect(lines(r.stdout).map((x) => [x['verdict'], x['trimmed']])).toEqual([['valid', true], ['valid', true]]);
    expect(r.code).toBe(0);
  });
  it('answers every bad --app-id, 0 included, with one message', async () => {
    const path = secretFile('z-appid', '0123456789abcdef0123456789abcdef');
    for (const value of ['0', '-1', '4294967296', 'x']) {
      for (const argv of [
        ['verify', gcm.token, '--secret-file', path, '--app-id', value],
        ['generate', 'zego', '--user-id', 'u', '--ttl', '60', '--secret-file', path, '--app-id', value],
      ]) {
        const r = await runTokenlab(argv);
        expect([r.code, r.stderr], argv.join(' ')).toEqual([2, `tokenlab ${argv[0]}: appID invalid: --app-id must be a whole number from 1 to 4294967295, got "${value}"\n`]);
      }
    }
  });
});
