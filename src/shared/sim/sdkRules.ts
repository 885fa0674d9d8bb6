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

import type { AssumptionToggle, PlatformRules } from '../families/family';
import { defaultRegistry } from '../families/registry';
import { COMMSEASE_AUTH_FAILED, COMMSEASE_DYNAMIC_RULES } from '../families/commsease-dynamic/lifecycle';
import { EXPRESS_PLAY_REFUSED, EXPRESS_PUBLISH_REFUSED, EXPRESS_RULES, ZEGO_WILL_EXPIRE_LEAD_MS, ZIM_RULES } from '../families/zego-token04/lifecycle';

/** ZIM and Express raise "will expire" this long before expiry. */
export const WILL_EXPIRE_LEAD_MS = ZEGO_WILL_EXPIRE_LEAD_MS;

/** The codes one platform reports for a refused token and for the situations around it (the families' data). */
export type PlatformCodes = PlatformRules['codes'];

export const ZIM_CODES: PlatformCodes = ZIM_RULES.codes;
export const EXPRESS_CODES: PlatformCodes = EXPRESS_RULES.codes;
export { COMMSEASE_AUTH_FAILED, EXPRESS_PLAY_REFUSED, EXPRESS_PUBLISH_REFUSED };
export const COMMSEASE_CODES: PlatformCodes = COMMSEASE_DYNAMIC_RULES.codes;

/** A platform's rules, from the family that declares it (the registry). */
export function platformRules(platform: SimPlatform): PlatformRules {
  const found = defaultRegistry.platform(platform);
  if (!found) throw new Error(`no family declares the simulator platform "${platform}"`);
  return found.rules;
}

export function codesFor(platform: SimPlatform): PlatformCodes {
  return platformRules(platform).codes;
}

/**
 * Whether the platform follows the first model the simulator had (ZIM, Express): an SDK that
 * raises "will expire", renews in place with renewToken, and whose undocumented rules are the
 * named switches (`expressImmediateWarning`, `warnAfterShortRenewal`). Families that mint
 * through a `lifecycle.simulation` spec describe their rules with the generic fields instead.
 */
export function isZegoPlatform(platform: SimPlatform): boolean {
  const found = defaultRegistry.platform(platform);
  return found !== undefined && found.rules.willExpireLeadMs !== null && found.family.lifecycle.simulation === undefined;
}

/** Whether the SDK raises a "will expire" callback at all in this run (an assumed lead may be switched off). */
export function warnsBeforeExpiry(platform: SimPlatform, switches?: Readonly<Record<string, boolean>>): boolean {
  const rules = platformRules(platform);
  return rules.willExpireLeadMs !== null && assumptionSwitch(rules, 'warning', switches) !== false;
}

/** The "will expire" lead of a platform in ms (30 s for ZEGO and Agora, 10 s for Twilio Voice). */
export function willExpireLeadMs(platform: SimPlatform): number {
  return platformRules(platform).willExpireLeadMs ?? WILL_EXPIRE_LEAD_MS;
}

/** How the app's new token reaches the SDK (the rules' `renewal`, or what the older fields imply). */
export function renewalMode(rules: PlatformRules): NonNullable<PlatformRules['renewal']> {
  return rules.renewal ?? (rules.willExpireLeadMs !== null ? 'renew-call' : 'held');
}

/**
 * The value of the platform's generic switch for `toggle` in this run (the scenario's
 * `assumptions.switches[id]`, else the rule's default), or undefined when it has none.
 */
export function assumptionSwitch(rules: PlatformRules, toggle: AssumptionToggle, switches?: Readonly<Record<string, boolean>>): boolean | undefined {
  const rule = rules.assumptions.find((a) => a.toggles === toggle);
  if (!rule) return undefined;
  return switches?.[rule.id] ?? rule.defaultOn;
}

/**
 * When the SDK's "will expire" timer is due, in milliseconds on the server's clock: the lead
 * (30 s unless given) before expiry as the SDK's clock reads it (`sdkSkewMs`: how far that
 * clock runs ahead). The simulator and the live mode read the same rule here.
 */
export function willExpireDueMs(expireMs: number, sdkSkewMs = 0, leadMs = WILL_EXPIRE_LEAD_MS): number {
  return expireMs - leadMs - sdkSkewMs;
}

/**
 * Whether "will expire" fires at once when under 30 s remain as a token arrives: documented
 * for ZIM at login; for Express at login it is the `expressImmediateWarning` assumption.
 */
export function warnsAtOnceAtLogin(platform: SimPlatform, expressImmediateWarning: boolean, switches?: Readonly<Record<string, boolean>>): boolean {
  const rules = platformRules(platform);
  if (rules.warnsAtOnceUnderLead) return true;
  const generic = assumptionSwitch(rules, 'warnAtOnce', switches);
  if (generic !== undefined) return generic;
  return expressImmediateWarning && rules.assumptions.some((a) => a.id === 'expressImmediateWarning');
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
  switches?: Readonly<Record<string, boolean>>,
): TokenExpiredEvent['effect'] {
  const rules = platformRules(platform);
  if (rules.atExpiry === 'refuse-next-publish-play') return expressOnExpiry === 'kick' && rules.codes.expiryKick !== null ? 'kick' : 'refuse-next-publish-play';
  if (rules.atExpiry === 'none') {
    // Undocumented where the SDK announces nothing at expiry: the scenario's assumption decides;
    // documented as "nothing" (LiveKit, Twilio Video) it stays so.
    const drops = assumptionSwitch(rules, 'dropAtExpiry', switches);
    if (drops !== undefined) return drops ? 'disconnect' : 'none';
    if (rules.assumptions.some((a) => a.id === 'commsEaseExpiryDropsConnection')) return commsEaseExpiryDropsConnection ? 'disconnect' : 'none';
    return 'none';
  }
  return rules.atExpiry;
}
