/**
 * The vendors' documented token rules the simulator reproduces: the warning lead and the
 * error codes each SDK reports (see ../shared/docs/sdk-lifecycle.md).
 *
 * Codes are data, not logic, so a reader can check every number against the vendor's
 * documentation in one place. Where a code's use for a given situation is not documented,
 * `simAssumptions` says so.
 */
import type { TokenExpiredEvent } from './events';
import type { ExpressExpiryBehaviour, SimPlatform } from './scenario';

/** ZIM and Express raise "will expire" this long before expiry. */
export const WILL_EXPIRE_LEAD_MS = 30_000;

/** The codes one platform reports for a refused token and for the situations around it. */
export interface PlatformCodes {
  /** The token has expired (at login, reconnect or renewToken). */
  tokenExpired: number;
  /** The token is for another AppID / AppKey. */
  otherApp: number;
  /** The token is for another user. */
  otherUser: number;
  /** The token was signed with another secret. */
  otherSecret: number;
  /** Express: the renewed token lacks the publish privilege. */
  noPublishPrivilege: number | null;
  /** renewToken after the SDK has dropped the session (ZIM not logged in, Express not in the room). */
  renewWhenLoggedOut: number | null;
  /** Express 2.13+ with expiry management: kicked from the room at expiry. */
  expiryKick: number | null;
}

export const ZIM_CODES: PlatformCodes = {
  tokenExpired: 6_000_106,
  otherApp: 6_000_003,
  otherUser: 6_000_103,
  otherSecret: 6_000_103,
  noPublishPrivilege: null,
  renewWhenLoggedOut: 6_000_121,
  expiryKick: null,
};

export const EXPRESS_CODES: PlatformCodes = {
  tokenExpired: 1_002_078,
  otherApp: 1_002_076,
  otherUser: 1_002_077,
  otherSecret: 1_002_033,
  noPublishPrivilege: 1_002_082,
  renewWhenLoggedOut: 1_002_002,
  expiryKick: 1_002_056,
};

/** Express publish / play refused for an expired token (the "refuse-next" behaviour). */
export const EXPRESS_PUBLISH_REFUSED = 1_003_072;
export const EXPRESS_PLAY_REFUSED = 1_004_003;

/** CommsEase answers every failed token check with 302. */
export const COMMSEASE_AUTH_FAILED = 302;

export const COMMSEASE_CODES: PlatformCodes = {
  tokenExpired: COMMSEASE_AUTH_FAILED,
  otherApp: COMMSEASE_AUTH_FAILED,
  otherUser: COMMSEASE_AUTH_FAILED,
  otherSecret: COMMSEASE_AUTH_FAILED,
  noPublishPrivilege: null,
  renewWhenLoggedOut: null,
  expiryKick: null,
};

export function codesFor(platform: SimPlatform): PlatformCodes {
  if (platform === 'zim') return ZIM_CODES;
  if (platform === 'express') return EXPRESS_CODES;
  return COMMSEASE_CODES;
}

export function isZegoPlatform(platform: SimPlatform): boolean {
  return platform === 'zim' || platform === 'express';
}

/**
 * When the SDK's "will expire" timer is due, in milliseconds on the server's clock: 30 s
 * before expiry as the SDK's clock reads it (`sdkSkewMs`: how far that clock runs ahead).
 * The simulator and the live mode read the same rule here.
 */
export function willExpireDueMs(expireMs: number, sdkSkewMs = 0): number {
  return expireMs - WILL_EXPIRE_LEAD_MS - sdkSkewMs;
}

/**
 * Whether "will expire" fires at once when under 30 s remain as a token arrives: documented
 * for ZIM at login; for Express at login it is the `expressImmediateWarning` assumption.
 */
export function warnsAtOnceAtLogin(platform: SimPlatform, expressImmediateWarning: boolean): boolean {
  if (platform === 'zim') return true;
  return platform === 'express' && expressImmediateWarning;
}

/**
 * When an app with the "before-expiry" policy renews, in milliseconds on the server's clock:
 * `leadSeconds` before expiry by the device's clock (`skewMs` ahead), never before `nowMs`.
 */
export function appRenewDueMs(expireMs: number, leadSeconds: number, nowMs: number, skewMs = 0): number {
  return Math.max(nowMs, expireMs - leadSeconds * 1000 - skewMs);
}

/** What a token's expiry does to a live (connected, not reconnecting) session on each platform. */
export function expiryEffectWhileConnected(
  platform: SimPlatform,
  expressOnExpiry: ExpressExpiryBehaviour,
  commsEaseExpiryDropsConnection: boolean,
): TokenExpiredEvent['effect'] {
  if (platform === 'zim') return 'disconnect';
  if (platform === 'express') return expressOnExpiry === 'kick' ? 'kick' : 'refuse-next-publish-play';
  return commsEaseExpiryDropsConnection ? 'disconnect' : 'none';
}
