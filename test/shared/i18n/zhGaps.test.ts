/**
 * The last English inside Chinese (issue 12): zod's issues (scenario files, imports, configs,
 * family flags), a UserSig's field errors and its PrivateMapKey (userbuf) layout errors, and the
 * weak-key warnings. In each case the English is exactly what it was, and the Chinese holds no
 * English sentence.
 */
import { createCipheriv, createHmac } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ZodError } from 'zod';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { mainT } from '../../../src/main/i18n/mainText';
import { DEFAULT_FAMILIES, defaultRegistry } from '../../../src/shared/families/registry';
import { encodeUserSigText, packPrivateMapKey } from '../../../src/shared/families/tencent-usersig-v2/format';
import { createI18n } from '../../../src/shared/i18n';
import { validationEn } from '../../../src/shared/i18n/areas/validation';
import { paramsIn, schemaMessageKey, wordText } from '../../../src/shared/i18n/zodText';
import { describeZodError, zodDetailParams, zodIssueParams } from '../../../src/shared/ipc/describeZodError';
import { envTagSchema, profileNameSchema } from '../../../src/shared/ipc/schemas/profile';
import { parseScenario, scenarioIssueLine } from '../../../src/shared/sim/parseScenario';
import { serverFaultsSchema } from '../../../src/shared/tokenServer/faultConfig';
import { diagnosisText, reasonText } from '../../../src/shared/tokens/reasonText';

const enI18n = createI18n('en');
const zhI18n = createI18n('zh-CN');
const enT = (k: string, o?: Record<string, unknown>) => enI18n.t(k, o ?? {});
const zhT = (k: string, o?: Record<string, unknown>) => zhI18n.t(k, o ?? {});
const ctx = (language: 'en' | 'zh-CN') => ({ t: language === 'en' ? enT : zhT, language, now: 1_700_000_000 });

