/**
 * What a customer's answer to the login callback means for the user who is logging in.
 *
 * From the CommsEase third-party callback overview ("回调说明" / "Third-party callback overview",
 * https://doc.commsease.com/en/messaging/docs/jI3ODc2ODE?platform=server, and its copy in the
 * server-integration articles): CommsEase POSTs once, waits 2 seconds, and when the request
 * fails or times out it continues with the default result configured in the console
 * (第三方回调 → 子功能配置 → 接口调用失败时的默认策略). The customer's server answers with a JSON
 * body `{"errCode": 0|1, "responseCode": ..., "modifyResponse": {...}, "callbackExt": "..."}`:
 * `errCode` 0 lets the operation through, any other value stops it; for a login, a stopped
 * login reaches the client as code 302. A non-2xx status counts as a failed request; an answer
 * whose body carries no numeric `errCode` is treated the same way (our reading: the docs do not
 * describe it).
 */

/** CommsEase's wait for the customer's answer, per its docs. */
export const COMMSEASE_CALLBACK_TIMEOUT_MS = 2000;

export const CALLBACK_DECISION_KINDS = [
  'login_allowed',
  'login_refused',
  'default_policy_timeout',
  'default_policy_unreachable',
  'default_policy_http_error',
  'default_policy_unreadable_answer',
] as const;

export type CallbackDecisionKind = (typeof CALLBACK_DECISION_KINDS)[number];

export interface CallbackDecision {
  kind: CallbackDecisionKind;
  /** What the client app would see, in one sentence. */
  clientExperience: string;
  /** Why we read the answer this way. */
  reason: string;
  /** The customer's `errCode` / `responseCode`, when the answer carried them. */
  errCode: number | null;
  responseCode: number | null;
}

const DEFAULT_POLICY =
  'CommsEase continues with the default result configured in its console for failed callbacks (allow or refuse), so the outcome depends on that setting.';

export type CallbackExchange =
  | { kind: 'answered'; status: number; body: string }
  | { kind: 'timeout'; timeoutMs: number }
  | { kind: 'unreachable'; detail: string };

export function decideLoginCallback(exchange: CallbackExchange): CallbackDecision {
  if (exchange.kind === 'timeout') {
    return {
      kind: 'default_policy_timeout',
      clientExperience: DEFAULT_POLICY,
      reason: `no answer within ${exchange.timeoutMs} ms (CommsEase waits ${COMMSEASE_CALLBACK_TIMEOUT_MS} ms and does not retry)`,
      errCode: null,
      responseCode: null,
    };
  }
  if (exchange.kind === 'unreachable') {
    return {
      kind: 'default_policy_unreachable',
      clientExperience: DEFAULT_POLICY,
      reason: `the callback URL could not be reached: ${exchange.detail}`,
      errCode: null,
      responseCode: null,
    };
  }
  if (exchange.status < 200 || exchange.status > 299) {
    return {
      kind: 'default_policy_http_error',
      clientExperience: DEFAULT_POLICY,
      reason: `the server answered HTTP ${exchange.status}; CommsEase treats a failed request like a timeout`,
      errCode: null,
      responseCode: null,
    };
  }
  const answer = readAnswer(exchange.body);
  if ('problem' in answer) {
    return { kind: 'default_policy_unreadable_answer', clientExperience: DEFAULT_POLICY, reason: unreadableEnglish(answer), errCode: null, responseCode: null };
  }
  if (answer.errCode === 0) {
    return {
      kind: 'login_allowed',
      clientExperience: 'The login succeeds.',
      reason: 'HTTP 2xx with "errCode": 0',
      errCode: 0,
      responseCode: answer.responseCode,
    };
  }
  return {
    kind: 'login_refused',
    clientExperience: 'The login fails: the SDK reports code 302 (accid and token do not match).',
    reason: `HTTP 2xx with "errCode": ${answer.errCode} (anything but 0 refuses)`,
    errCode: answer.errCode,
    responseCode: answer.responseCode,
  };
}

/**
 * What is wrong with an answer that cannot be read: `got` names the errCode's kind of value
 * (main.decision.unreadable.* words it; the English below is the same text, a test holds them equal).
 */
export type UnreadableAnswer =
  | { problem: 'notJson' | 'notObject' | 'noErrCode' }
  | { problem: 'errCodeNotWhole'; got: 'null' | 'array' | 'fraction' | 'string' | 'boolean' | 'object' };

const EXPECTED = '; the expected body is {"errCode": 0} to allow or {"errCode": 1} to refuse';
const GOT_ENGLISH = { null: 'null', array: 'an array', fraction: 'a fraction', string: 'a string', boolean: 'a boolean', object: 'a object' } as const;

function unreadableEnglish(answer: UnreadableAnswer): string {
  switch (answer.problem) {
    case 'notJson':
      return `the answer is not JSON${EXPECTED}`;
    case 'notObject':
      return `the answer is JSON but not an object${EXPECTED}`;
    case 'noErrCode':
      return `the answer has no "errCode" field${EXPECTED}`;
    case 'errCodeNotWhole':
      return `"errCode" must be a whole number, got ${GOT_ENGLISH[answer.got]}`;
  }
}

/** Why an answer body cannot be read, or null when it can (for wording the reason in another language). */
export function unreadableAnswer(body: string): UnreadableAnswer | null {
  const answer = readAnswer(body);
  return 'problem' in answer ? answer : null;
}

function readAnswer(body: string): { errCode: number; responseCode: number | null } | UnreadableAnswer {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { problem: 'notJson' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { problem: 'notObject' };
  const record = parsed as Record<string, unknown>;
  if (!('errCode' in record)) return { problem: 'noErrCode' };
  if (typeof record.errCode !== 'number' || !Number.isInteger(record.errCode)) {
    // Named by type, not quoted: a cut-off quote of an echoed token could not be masked afterwards.
    const value = record.errCode;
    const got = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'number' ? 'fraction' : (typeof value as 'string' | 'boolean' | 'object');
    return { problem: 'errCodeNotWhole', got };
  }
  const responseCode = typeof record.responseCode === 'number' && Number.isInteger(record.responseCode) ? record.responseCode : null;
  return { errCode: record.errCode, responseCode };
}
