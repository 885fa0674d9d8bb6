/**
 * The simulator's output vocabulary: what happened, when, to which client.
 *
 * Every event is a flat JSON object `{t, client, type, ...details}` so that the CLI can print
 * it as one line, the screen can draw it as a marker, and an export can be re-imported; `t`
 * is virtual seconds since the scenario's start (millisecond precision) and `client` the
 * client's index. Token times (`expire`) are in the same unit as `t`.
 */

export const SIM_EVENT_TYPES = [
  'login',
  'login_failed',
  'token_will_expire',
  'renew_requested',
  'token_issued',
  'renew_succeeded',
  'renew_failed',
  'token_expired',
  'disconnected',
  'network_lost',
  'network_restored',
  'reconnecting',
  'reconnected',
] as const;
export type SimEventType = (typeof SIM_EVENT_TYPES)[number];

/** Why the app asked its token server for a token. */
export type TokenRequestPurpose = 'renew' | 'reconnect' | 'relogin';

/** Why a token-server request or a renewToken call did not give the SDK a new token. */
export type RenewFailureReason =
  /** The device was offline when the request went out or while it was in flight. */
  | 'network'
  /** The token server was down (a token-server outage). */
  | 'token_server_unavailable'
  /** The token server answered with an error (failureRate). */
  | 'token_server_error'
  /** The SDK refused the token it was given (see `code`). */
  | 'rejected';

/** Why the SDK ended up Disconnected (a state only a new login leaves). */
export type DisconnectCause =
  /** The token expired unrenewed (ZIM TokenExpired, Express 1002056, or a reconnect refused for an expired token). */
  | 'token_expired'
  /** A reconnect was refused for a token that is not expired but wrong (CommsEase 302). */
  | 'token_rejected';

export const DISCONNECT_CAUSES: readonly DisconnectCause[] = ['token_expired', 'token_rejected'];

/** A wrong token the token server was told to hand out (`renewal.faults`). */
export type TokenFault = 'expired' | 'otherUser' | 'otherApp' | 'otherSecret' | 'noPublishPrivilege';

interface Base<T extends SimEventType> {
  /** Virtual seconds since the scenario's start. */
  t: number;
  client: number;
  type: T;
}

export interface LoginEvent extends Base<'login'> {
  /** Expiry of the token the client logged in with (seconds since start); null for a static token. */
  expire: number | null;
}
export interface LoginFailedEvent extends Base<'login_failed'> {
  /** The vendor's error code, or null when the request never reached the server. */
  code: number | null;
  reason: 'network' | 'token_expired' | 'token_rejected';
  /** A first login, or the SDK's automatic reconnection. */
  during: 'login' | 'reconnect';
  /** The callback the SDK raises for the refusal, on platforms that report it so (Agora RTM 1.x onTokenExpired while reconnecting). */
  callback?: string;
}
export interface TokenWillExpireEvent extends Base<'token_will_expire'> {
  /** What the SDK passes to the callback: whole seconds left, by the clock it reads. */
  remainingSeconds: number;
  expire: number;
}
export interface RenewRequestedEvent extends Base<'renew_requested'> {
  request: number;
  purpose: TokenRequestPurpose;
  /** 1 for the first try, 2+ for the app's retries. */
  attempt: number;
}
export interface TokenIssuedEvent extends Base<'token_issued'> {
  /** null for the token handed over at the first login. */
  request: number | null;
  /** Seconds since start. */
  expire: number;
  token: string;
  /** Present when the token server was told to hand out a wrong token. */
  fault?: TokenFault;
  /** Present when the vendor's server handed it to a connected client by itself (LiveKit's refresh). */
  serverRefresh?: true;
}
export interface RenewSucceededEvent extends Base<'renew_succeeded'> {
  request: number;
  expire: number;
}
export interface RenewFailedEvent extends Base<'renew_failed'> {
  request: number;
  reason: RenewFailureReason;
  code: number | null;
}
export interface TokenExpiredEvent extends Base<'token_expired'> {
  expire: number;
  /** What the expiry does to the live session. */
  effect: 'disconnect' | 'kick' | 'refuse-next-publish-play' | 'none' | 'reconnect-will-fail';
  /** The callback the SDK raises at expiry, on platforms that have one (Agora onRequestToken, Tencent IM onUserSigExpired). */
  callback?: string;
}
export interface DisconnectedEvent extends Base<'disconnected'> {
  cause: DisconnectCause;
  code: number | null;
}
export interface NetworkLostEvent extends Base<'network_lost'> {
  /** 'sleep': the device is suspended as well as offline. */
  kind: 'network' | 'sleep';
}
export type NetworkRestoredEvent = Base<'network_restored'>;
export type ReconnectingEvent = Base<'reconnecting'>;
export interface ReconnectedEvent extends Base<'reconnected'> {
  /** The SDK's reconnection attempts, counting this one. */
  attempts: number;
  /** Seconds between losing and regaining the connection. */
  offlineSeconds: number;
}

export type SimEvent =
  | LoginEvent
  | LoginFailedEvent
  | TokenWillExpireEvent
  | RenewRequestedEvent
  | TokenIssuedEvent
  | RenewSucceededEvent
  | RenewFailedEvent
  | TokenExpiredEvent
  | DisconnectedEvent
  | NetworkLostEvent
  | NetworkRestoredEvent
  | ReconnectingEvent
  | ReconnectedEvent;
