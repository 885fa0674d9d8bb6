/**
 * The newer families through `tokenlab`: `verify` detects the family of a golden vector and,
 * given its secret and expected identifiers, reaches the vector's verdict with `format` the
 * family id and `fields` named as in the vector; `generate <family>` mints a token that
 * `verify` then finds `valid`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runTokenlab } from '../support/cliHarness';
import { loadFamilyVectors, vectorSecret, type FamilyVector } from '../support/familyVectors';

let dir: string;
let files = 0;
const secretFile = (secret: string): string => {
  const path = join(dir, `secret-${files++}`);
  writeFileSync(path, secret + '\n');
  return path;
};
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tokenlab-families-'));
});
const firstLine = (s: string) => JSON.parse(s.trim().split('\n')[0] ?? '{}') as Record<string, unknown>;

const FAMILIES = ['agora-accesstoken2', 'agora-accesstoken', 'tencent-usersig-v2', 'livekit-jwt', 'twilio-jwt', 'jwt-generic'] as const;

/** The expected-value flags a vector is verified with. */
function expectFlags(v: FamilyVector): string[] {
  const out: string[] = [];
  if (v.expect.expectedAppId !== undefined && v.expect.expectedAppId !== null) out.push('--app-id', String(v.expect.expectedAppId));
  if (typeof v.expect.expectedUserId === 'string') out.push('--user-id', v.expect.expectedUserId);
  const w = v.expect.verifyWith;
  if (w) {
    if (w.channelName !== null) out.push('--channel', w.channelName);
    out.push('--uid', w.uid === 0 ? '' : String(w.uid));
  }
  if (typeof v.inputs['accountSid'] === 'string') out.push('--account-sid', v.inputs['accountSid']);
  return out;
}

/** Per family: its first `valid` vector and its first other verdict reached with a secret. */
const picked = FAMILIES.flatMap((file) => {
  const vectors = loadFamilyVectors(`${file}.json`).filter((v) => vectorSecret(v) !== undefined && !v.expect.acceptableVerdicts);
  const valid = vectors.find((v) => v.expect.verdict === 'valid');
  const other = vectors.find((v) => v.expect.verdict !== 'valid' && v.expect.verdict !== 'malformed' && v.expect.verdict !== 'unverified');
  return [valid, other].filter((v): v is FamilyVector => v !== undefined).map((v) => [`${file} ${v.id} → ${v.expect.verdict}`, file, v] as const);
});

describe('tokenlab verify, newer families', () => {
  it('has a valid and a failing vector for every family', () => {
    expect(new Set(picked.map(([, file]) => file)).size).toBe(FAMILIES.length);
    expect(picked.length).toBeGreaterThanOrEqual(FAMILIES.length * 2 - 1);
  });

  it.each(picked)('%s', async (_name, family, v) => {
    const argv = ['verify', '--json', '--secret-file', secretFile(vectorSecret(v) as string), '--now', String(v.expect.now), '--skew', String(v.expect.clockSkewSeconds), ...expectFlags(v), v.token];
    const r = await runTokenlab(argv);
    const out = firstLine(r.stdout);
    expect(out['format']).toBe(family);
    expect(out['verdict']).toBe(v.expect.verdict);
    expect(r.code).toBe(v.expect.verdict === 'valid' ? 0 : 1);
    if (v.expect.verdict === 'valid' && v.expect.fields) expect(out['fields']).toMatchObject(v.expect.fields);
    for (const key of ['line', 'format', 'layout', 'verdict', 'reason', 'offset', 'fields', 'expiresAt', 'issuedAt', 'diagnoses']) expect(out).toHaveProperty(key);
  });

  it('inspect detects the family without a secret', async () => {
    const tokens = picked.map(([, , v]) => v.token);
    const r = await runTokenlab(['inspect', '--json', ...tokens]);
    // One line per token, then the summary line.
    const formats = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { format?: string }).format).filter((f) => f !== undefined);
    expect(formats).toEqual(picked.map(([, family]) => family));
  });

  it("inspect on stdin pulls each family's token out of its log line", async () => {
    const valid = picked.filter(([, , v]) => v.expect.verdict === 'valid');
    const stdin = valid.map(([, , v], i) => (i % 2 === 0 ? `INFO renew token=${v.token} uid=7` : JSON.stringify({ msg: 'join', token: v.token }))).join('\n') + '\n';
    const r = await runTokenlab(['inspect', '--json'], { stdin });
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { format?: string; verdict?: string; line?: number });
    expect(rows.filter((row) => row.format !== undefined).map((row) => [row.line, row.format, row.verdict])).toEqual(valid.map(([, family], i) => [i + 1, family, 'unverified']));
    expect(r.code).toBe(0);
  });
});

