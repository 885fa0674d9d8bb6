/**
 * The CLI contract of issue 11 over every public vector of the newer families: `tokenlab
 * verify --json` with the vector's secret file, `--now`, `--skew` and the expected values as
 * flags (`--app-id`, `--user-id`, `--channel`/`--uid` for 006, `--account-sid`) reaches the
 * vector's verdict, with `format` the family id, `fields` exactly the vector's
 * `expect.fields`, the vector's warnings among the diagnoses, and today's exit codes. A vector
 * without a secret goes through `inspect`; an empty secret file is a usage error.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runTokenlab } from '../support/cliHarness';
import { loadFamilyVectors, type FamilyVector } from '../support/familyVectors';
import { jwtSecretOf } from '../support/jwtVectors';

const FAMILIES = ['agora-accesstoken2', 'agora-accesstoken', 'tencent-usersig-v2', 'livekit-jwt', 'twilio-jwt', 'jwt-generic'] as const;

let dir: string;
let files = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tokenlab-vectors-'));
});
const secretFile = (secret: string): string => {
  const path = join(dir, `secret-${files++}`);
  writeFileSync(path, secret + '\n');
  return path;
};

type Expect = FamilyVector['expect'] & { expectedAccountSid?: string; acceptableVerdicts?: string[] };

/** The expected values of a vector, as the contract's flags. */
function expectFlags(e: Expect): string[] {
  const out: string[] = [];
  if (e.expectedAppId !== undefined && e.expectedAppId !== null) out.push('--app-id', String(e.expectedAppId));
  if (typeof e.expectedUserId === 'string') out.push('--user-id', e.expectedUserId);
  if (e.verifyWith) {
    if (e.verifyWith.channelName !== null) out.push('--channel', e.verifyWith.channelName);
    out.push('--uid', e.verifyWith.uid === 0 ? '' : String(e.verifyWith.uid));
  }
  if (typeof e.expectedAccountSid === 'string') out.push('--account-sid', e.expectedAccountSid);
  return out;
}

const secretOf = (v: FamilyVector): string | undefined => {
  const certificate = v.inputs['appCertificate'];
  return typeof certificate === 'string' ? certificate : jwtSecretOf(v);
};

const cases = FAMILIES.flatMap((family) => loadFamilyVectors(`${family}.json`).map((v) => [`${family} ${v.id}`, family, v] as const));

describe('tokenlab verify --json over every vector of the newer families', () => {
  it('reads every vector', () => expect(cases.length).toBe(59 + 45 + 59 + 57 + 49 + 51));

  it.each(cases)('%s', async (_name, family, v) => {
    const e = v.expect as Expect;
    const secret = secretOf(v);
    const time = ['--json', '--now', String(e.now), '--skew', String(e.clockSkewSeconds)];
    const argv = secret === undefined ? ['inspect', ...time] : ['verify', ...time, '--secret-file', secretFile(secret), ...expectFlags(e)];
    const r = await runTokenlab([...argv, '--', v.token]);
    if (secret === '') {
      // An empty key verifies nothing: the CLI says so instead of judging.
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('is empty');
      return;
    }
    const out = JSON.parse(r.stdout.trim().split('\n')[0] ?? '{}') as Record<string, unknown>;
    expect([e.verdict, ...(e.acceptableVerdicts ?? [])], String(out['reason'])).toContain(out['verdict']);
    if (e.verdict !== 'malformed') expect(out['format']).toBe(family);
    if (e.fields !== undefined) expect(out['fields']).toEqual(e.fields);
    const diagnoses = JSON.stringify(out['diagnoses']);
    for (const warning of e.warnings ?? []) expect(diagnoses).toContain(warning);
    const goal = secret === undefined ? 'unverified' : 'valid';
    expect(r.code).toBe(out['verdict'] === goal ? 0 : 1);
  });
});
