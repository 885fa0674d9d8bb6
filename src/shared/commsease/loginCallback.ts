/**
 * The login callback CommsEase sends to a customer's server, as a value we can build and read.
 *
 * Facts from the CommsEase docs ("IM 登录相关回调" / "Callback - log in", server API reference,
 * https://doc.commsease.com/en/messaging/server-apis/jc3MzA5NTk?platform=server):
 * - body is JSON; fields `eventType`, `fromAccount`, `fromDeviceId`, `fromClientType` (AOS, IOS,
 *   PC, WINPHONE, WEB, REST), `fromClientIp`, `fromClientPort`, `token`, `authType`, ...;
 * - the field table says `eventType` is 36 ("login callback"), but the English page's own
 *   HTTP/cURL example sends `"eventType":35` (the Chinese page's example was later corrected to
 *   36). We send 36 and accept both when reading, and say so.
 * - the custom login extension travels as `loginExt` (SDK `NIMLoginInfo.loginExt`: "used to
 *   authenticate with the third-party server when authType is third-party"), and `authType` 2
 *   means third-party callback authentication (SDK docs: 0 static token, 1 AppSecret-based
 *   dynamic token, 2 third-party callback).
 */

export const COMMSEASE_CLIENT_TYPES = ['AOS', 'IOS', 'PC', 'WINPHONE', 'WEB', 'REST'] as const;
export type CommsEaseClientType = (typeof COMMSEASE_CLIENT_TYPES)[number];

export function isCommsEaseClientType(value: string): value is CommsEaseClientType {
  return (COMMSEASE_CLIENT_TYPES as readonly string[]).includes(value);
}

/** The documented event type of the login callback (field table). */
export const LOGIN_CALLBACK_EVENT_TYPE = 36;
/** What the English page's own example sends; accepted when reading a captured callback. */
export const LOGIN_CALLBACK_EVENT_TYPE_IN_EXAMPLE = 35;
export const LOGIN_CALLBACK_EVENT_TYPE_NOTE =
  'CommsEase documents the login callback as eventType 36 in its field table but shows 35 in its own example; both are accepted.';

/** authType value for a login that is decided by the third-party callback. */
export const AUTH_TYPE_THIRD_PARTY = 2;

export interface LoginCallbackInput {
  accid: string;
  token: string;
  clientType: CommsEaseClientType;
  clientIp: string;
  clientPort: string;
  deviceId: string;
  /** The login's custom extension (`loginExt`); empty when the client sent none. */
  loginExt: string;
  /** Epoch milliseconds of the event, as CommsEase writes it (a string). */
  timestampMs: number;
}

/** The JSON body, keys in alphabetical order as CommsEase's examples show them. */
export function buildLoginCallbackBody(input: LoginCallbackInput): string {
  const body = {
    authType: AUTH_TYPE_THIRD_PARTY,
    eventType: LOGIN_CALLBACK_EVENT_TYPE,
    fromAccount: input.accid,
    fromClientIp: input.clientIp,
    fromClientPort: input.clientPort,
    fromClientType: input.clientType,
    fromDeviceId: input.deviceId,
    loginExt: input.loginExt,
    timestamp: String(input.timestampMs),
    token: input.token,
  };
  return JSON.stringify(body);
}

export interface LoginCallbackSummary {
  eventType: number | null;
  /** true for 36 (field table) and 35 (the docs' own example). */
  isLoginEvent: boolean;
  fromAccount: string | null;
  fromClientType: string | null;
  fromClientIp: string | null;
  hasToken: boolean;
  note: string | null;
}

/**
 * Reads the non-secret facts of a captured callback body, for the verifier's report. Never
 * returns the token itself: a pasted callback carries the user's login token.
 */
export function summarizeLoginCallbackBody(rawBody: string): LoginCallbackSummary | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(rawBody);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const record = parsed as Record<string, unknown>;
  const eventType = typeof record.eventType === 'number' ? record.eventType : null;
  const text = (key: string): string | null => (typeof record[key] === 'string' ? (record[key] as string) : null);
  return {
    eventType,
    isLoginEvent: eventType === LOGIN_CALLBACK_EVENT_TYPE || eventType === LOGIN_CALLBACK_EVENT_TYPE_IN_EXAMPLE,
    fromAccount: text('fromAccount'),
    fromClientType: text('fromClientType'),
    fromClientIp: text('fromClientIp'),
    hasToken: typeof record.token === 'string' && record.token.length > 0,
    note: eventType === LOGIN_CALLBACK_EVENT_TYPE_IN_EXAMPLE ? LOGIN_CALLBACK_EVENT_TYPE_NOTE : null,
  };
}
