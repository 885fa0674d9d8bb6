/**
 * Calls the three CommsEase account endpoints that set a static token, and explains the answer.
 *
 * Endpoints (form-encoded POSTs under the API base, default https://api.netease.im/nimserver):
 * - `/user/create.action`       accid, token (optional: CommsEase generates one when absent)
 * - `/user/update.action`       accid, token (sets the token given)
 * - `/user/refreshToken.action` accid        (CommsEase sets and returns a new random token)
 * Answers are JSON `{"code": 200, "info": {"token": ..., "accid": ...}}` on success (update has
 * no `info`) and `{"code": 414, "desc": "..."}` on failure; the code table is in
 * src/shared/commsease/statusCodes.ts.
 *
 * The outcome keeps the returned token apart (`secretToken`) so the caller can put it straight
 * into the keychain; every other field is safe to print. Bodies quoted in an outcome have the
 * tokens we sent or received blanked out, in every encoding a server might echo them in
 * (`maskSecrets`).
 */
import type { CryptoPort, RandomBytes } from '../../shared/crypto/cryptoPort';
import { COMMSEASE_SUCCESS_CODE, explainCommsEaseStatus } from '../../shared/commsease/statusCodes';
import { buildServerApiHeaders, drawNonce, type ServerApiCredentials } from './serverApiHeaders';
import { postWithDeadline, type MonotonicClock } from './httpPost';
import { maskSecrets } from '../../shared/security/maskSecrets';
import type { mainEn } from '../../shared/i18n/areas/main';
import { mainT } from '../i18n/mainText';

export const DEFAULT_API_TIMEOUT_MS = 10_000;

export type ServerApiOperation = 'create' | 'update' | 'refreshToken';

export const SERVER_API_PATHS: Record<ServerApiOperation, string> = {
  create: '/user/create.action',
  update: '/user/update.action',
  refreshToken: '/user/refreshToken.action',
};

export type ServerApiOutcome =
  | {
      kind: 'ok';
      operation: ServerApiOperation;
      accid: string;
      /** The token CommsEase returned (create without a token, refreshToken). Never print it. */
      secretToken: string | null;
      elapsedMs: number;
    }
  | { kind: 'api_error'; operation: ServerApiOperation; httpStatus: number; code: number; explanation: string; desc: string | null; elapsedMs: number }
  | { kind: 'http_error'; operation: ServerApiOperation; httpStatus: number; excerpt: string; elapsedMs: number }
  | { kind: 'malformed_answer'; operation: ServerApiOperation; httpStatus: number; problem: string; /** What words `problem` (`main.answerProblem.*`). */ problemKey: AnswerProblemKey; excerpt: string; elapsedMs: number }
  | { kind: 'timeout'; operation: ServerApiOperation; timeoutMs: number; elapsedMs: number }
  | { kind: 'unreachable'; operation: ServerApiOperation; detail: string; elapsedMs: number };

export interface ServerApiClientOptions {
  apiBase: string;
  credentials: ServerApiCredentials;
  crypto: CryptoPort;
  randomBytes: RandomBytes;
  /** Epoch seconds (the CurTime header). */
  now: () => number;
  timeoutMs?: number;
  monotonicMs?: MonotonicClock;
}

export interface ServerApiClient {
  create(accid: string, token: string | null): Promise<ServerApiOutcome>;
  update(accid: string, token: string): Promise<ServerApiOutcome>;
  refreshToken(accid: string): Promise<ServerApiOutcome>;
}

