/**
 * Main's last errors that carried English into a Chinese page or terminal (issue 12): a family
 * request or credentials that fail their schema (signing), a profile's name / env tag / accid /
 * import file (vault), an unkeepable history entry, an edited API base, a token with a control
 * character, a busy data file, CommsEase's unreadable answers and unkeepable returned tokens, and
 * the simulator minter's refusals. Each is a MainTextError: its English (`message`, logs, `--json`)
 * is what it always said, and its Chinese holds no English sentence.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { resolveApiBase } from '../../../src/main/commsease/staticTokenService';
import { normalizeLoginToken, returnedTokenProblem } from '../../../src/main/commsease/staticTokenStore';
import { mainT, MainTextError, wordError } from '../../../src/main/i18n/mainText';
import { createSigningService, type SigningService } from '../../../src/main/services/signingService';
import { createMemorySecretStore } from '../../../src/main/vault/memorySecretStore';
import { createProfileStore } from '../../../src/main/vault/profileStore';
import { createProfileVault, type ProfileVault } from '../../../src/main/vault/profileVault';
import { TokenLabError as TokenLabErrorClass, type TokenLabError } from '../../../src/shared/errors';
import { defaultRegistry } from '../../../src/shared/families/registry';
import { createI18n } from '../../../src/shared/i18n';
import { parseScenario } from '../../../src/shared/sim/parseScenario';
import { runSimulation } from '../../../src/shared/sim/simulate';
import { fieldText } from '../../../src/shared/tokens/reasonText';
import { fakeRandomBytes } from '../../support/cliHarness';
import { encodeUserSigText } from '../../../src/shared/families/tencent-usersig-v2/format';
import { deflateSync } from 'node:zlib';

/** Names, ids and vendor words a Chinese sentence may hold; what is left must not be two English words in a row. */
const ALLOWED = /App Key|AppKey|AppSecret|App ID|API Key|Access Token|Token04|SDKAppID|UserSig|TokenLab|tokenlab|https?:\/\/|127\.0\.0\.1/g;
function expectChinese(text: string, label: string): void {
  const stripped = text.replace(/"[^"]*"|“[^”]*”|'[^']*'/g, '').replace(ALLOWED, '');
  expect(stripped, `${label}: ${text}`).not.toMatch(/[A-Za-z]{2,}[\s,]+[A-Za-z]{2,}/);
  expect(text, label).not.toMatch(/\{\{|@zh-CN/);
  expect(text, label).toMatch(/[\u4e00-\u9fff]/);
}

/** The error `run` throws, which must be a MainTextError. */
async function caught(run: () => unknown): Promise<TokenLabError> {
  try {
    await run();
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(MainTextError);
    return error as TokenLabError;
  }
  throw new Error('expected an error');
}

function expectBoth(error: TokenLabError, english: string | RegExp, label: string): void {
  if (typeof english === 'string') expect(error.message, label).toBe(english);
  else expect(error.message, label).toMatch(english);
  expect(wordError(error, 'en'), label).toBe(error.message);
  expectChinese(wordError(error, 'zh-CN'), label);
}

const NOW_MS = 1_700_000_000_000;
let dir: string;
let vault: ProfileVault;
let signing: SigningService;
let n = 1;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tokenlab-zhmain-'));
  vault = createProfileVault({ dataDir: dir, store: createProfileStore(dir, () => NOW_MS), secrets: createMemorySecretStore(), now: () => NOW_MS / 1000, newId: () => (n++).toString(16).padStart(16, '0') });
  signing = createSigningService({ vault, crypto: nodeCryptoPort, randomBytes: fakeRandomBytes(3), nowMs: () => NOW_MS });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('signing: a request or credentials that fail the family’s schema', () => {
  it('names the family and the field in either language', async () => {
    const request = await caught(() => signing.generateWith('zego-token04', { credentials: { appId: 1 }, secret: 'fa94dd0f974cf2e293728a526b028271' }, { userId: 'u', ttlSeconds: -5 }));
    expectBoth(request, /^invalid ZEGO Token04 request: ttlSeconds: /, 'request');
    expect(wordError(request, 'zh-CN')).toMatch(/^ZEGO Token04 的请求无效：ttlSeconds：/);
    const credentials = await caught(() => signing.generateWith('commsease-dynamic', { credentials: { appKey: '' }, secret: 'x' }, { accid: 'a', ttlSeconds: 60 }));
    expectBoth(credentials, /^invalid CommsEase dynamic token credentials: appKey: /, 'credentials');
    expect(wordError(credentials, 'zh-CN')).toContain('的凭据无效：appKey：');
  });
});

describe('vault: a name, env tag or accid that fails its schema', () => {
  it('reads in Chinese, with the English as before', async () => {
    const p = await vault.add({ provider: 'zego', name: 'z', appId: 777, secret: 'fa94dd0f974cf2e293728a526b028271' });
    expectBoth(await caught(() => vault.retag(p.id, 'no spaces allowed')), /^invalid environment tag: an environment tag is 1–24 letters/, 'env');
    expect(wordError(await caught(() => vault.retag(p.id, 'a b')), 'zh-CN')).toMatch(/^环境标签无效：环境标签为 1–24 个/);
    expectBoth(await caught(() => vault.rename(p.id, '')), /^invalid name: /, 'name');
    expectBoth(await caught(() => vault.add({ provider: 'zego', name: 'y', appId: 'x' as unknown as number, secret: 'fa94dd0f974cf2e293728a526b028271' })), /^invalid profile: /, 'profile');
  });
});

describe('CommsEase: an edited API base, a token with a control character, an answer that does not read', () => {
  it('keeps the schema’s English and reads in Chinese', async () => {
    const base = await caught(() => resolveApiBase({ credentials: { apiBase: 'http://example.com/' } }));
    expectBoth(base, 'the API base must be an https:// URL (http:// only for 127.0.0.1) without "?" or "#"', 'apiBase');
    const control = await caught(() => normalizeLoginToken('ab\u0001c'));
    expectBoth(control, 'the token contains a control character (U+0001) at position 3: secrets never do (check the copy-paste or the file); nothing was stored', 'control');
    expectBoth(await caught(() => normalizeLoginToken('ab\u0000c')), /^the token contains a NUL character at position 3/, 'nul');
  });

  it('says in Chinese why a returned token cannot be kept', () => {
    const problem = returnedTokenProblem('x'.repeat(2000));
    expect(problem?.problem).toBe('it has 2000 characters, more than the 1024 TokenLab keeps');
    const error = new MainTextError('INVALID_INPUT', 'returnedTokenUnstorable', problem ?? {});
    expectBoth(error, 'the token CommsEase returned cannot be stored: it has 2000 characters, more than the 1024 TokenLab keeps', 'returned');
    const spaced = returnedTokenProblem(' abc');
    expect(spaced?.problem).toBe('it contains spaces or control characters, which the keychain would not keep faithfully');
    expectChinese(mainT('zh-CN')('staticApi.returnedUnstorable', { action: 'refresh', ...spaced }), 'returnedUnstorable');
    for (const key of ['empty', 'notJson', 'notObject', 'noCode', 'noToken']) expectChinese(mainT('zh-CN')(`answerProblem.${key}`), key);
  });
});

describe('an error with no sentence of its own', () => {
  it('keeps its English detail behind the Chinese summary of its code', () => {
    const error = new TokenLabErrorClass('IO_ERROR', 'something odd happened');
    expect(wordError(error, 'en')).toBe('something odd happened');
    expect(wordError(error, 'zh-CN')).toMatch(/^[^A-Za-z]+（something odd happened）$/);
  });
});

describe('history: an entry that would not read back', () => {
  it('is worded by its issues in either language', () => {
    const error = new MainTextError('INVALID_INPUT', 'historyUnkeepableItem', { item: 2, detail: 'label: Too big', 'detail@zh-CN': 'label：最多 64 个字符' });
    expect(error.message).toBe('this token cannot be kept in history (item 2): label: Too big');
    expect(wordError(error, 'zh-CN')).toBe('这个令牌无法保存在历史记录中（第 2 项）：label：最多 64 个字符');
  });
});

describe('the simulator’s minter', () => {
  const scenario = (input: Record<string, unknown>) => {
    const parsed = parseScenario(input);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    return parsed.scenario;
  };

  it('refuses a profile whose identifiers do not suit the platform, in either language', async () => {
    const error = await caught(() => runSimulation(scenario({ platform: 'agora-rtc-native', tokenTtlSeconds: 3600 }), { crypto: nodeCryptoPort, credentials: { secret: '0123456789abcdef0123456789abcdef', credentials: { appId: 'not hex' } } }));
    expectBoth(error, /^the profile's identifiers do not suit Agora AccessToken2 .*: /, 'identifiers');
    expect(wordError(error, 'zh-CN')).toMatch(/^档案的标识字段不适用于 /);
  });

  it('refuses a secret the family would not store, by its catalogue key', async () => {
    const error = await caught(() => runSimulation(scenario({ platform: 'agora-rtc-native', tokenTtlSeconds: 3600 }), { crypto: nodeCryptoPort, credentials: { secret: 'short', credentials: { appId: '970ca35de60c44645bbae8a215061b33' } } }));
    expectBoth(error, 'An App Certificate is 32 hex characters; this one is 5 characters and not all hex.', 'secret');
  });

  it('says why it cannot mint a scenario’s tokens, path and rule in the reader’s language', async () => {
    const error = await caught(() => runSimulation(scenario({ platform: 'twilio-video', tokenTtlSeconds: 2 * 86_400 }), { crypto: nodeCryptoPort }));
    expectBoth(error, /^Twilio Access Token \(JWT\) cannot mint this scenario's tokens: ttl/, 'request');
    expect(wordError(error, 'zh-CN')).toMatch(/无法签发这个场景的令牌：ttl\w*：/);
  });
});

describe('a Tencent userbuf that is not a PrivateMapKey', () => {
  it('keeps the English field for --json and words it in Chinese for a reader', () => {
    const json = { 'TLS.ver': '2.0', 'TLS.identifier': 'alice', 'TLS.sdkappid': 1400000000, 'TLS.expire': 86400, 'TLS.time': 1_700_000_000, 'TLS.userbuf': Buffer.from([7, 1, 2]).toString('base64'), 'TLS.sig': Buffer.alloc(32).toString('base64') };
    const token = encodeUserSigText(deflateSync(Buffer.from(JSON.stringify(json))));
    const inspection = defaultRegistry.inspect(token, { now: 1_700_000_000 }, nodeCryptoPort);
    expect(inspection.fields?.['userbufParseError']).toBe('unknown PrivateMapKey version 7');
    const zh = createI18n('zh-CN');
    const text = fieldText(inspection, 'userbufParseError', { t: (k, o) => zh.t(k, o ?? {}), language: 'zh-CN', now: 1_700_000_000 }) ?? '';
    expectChinese(text, 'userbufParseError');
    expect(text).toContain('7');
  });
});

describe('fieldText', () => {
  const zh = createI18n('zh-CN');
  const en = createI18n('en');
  const inspection = { fields: { userbufParseError: 'unknown PrivateMapKey version 7' }, fieldParams: { userbufParseError: { detailCode: 'pmk_unknown_version', version: 7 } } };
  it('is the engine’s English in English and the catalogue’s words in Chinese', () => {
    expect(fieldText(inspection, 'userbufParseError', { t: (k, o) => en.t(k, o ?? {}), language: 'en', now: 0 })).toBe('unknown PrivateMapKey version 7');
    const text = fieldText(inspection, 'userbufParseError', { t: (k, o) => zh.t(k, o ?? {}), language: 'zh-CN', now: 0 }) ?? '';
    expectChinese(text, 'pmk');
    expect(text).toContain('7');
    expect(fieldText(inspection, 'other', { t: (k, o) => zh.t(k, o ?? {}), language: 'zh-CN', now: 0 })).toBeUndefined();
  });
});
