/**
 * Sends the login callback to a customer's server exactly as CommsEase would, and says what the
 * logging-in user would experience.
 *
 * Request shape from the CommsEase docs: POST, `Content-Type: application/json;charset=utf-8`,
 * headers `AppKey`, `CurTime` (epoch MILLISECONDS in callbacks, e.g. 1541583920979 in the docs'
 * example), `MD5` (hex MD5 of the exact body bytes) and
 * `CheckSum = sha1_hex_lower(AppSecret + MD5 + CurTime)`; body from buildLoginCallbackBody.
 * The report masks the token in the body it shows (the hashes are over the real body), and an
 * answer that echoes the token or the AppSecret back — in any encoding — is masked everywhere
 * it is quoted: the answer body, the decision's reason and the client's experience.
 */
import type { CryptoPort } from '../../shared/crypto/cryptoPort';
import { callbackCheckSum } from '../../shared/families/commsease-dynamic/checksum';
import { buildLoginCallbackBody, type CommsEaseClientType } from '../../shared/commsease/loginCallback';
import { COMMSEASE_CALLBACK_TIMEOUT_MS, decideLoginCallback, unreadableAnswer, type CallbackDecision, type CallbackExchange } from '../../shared/commsease/callbackDecision';
import type { Language } from '../../shared/i18n';
import { mainT, MainTextError } from '../i18n/mainText';
import { postWithDeadline, type MonotonicClock } from './httpPost';
import { maskSecrets } from '../../shared/security/maskSecrets';

export const CALLBACK_CONTENT_TYPE = 'application/json;charset=utf-8';
export const DEFAULT_DEVICE_ID = 'tokenlab-callback-tester';

export interface LoginCallbackRequestInput {
  url: string;
  appKey: string;
  appSecret: string;
  accid: string;
  token: string;
  clientType: CommsEaseClientType;
  clientIp: string;
  loginExt: string;
  deviceId?: string;
  clientPort?: string;
  /** Epoch milliseconds: CurTime and the body's timestamp. */
  nowMs: number;
}

export interface SignedCallbackRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface LoginCallbackReport {
  request: {
    method: 'POST';
    url: string;
    headers: Record<string, string>;
    /** The body with the token value replaced by •••. */
    bodyShown: string;
  };
  response: { status: number; contentType: string | null; body: string; truncated: boolean } | null;
  elapsedMs: number;
  timeoutMs: number;
  decision: CallbackDecision;
}

export function assertCallbackUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new MainTextError('INVALID_INPUT', 'callbackNotUrl', { url: url.slice(0, 200) });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new MainTextError('INVALID_INPUT', 'callbackScheme');
  if (parsed.username !== '' || parsed.password !== '') throw new MainTextError('INVALID_INPUT', 'callbackCredentials');
  return parsed;
}

export function signLoginCallback(input: LoginCallbackRequestInput, crypto: CryptoPort): SignedCallbackRequest {
  assertCallbackUrl(input.url);
  const body = buildLoginCallbackBody({
    accid: input.accid,
    token: input.token,
    clientType: input.clientType,
    clientIp: input.clientIp,
    clientPort: input.clientPort ?? '0',
    deviceId: input.deviceId ?? DEFAULT_DEVICE_ID,
    loginExt: input.loginExt,
    timestampMs: input.nowMs,
  });
  const md5 = crypto.md5Hex(body);
  const curTime = String(input.nowMs);
  return {
    url: input.url,
    headers: {
      AppKey: input.appKey,
      CurTime: curTime,
      MD5: md5,
      CheckSum: callbackCheckSum(input.appSecret, md5, curTime, crypto),
      'Content-Type': CALLBACK_CONTENT_TYPE,
    },
    body,
  };
}

/**
 * The decision in `language`: what the client experiences, and why, from the catalogue
 * (main.decision), whose English is the engine's own words (a test holds them equal), and
 * what is wrong with an answer that cannot be read (main.decision.unreadable).
 */
export function wordDecision(decision: CallbackDecision, exchange: CallbackExchange, language: Language): CallbackDecision {
  const t = mainT(language);
  const experience = decision.kind === 'login_allowed' ? 'allowed' : decision.kind === 'login_refused' ? 'refused' : 'defaultPolicy';
  const params: Record<string, string | number> = { waitMs: COMMSEASE_CALLBACK_TIMEOUT_MS };
  if (exchange.kind === 'timeout') params['timeoutMs'] = exchange.timeoutMs;
  if (exchange.kind === 'unreachable') params['detail'] = exchange.detail;
  if (exchange.kind === 'answered') params['status'] = exchange.status;
  if (decision.errCode !== null) params['errCode'] = decision.errCode;
  const unreadable = decision.kind === 'default_policy_unreadable_answer' && exchange.kind === 'answered' ? unreadableAnswer(exchange.body) : null;
  const reason = unreadable
    ? t(`decision.unreadable.${unreadable.problem}`, 'got' in unreadable ? { got: t(`decision.unreadable.got.${unreadable.got}`) } : {})
    : decision.kind === 'default_policy_unreadable_answer'
      ? decision.reason
      : t(`decision.reason.${decision.kind}`, params);
  return { ...decision, clientExperience: t(`decision.experience.${experience}`), reason };
}

export async function sendLoginCallback(
  input: LoginCallbackRequestInput,
  crypto: CryptoPort,
  options: { timeoutMs?: number; monotonicMs?: MonotonicClock; language?: Language } = {},
): Promise<LoginCallbackReport> {
  const language = options.language ?? 'en';
  const signed = signLoginCallback(input, crypto);
  const timeoutMs = options.timeoutMs ?? COMMSEASE_CALLBACK_TIMEOUT_MS;
  const outcome = await postWithDeadline({ url: signed.url, headers: signed.headers, body: signed.body, timeoutMs }, options.monotonicMs);
  const request = { method: 'POST' as const, url: signed.url, headers: signed.headers, bodyShown: maskBodyToken(signed.body, input.token) };
  const secrets = [input.token, input.appSecret];
  if (outcome.kind === 'answered') {
    // Masked before it is cut, so a token straddling the cut cannot show its first half.
    const body = maskSecrets(outcome.body, secrets);
    return {
      request,
      response: {
        status: outcome.status,
        contentType: outcome.contentType === null ? null : maskSecrets(outcome.contentType, secrets),
        body: body.slice(0, 4000),
        truncated: outcome.truncated || body.length > 4000,
      },
      elapsedMs: outcome.elapsedMs,
      timeoutMs,
      decision: maskDecision(decide({ kind: 'answered', status: outcome.status, body: outcome.body }, language), secrets),
    };
  }
  return {
    request,
    response: null,
    elapsedMs: outcome.elapsedMs,
    timeoutMs,
    decision: decide(outcome.kind === 'timeout' ? { kind: 'timeout', timeoutMs } : { kind: 'unreachable', detail: outcome.detail }, language),
  };
}

function decide(exchange: CallbackExchange, language: Language): CallbackDecision {
  return wordDecision(decideLoginCallback(exchange), exchange, language);
}

/** The body we sent, with the token field's value blanked (the hashes were computed over the real body). */
function maskBodyToken(body: string, token: string): string {
  return body.split(`"token":${JSON.stringify(token)}`).join('"token":"•••"');
}

/** The decision quotes the answer: blank what the request carried there too. */
function maskDecision(decision: CallbackDecision, secrets: readonly string[]): CallbackDecision {
  return { ...decision, reason: maskSecrets(decision.reason, secrets), clientExperience: maskSecrets(decision.clientExperience, secrets) };
}