export function createServerApiClient(options: ServerApiClientOptions): ServerApiClient {
  const call = async (operation: ServerApiOperation, accid: string, token: string | null): Promise<ServerApiOutcome> => {
    const form = new URLSearchParams({ accid });
    if (token !== null) form.set('token', token);
    const headers = buildServerApiHeaders(options.credentials, drawNonce(options.randomBytes), options.now(), options.crypto);
    const timeoutMs = options.timeoutMs ?? DEFAULT_API_TIMEOUT_MS;
    const outcome = await postWithDeadline(
      { url: endpointUrl(options.apiBase, operation), headers: { ...headers }, body: form.toString(), timeoutMs },
      options.monotonicMs,
    );
    if (outcome.kind === 'timeout') return { kind: 'timeout', operation, timeoutMs, elapsedMs: outcome.elapsedMs };
    if (outcome.kind === 'unreachable') return { kind: 'unreachable', operation, detail: outcome.detail, elapsedMs: outcome.elapsedMs };
    const { status, body, elapsedMs } = outcome;
    const parsed = parseAnswer(body);
    // What we sent, and a token the answer carries: blanked wherever the answer is quoted.
    const secrets = [options.credentials.appSecret, token, parsed.ok ? parsed.infoToken : null];
    if (status !== 200) {
      // CommsEase answers its own errors with HTTP 200; a JSON error code under another status is still worth reading.
      if (parsed.ok && typeof parsed.code === 'number' && parsed.code !== COMMSEASE_SUCCESS_CODE) {
        return apiError(operation, status, parsed.code, parsed.desc, secrets, elapsedMs);
      }
      return { kind: 'http_error', operation, httpStatus: status, excerpt: excerptOf(body, secrets), elapsedMs };
    }
    if (!parsed.ok) return { kind: 'malformed_answer', operation, httpStatus: status, ...answerProblem(parsed.problemKey), excerpt: excerptOf(body, secrets), elapsedMs };
    if (parsed.code === null) {
      return { kind: 'malformed_answer', operation, httpStatus: status, ...answerProblem('noCode'), excerpt: excerptOf(body, secrets), elapsedMs };
    }
    if (parsed.code !== COMMSEASE_SUCCESS_CODE) return apiError(operation, status, parsed.code, parsed.desc, secrets, elapsedMs);
    let secretToken: string | null = null;
    if (operation === 'refreshToken' || (operation === 'create' && token === null)) {
      if (parsed.infoToken === null) {
        return {
          kind: 'malformed_answer',
          operation,
          httpStatus: status,
          ...answerProblem('noToken'),
          excerpt: excerptOf(body, secrets),
          elapsedMs,
        };
      }
      secretToken = parsed.infoToken;
    }
    return { kind: 'ok', operation, accid, secretToken, elapsedMs };
  };
  return {
    create: (accid, token) => call('create', accid, token),
    update: (accid, token) => call('update', accid, token),
    refreshToken: (accid) => call('refreshToken', accid, null),
  };
}

/** The API base's path with the endpoint appended (a base never carries `?` or `#`: apiBaseSchema refuses them). */
export function endpointUrl(apiBase: string, operation: ServerApiOperation): string {
  const url = new URL(apiBase);
  url.pathname = url.pathname.replace(/\/+$/, '') + SERVER_API_PATHS[operation];
  url.search = '';
  url.hash = '';
  return url.toString();
}

function apiError(
  operation: ServerApiOperation,
  httpStatus: number,
  code: number,
  desc: string | null,
  secrets: readonly (string | null)[],
  elapsedMs: number,
): ServerApiOutcome {
  return {
    kind: 'api_error',
    operation,
    httpStatus,
    code,
    explanation: explainCommsEaseStatus(code),
    desc: desc === null ? null : maskSecrets(desc, secrets).slice(0, 300),
    elapsedMs,
  };
}

type ParsedAnswer =
  | { ok: true; code: number | null; desc: string | null; infoToken: string | null }
  | { ok: false; problemKey: AnswerProblemKey };

export type AnswerProblemKey = keyof (typeof mainEn)['answerProblem'];

/** Why an answer could not be read: the key, and its English as the outcome's `problem`. */
function answerProblem(problemKey: AnswerProblemKey): { problem: string; problemKey: AnswerProblemKey } {
  return { problem: mainT('en')(`answerProblem.${problemKey}`), problemKey };
}

function parseAnswer(body: string): ParsedAnswer {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { ok: false, problemKey: body.trim() === '' ? 'empty' : 'notJson' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problemKey: 'notObject' };
  const record = value as Record<string, unknown>;
  const rawCode = record.code;
  const code = typeof rawCode === 'number' && Number.isInteger(rawCode) ? rawCode : typeof rawCode === 'string' && /^\d+$/.test(rawCode) ? Number(rawCode) : null;
  const desc = typeof record.desc === 'string' ? record.desc : null;
  const info = record.info;
  const infoToken =
    typeof info === 'object' && info !== null && typeof (info as Record<string, unknown>).token === 'string' && (info as { token: string }).token !== ''
      ? (info as { token: string }).token
      : null;
  return { ok: true, code, desc, infoToken };
}

/** The start of a body for a human to read, with any known secret (and any token field) blanked. */
export function excerptOf(body: string, secrets: readonly (string | null)[]): string {
  const masked = maskSecrets(body, secrets).replace(/("token"\s*:\s*")[^"]*(")/g, '$1•••$2');
  const oneLine = masked.replace(/\s+/g, ' ').trim();
  return oneLine.length > 200 ? `${oneLine.slice(0, 200)}…` : oneLine;
}