/** Names, ids and vendor words a Chinese sentence may hold; what is left must not be two English words in a row. */
const ALLOWED = /App Key|App ID|API Key|Account SID|SDK|HS256|RFC 7518/g;
function expectNoEnglishSentence(text: string, label: string): void {
  const stripped = text.replace(/"[^"]*"|“[^”]*”|'[^']*'/g, '').replace(ALLOWED, '');
  expect(stripped, `${label}: ${text}`).not.toMatch(/[A-Za-z]{2,}[\s,]+[A-Za-z]{2,}/);
  expect(text, label).not.toMatch(/\{\{/);
  expect(text, label).toMatch(/[\u4e00-\u9fff]/);
}

function usersig(json: Record<string, unknown>): string {
  return encodeUserSigText(deflateSync(Buffer.from(JSON.stringify(json))));
}
const GOOD = { 'TLS.ver': '2.0', 'TLS.identifier': 'alice', 'TLS.sdkappid': 1400000000, 'TLS.expire': 86400, 'TLS.time': 1_700_000_000, 'TLS.sig': Buffer.alloc(32).toString('base64') };

describe('a UserSig’s field errors', () => {
  const cases: [Record<string, unknown>, string][] = [
    [{ ...GOOD, 'TLS.ver': undefined }, 'usersig_field_missing'],
    [{ ...GOOD, 'TLS.ver': '1.0' }, 'usersig_unsupported_ver'],
    [{ ...GOOD, 'TLS.identifier': 7 }, 'usersig_field_not_string'],
    [{ ...GOOD, 'TLS.time': 1.5 }, 'usersig_field_not_integer'],
    [{ ...GOOD, 'TLS.time': -1 }, 'usersig_field_negative'],
    [{ ...GOOD, 'TLS.sig': 'a-b' }, 'usersig_field_not_base64'],
    [{ ...GOOD, 'TLS.userbuf': 3 }, 'usersig_field_not_string'],
  ];
  it('read in English as the engine’s reason and in Chinese without English', () => {
    for (const [json, code] of cases) {
      const inspection = defaultRegistry.inspect(usersig(json), { now: 1_700_000_000 }, nodeCryptoPort);
      expect(inspection.format, code).toBe('tencent-usersig-v2');
      expect(inspection.reasonParams?.['detailCode'], JSON.stringify(json)).toBe(code);
      // The English by its code is the engine's detail, word for word.
      const { detailCode: _code, ...plain } = inspection.reasonParams ?? {};
      expect(reasonText(inspection, ctx('en'))).toBe(reasonText({ ...inspection, reasonParams: plain }, ctx('en')));
      const zh = reasonText(inspection, ctx('zh-CN'));
      expect(zh).not.toContain(String(inspection.reasonParams?.['detail']));
      expectNoEnglishSentence(zh, code);
    }
  });
});

describe('a PrivateMapKey (userbuf) that does not parse', () => {
  const pmk = packPrivateMapKey({ account: 'alice', sdkappid: 1400000000, roomId: 1234, strRoomId: null, expireAt: 1_700_086_400, privilegeMap: 0xff });
  const bufs: [Buffer, string][] = [
    [Buffer.from(pmk.subarray(0, 9)), 'pmk_past_end'],
    [Buffer.concat([Buffer.from([7]), Buffer.from(pmk.subarray(1))]), 'pmk_unknown_version'],
    [Buffer.concat([Buffer.from(pmk), Buffer.from([1, 2])]), 'pmk_trailing_bytes'],
  ];
  it('is explained in English as before and in Chinese without English', () => {
    for (const [buf, code] of bufs) {
      const inspection = defaultRegistry.inspect(usersig({ ...GOOD, 'TLS.userbuf': buf.toString('base64') }), { now: 1_700_000_000 }, nodeCryptoPort);
      const d = inspection.diagnoses.find((x) => x.code === 'userbuf_not_private_map_key');
      expect(d?.params?.['detailCode'], code).toBe(code);
      expect(diagnosisText(d!, ctx('en'))).toBe(d!.message);
      const zh = diagnosisText(d!, ctx('zh-CN'));
      expect(zh).not.toContain(String(d!.params?.['detail']));
      expectNoEnglishSentence(zh, code);
    }
  });
});

describe('a ZEGO, CommsEase, Twilio, LiveKit or 006 token that does not read', () => {
  const secret = '0123456789abcdef0123456789abcdef';
  /** A Token04 (GCM) around `plaintext`, or the raw envelope bytes. */
  const zego = (bytes: Buffer) => `04${bytes.toString('base64')}`;
  const gcm = (plaintext: string): Buffer => {
    const nonce = Buffer.alloc(12, 7);
    const cipher = createCipheriv('aes-256-gcm', Buffer.from(secret), nonce);
    const ct = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
    const head = Buffer.alloc(8);
    head.writeBigInt64BE(1_700_003_600n);
    const u16 = (n: number) => Buffer.from([n >> 8, n & 0xff]);
    return Buffer.concat([head, u16(12), nonce, u16(ct.length), ct, Buffer.from([1])]);
  };
  const b64url = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const jwt = (header: object, claims: object) => {
    const input = `${b64url(header)}.${b64url(claims)}`;
    return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
  };
  const good = { app_id: 1, user_id: 'u', nonce: 1, ctime: 1_700_000_000, expire: 1_700_003_600, payload: '' };
  const expiry = Buffer.alloc(8);
  expiry.writeBigInt64BE(1_700_003_600n);
  const cases: [string, string][] = [
    [zego(Buffer.from([1, 2, 3])), 'zego_expiry_short'],
    [zego(Buffer.concat([expiry, Buffer.from([0])])), 'zego_iv_length_missing'],
    [zego(Buffer.concat([expiry, Buffer.from([0, 40, 1, 2])])), 'zego_iv_length_over'],
    [zego(Buffer.concat([gcm(JSON.stringify(good)), Buffer.from([9, 9])])), 'zego_trailing_bytes'],
    [zego(gcm('[1]')), 'zego_plaintext_not_object'],
    [zego(gcm(JSON.stringify({ ...good, nonce: undefined }))), 'zego_plaintext_missing'],
    [zego(gcm(JSON.stringify({ ...good, ctime: 'x' }))), 'zego_plaintext_not_integer'],
    [zego(gcm(JSON.stringify({ ...good, user_id: 5 }))), 'zego_plaintext_not_string'],
    [Buffer.from('{"signature":1}').toString('base64'), 'commsease_no_signature'],
    [Buffer.from('{"signature":"a","curTime":"x","ttl":1}').toString('base64'), 'commsease_bad_curtime'],
    [Buffer.from('{"signature":"a","curTime":1,"ttl":1.5}').toString('base64'), 'commsease_bad_ttl'],
    [jwt({ alg: 'HS256', cty: 'twilio-fpa;v=1' }, { iss: 'SKx', sub: 'ACx', grants: {} }), 'twilio_typ'],
    [jwt({ alg: 'HS256', typ: 'JWT', cty: 'twilio-fpa;v=1' }, { iss: 'SKx', sub: 'ACx', exp: 1 }), 'twilio_grants'],
    [jwt({ alg: 'HS256', typ: 'JWT', cty: 'twilio-fpa;v=1' }, { iss: 'SKx', sub: 7, exp: 1, grants: {} }), 'twilio_sub'],
    [jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'APIabc', video: { roomJoin: true } }), 'livekit_exp'],
    [jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'APIabc', exp: 1, video: 5 }), 'livekit_grant_not_object'],
  ];
  it('reads in English as the engine’s reason and in Chinese without English', () => {
    for (const [token, code] of cases) {
      const inspection = defaultRegistry.inspect(token, { now: 1_700_000_000, secret }, nodeCryptoPort);
      expect(inspection.reasonParams?.['detailCode'], `${code}: ${inspection.reason}`).toBe(code);
      const { detailCode: _code, ...plain } = inspection.reasonParams ?? {};
      expect(reasonText(inspection, ctx('en'))).toBe(reasonText({ ...inspection, reasonParams: plain }, ctx('en')));
      const zh = reasonText(inspection, ctx('zh-CN'));
      expect(zh).not.toContain(String(inspection.reasonParams?.['detail']));
      expectNoEnglishSentence(zh, code);
    }
  });

  it('a 006 whose App ID is not hex', () => {
    const inspection = defaultRegistry.inspect(`006${'z'.repeat(32)}${Buffer.alloc(40).toString('base64')}`, { now: 1_700_000_000 }, nodeCryptoPort);
    expect(inspection.reasonCode).toBe('agora_006_app_id_not_hex');
    expect(reasonText(inspection, ctx('en'))).toBe(inspection.reason);
    expectNoEnglishSentence(reasonText(inspection, ctx('zh-CN')), inspection.reason);
  });
});