const HEX_APP = '0123456789abcdef0123456789abcdef';
const HEX_CERT = 'fedcba9876543210fedcba9876543210';
const AC = 'AC0123456789abcdef0123456789abcdef';
const SK = 'SK0123456789abcdef0123456789abcdef';
const NOW = 1_760_000_000;

/** One generate per family, the flags the contract names, and the verify flags it needs. */
const GENERATE: Array<{ name: string; family: string; secret: string; generate: string[]; verify: string[] }> = [
  {
    name: 'agora (007 rtc)',
    family: 'agora-accesstoken2',
    secret: HEX_CERT,
    generate: ['agora', '--service', 'rtc', '--app-id', HEX_APP, '--channel', 'demo', '--uid', '42', '--role', 'publisher', '--ttl', '1h', '--privilege-ttl', '30m'],
    verify: ['--app-id', HEX_APP, '--user-id', '42'],
  },
  {
    name: 'agora --version 006 (rtc account)',
    family: 'agora-accesstoken',
    secret: HEX_CERT,
    generate: ['agora', '--service', 'rtc', '--app-id', HEX_APP, '--channel', 'demo', '--account', 'speaker', '--ttl', '600', '--version', '006'],
    verify: ['--app-id', HEX_APP, '--channel', 'demo', '--uid', 'speaker'],
  },
  {
    name: 'tencent (PrivateMapKey room)',
    family: 'tencent-usersig-v2',
    secret: 'ab'.repeat(32),
    generate: ['tencent', '--app-id', '1400000001', '--user-id', 'user_01', '--ttl', '7d', '--room-id', '1234', '--privilege-map', '255'],
    verify: ['--app-id', '1400000001', '--user-id', 'user_01'],
  },
  {
    name: 'livekit',
    family: 'livekit-jwt',
    secret: 'livekit-secret-livekit-secret-0123456789',
    generate: ['livekit', '--app-id', 'APIkey123', '--user-id', 'alice', '--ttl', '10m', '--room', 'standup', '--grant', '{"canPublish":false}', '--name', 'Alice', '--metadata', 'm'],
    verify: ['--app-id', 'APIkey123', '--user-id', 'alice'],
  },
  {
    name: 'twilio',
    family: 'twilio-jwt',
    secret: 'twilio-api-key-secret-0123456789',
    generate: ['twilio', '--account-sid', AC, '--app-id', SK, '--user-id', 'alice', '--ttl', '1h', '--video-room', 'DailyStandup', '--chat-service', 'IS0123456789abcdef0123456789abcdef', '--voice-app', 'AP0123456789abcdef0123456789abcdef'],
    verify: ['--app-id', SK, '--account-sid', AC, '--user-id', 'alice'],
  },
  {
    name: 'jwt (HS384)',
    family: 'jwt-generic',
    secret: 'generic-jwt-hmac-key-0123456789-abcdefghijklmnop',
    generate: ['jwt', '--alg', 'HS384', '--claims', '{"sub":"user-1","exp":1760003600,"role":"admin"}'],
    verify: [],
  },
];

describe('tokenlab generate, newer families', () => {
  it.each(GENERATE.map((g) => [g.name, g] as const))('%s mints a token that verifies valid', async (_name, g) => {
    const file = secretFile(g.secret);
    const made = await runTokenlab(['generate', ...g.generate, '--secret-file', file, '--now', String(NOW), '--json']);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    const minted = firstLine(made.stdout);
    expect(minted['format']).toBe(g.family);
    const checked = await runTokenlab(['verify', '--json', '--secret-file', file, '--now', String(NOW + 5), ...g.verify, String(minted['token'])]);
    expect(firstLine(checked.stdout)).toMatchObject({ format: g.family, verdict: 'valid' });
    expect(checked.code).toBe(0);
  });

  it('a generated token verified for another user is user_id_mismatch', async () => {
    const g = GENERATE.find((x) => x.family === 'livekit-jwt')!;
    const file = secretFile(g.secret);
    const made = await runTokenlab(['generate', ...g.generate, '--secret-file', file, '--now', String(NOW), '--json']);
    const checked = await runTokenlab(['verify', '--json', '--secret-file', file, '--now', String(NOW + 5), '--app-id', 'APIkey123', '--user-id', 'bob', String(firstLine(made.stdout)['token'])]);
    expect(firstLine(checked.stdout)['verdict']).toBe('user_id_mismatch');
    expect(checked.code).toBe(1);
  });
});