describe('a weak key', () => {
  it('a JWT under a short key: the English diagnosis unchanged, the Chinese names its length', () => {
    const b64url = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const input = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ sub: 'a', exp: 1_700_003_600 })}`;
    const token = `${input}.${createHmac('sha256', 'short-key').update(input).digest('base64url')}`;
    const inspection = defaultRegistry.inspect(token, { now: 1_700_000_000, secret: 'short-key' }, nodeCryptoPort);
    const d = inspection.diagnoses.find((x) => x.code === 'weak_key');
    expect(d, JSON.stringify(inspection.diagnoses)).toBeDefined();
    expect(diagnosisText(d!, ctx('en'))).toBe(d!.message);
    const zh = diagnosisText(d!, ctx('zh-CN'));
    expect(zh).toContain('9');
    expectNoEnglishSentence(zh, 'weak_key');
  });

  it('an accepted short secret’s warning is keyed in main’s catalogue, English word for word', () => {
    const warned = DEFAULT_FAMILIES.map((f) => f.profile.checkSecret('short')).filter((c) => c.ok && c.warning !== undefined);
    expect(warned.length).toBeGreaterThanOrEqual(2);
    for (const c of warned) {
      if (!c.ok) continue;
      expect(c.warningKey, c.warning).toBeDefined();
      expect(mainT('en')(`secretWarning.${c.warningKey}`, c.warningParams)).toBe(c.warning);
      expectNoEnglishSentence(mainT('zh-CN')(`secretWarning.${c.warningKey}`, c.warningParams), c.warning!);
    }
  });
});

describe('a scenario’s bad fields', () => {
  const bad: unknown[] = [
    { platform: 'express', tokenTtlSeconds: -5, renewal: { latencyMs: 'x' }, bogus: 1 },
    { tokenTtlSeconds: 1.5 },
    { platform: 'nope', tokenTtlSeconds: 60, outages: [{ atSeconds: -1 }] },
    { platform: 'express', tokenTtlSeconds: 60, assumptions: { switches: { nope: true } }, agora: { joinPrivilegeSeconds: 5 } },
    { platform: 'express', tokenTtlSeconds: 60, renewal: { latency: { kind: 'uniform', minMs: 5, maxMs: 1 }, latencyMs: 3 } },
    { platform: 'zim', tokenTtlSeconds: 60, renewal: { faults: { noPublishPrivilege: 0.9, serverError: 0.9 } } },
    'not an object',
  ];
  it('read in English exactly as before (each line its catalogue words) and in Chinese without English', () => {
    let seen = 0;
    for (const input of bad) {
      const parsed = parseScenario(input);
      expect(parsed.ok, JSON.stringify(input)).toBe(false);
      if (parsed.ok) continue;
      parsed.issues.forEach((issue, i) => {
        seen++;
        expect(wordText(issue.text, enT), issue.message).toBe(issue.message);
        expect(scenarioIssueLine(issue, enT)).toBe(parsed.errors[i]);
        expectNoEnglishSentence(scenarioIssueLine(issue, zhT).slice(issue.path.length), issue.message);
      });
    }
    expect(seen).toBeGreaterThan(10);
  });
});

describe('zod issues of other schemas', () => {
  const failures = (): ZodError[] => {
    const out: ZodError[] = [];
    const add = (r: { success: boolean; error?: unknown }) => {
      if (!r.success) out.push(r.error as ZodError);
    };
    add(serverFaultsSchema.safeParse({ latency: { minMs: -1 }, faults: { x: 2 } }));
    add(serverFaultsSchema.safeParse({ latency: { kind: 'uniform', minMs: 9, maxMs: 1 }, ttlSeconds: 'x' }));
    add(profileNameSchema.safeParse(''));
    add(profileNameSchema.safeParse('x'.repeat(65)));
    add(envTagSchema.safeParse('a b'));
    for (const f of DEFAULT_FAMILIES) {
      add(f.generator.requestSchema.safeParse({}));
      add(f.generator.requestSchema.safeParse({ appId: 'zz', userId: '', ttlSeconds: 0.5, ttl: -1, layout: 'x', privileges: ['x'], roomId: 1, strRoomId: 'r', accid: '' }));
      add(f.profile.credentialsSchema.safeParse({ appId: 'nothex', apiKey: '', accountSid: 'x', apiKeySid: 'y', appKey: '!', sdkAppId: -1 }));
    }
    return out;
  };

  it('keep zod’s English line and read in Chinese without English', () => {
    const errors = failures();
    expect(errors.length).toBeGreaterThan(15);
    for (const error of errors) {
      const english = error.issues.slice(0, 5).map((i) => `${i.path.length > 0 ? i.path.map(String).join('.') : '(request)'}: ${i.message}`);
      if (error.issues.length > 5) english.push(`and ${error.issues.length - 5} more`);
      expect(describeZodError(error)).toBe(english.join('; '));
      expect(describeZodError(error, 5, 'en')).toBe(english.join('; '));
      for (const issue of error.issues) {
        const zh = zodIssueParams(issue, 'problem')['problem@zh-CN'];
        expectNoEnglishSentence(zh, `${issue.code} ${issue.message}`);
      }
      const params = zodDetailParams(error);
      expect(params.detail).toBe(english.join('; '));
      expect(paramsIn(params, 'zh-CN').detail).toBe(params['detail@zh-CN']);
      expect(paramsIn(params, 'en').detail).toBe(params.detail);
    }
  });

  it('every literal message a schema gives has its Chinese (validation.message)', () => {
    const messages = new Set<string>();
    const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
    const root = join(__dirname, '../../../src/shared');
    for (const file of walk(root).filter((f) => f.endsWith('.ts') && !f.includes('/i18n/'))) {
      const source = readFileSync(file, 'utf8');
      if (!source.includes("from 'zod'")) continue;
      for (const m of source.matchAll(/\.(?:min|max|regex|refine|int|length)\((?:[^()'`]|\([^()]*\))*?,\s*'([^']+)'\s*\)/g)) messages.add(m[1]!);
      for (const m of source.matchAll(/\.(?:int|number|enum)\(\s*(?:'([^']+)'|\{\s*error:\s*'([^']+)'\s*\})\s*\)/g)) messages.add((m[1] ?? m[2])!);
      for (const m of source.matchAll(/\{\s*error:\s*'([^']+)'\s*\}/g)) messages.add(m[1]!);
      for (const m of source.matchAll(/addIssue\(\{[^}]*message:\s*'([^']+)'/g)) messages.add(m[1]!);
    }
    expect(messages.size).toBeGreaterThan(30);
    for (const message of messages) expect(schemaMessageKey(message), message).toBeDefined();
    // The catalogue's English is each message itself.
    for (const [key, text] of Object.entries(validationEn.message)) expect(schemaMessageKey(text)).toBe(key);
  });
});
