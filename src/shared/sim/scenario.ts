/**
 * What a simulation scenario may say, with its defaults, as one zod schema.
 *
 * The same schema validates a scenario file (CLI), an IPC request and the screen's form, so
 * the three can never disagree about a field. Every field except `platform` and
 * `tokenTtlSeconds` has a default; unknown fields are refused so that a typo such as
 * `leadSecs` is reported instead of silently ignored.
 */
import { z } from 'zod';
import { defaultRegistry } from '../families/registry';

/** Every platform the registered families let the simulator model (lifecycle.platforms, `simulated`), in registry order. */
export const SIM_PLATFORMS = defaultRegistry.platforms.filter((p) => p.rules.simulated === true).map((p) => p.rules.id) as [string, ...string[]];
/** A platform id of the registry (`registry.platform(id)` gives its rules). */
export type SimPlatform = string;

export const RENEWAL_POLICIES = ['on-will-expire', 'before-expiry', 'never'] as const;
export type RenewalPolicy = (typeof RENEWAL_POLICIES)[number];

export const OUTAGE_KINDS = ['network', 'sleep', 'token-server'] as const;
export type OutageKind = (typeof OUTAGE_KINDS)[number];

export const EXPRESS_EXPIRY_BEHAVIOURS = ['refuse-next', 'kick'] as const;
export type ExpressExpiryBehaviour = (typeof EXPRESS_EXPIRY_BEHAVIOURS)[number];

const DAY = 86_400;
/** Upper bound on virtual time: long enough for ZIM's 24-day tokens, short enough to stay fast. */
export const MAX_DURATION_SECONDS = 30 * DAY;
export const MAX_CLIENTS = 100_000;
export const DEFAULT_START_TIME = 1_700_000_000;
export const DEFAULT_MAX_EVENTS = 5_000_000;

const nonNegative = z.number().min(0);
const probability = z.number().min(0).max(1);

/** The token server's answer time, in milliseconds. */
export const latencySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('fixed'), ms: nonNegative.max(3_600_000) }),
  z.strictObject({ kind: z.literal('uniform'), minMs: nonNegative.max(3_600_000), maxMs: nonNegative.max(3_600_000) }),
  z.strictObject({
    kind: z.literal('exponential'),
    meanMs: nonNegative.max(3_600_000),
    /** Draws above this are cut to it; default 10 × the mean. */
    maxMs: nonNegative.max(3_600_000).optional(),
  }),
]);
export type LatencyDistribution = z.output<typeof latencySchema>;

/** Wrong tokens the token server hands out, each with a probability per answer. */
const faultsSchema = z
  .strictObject({
    /** A token that has already expired when it arrives. */
    expired: probability.default(0),
    /** A token minted for another userId / accid. */
    otherUser: probability.default(0),
    /** A token minted for another AppID / AppKey. */
    otherApp: probability.default(0),
    /** A token signed with another secret. */
    otherSecret: probability.default(0),
    /** Express only: a room token without the publish privilege (1002082). */
    noPublishPrivilege: probability.default(0),
  })
  .prefault({});
export type RenewalFaults = z.output<typeof faultsSchema>;
export const FAULT_KINDS = ['expired', 'otherUser', 'otherApp', 'otherSecret', 'noPublishPrivilege'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

const renewalSchema = z
  .strictObject({
    policy: z.enum(RENEWAL_POLICIES).default('on-will-expire'),
    /** For `before-expiry`: how long before expiry (by the device's clock) the app renews. */
    leadSeconds: nonNegative.max(MAX_DURATION_SECONDS).default(60),
    /** A fixed token-server latency; default 200 ms unless `latency` is given. */
    latencyMs: nonNegative.max(3_600_000).optional(),
    latency: latencySchema.optional(),
    /** Probability that a token-server request fails (an HTTP 5xx). */
    failureRate: probability.default(0),
    /** What the app does after a failed or refused renewal. */
    retry: z
      .strictObject({
        /** How many times the app tries again; 0 = it gives up after the first failure. */
        maxRetries: z.number().int().min(0).max(100).default(0),
        delaySeconds: nonNegative.max(DAY).default(5),
        multiplier: z.number().min(1).max(10).default(2),
      })
      .prefault({}),
    faults: faultsSchema,
  })
  .prefault({});

const outageSchema = z.strictObject({
  atSeconds: nonNegative.max(MAX_DURATION_SECONDS),
  forSeconds: z.number().gt(0).max(MAX_DURATION_SECONDS),
  /** network: the device is offline; sleep: the device is suspended (no timers, no network);
   *  token-server: only the app's token server is unreachable. */
  kind: z.enum(OUTAGE_KINDS).default('network'),
});
export type Outage = z.output<typeof outageSchema>;

/** Rules the vendors do not document: each is shown as an assumption the user can switch. */
const assumptionsSchema = z
  .strictObject({
    /** Which clock the SDK reads to time "will expire": the device's (skewed) or the server's. */
    sdkClock: z.enum(['device', 'server']).default('device'),
    /** Express fires "will expire" at once when under 30 s remain at login (documented for ZIM only). */
    expressImmediateWarning: z.boolean().default(true),
    /** After renewToken with a token that has under 30 s left, "will expire" fires again at once. */
    warnAfterShortRenewal: z.boolean().default(true),
    /** A CommsEase dynamic token expiring during a live connection drops it. */
    commsEaseExpiryDropsConnection: z.boolean().default(false),
    /** The other platforms' switchable assumptions by id (their rules' `assumptions` with `toggles`); absent = the rule's default. */
    switches: z.record(z.string().max(64), z.boolean()).optional(),
  })
  .prefault({});
export type SimAssumptionSwitches = z.output<typeof assumptionsSchema>;

export const scenarioSchema = z
  .strictObject({
    platform: z.enum(SIM_PLATFORMS),
    /** Epoch seconds of the scenario's start (the tokens' ctime / curTime derive from it). */
    startTime: z.number().int().min(946_684_800).max(4_102_444_800).default(DEFAULT_START_TIME),
    durationSeconds: z.number().gt(0).max(MAX_DURATION_SECONDS).default(7200),
    tokenTtlSeconds: z.number().int().min(1).max(365 * DAY),
    clients: z.number().int().min(1).max(MAX_CLIENTS).default(1),
    seed: z.number().int().min(0).max(0xffff_ffff).default(1),
    /** Clients log in at uniform random times in [0, loginSpreadSeconds). */
    loginSpreadSeconds: nonNegative.max(MAX_DURATION_SECONDS).default(0),
    renewal: renewalSchema,
    outages: z.array(outageSchema).max(1000).default([]),
    /** How far the clients' clocks run ahead of the servers' (negative: behind). */
    clockSkewSeconds: z.number().min(-DAY).max(DAY).default(0),
    /** Each client's skew is clockSkewSeconds plus a uniform draw in ±this. */
    clockSkewJitterSeconds: nonNegative.max(DAY).default(0),
    /** The SDK's automatic reconnection after a network outage (exponential backoff). */
    reconnect: z
      .strictObject({
        initialDelayMs: nonNegative.max(3_600_000).default(1000),
        maxDelayMs: nonNegative.max(3_600_000).default(32_000),
        multiplier: z.number().min(1).max(10).default(2),
      })
      .prefault({}),
    /** Whether the app logs in again (with a fresh token) after a token-caused disconnection. */
    relogin: z
      .strictObject({ enabled: z.boolean().default(false), delaySeconds: nonNegative.max(DAY).default(5) })
      .prefault({}),
    express: z.strictObject({ onExpiry: z.enum(EXPRESS_EXPIRY_BEHAVIOURS).default('refuse-next') }).prefault({}),
    zego: z.strictObject({ layout: z.enum(['gcm', 'cbc']).default('gcm') }).prefault({}),
    /** Agora RTC: the join privilege's lifetime when shorter than the token's (the user is kicked when it ends). */
    agora: z.strictObject({ joinPrivilegeSeconds: z.number().int().min(1).max(365 * DAY).optional() }).optional(),
    /** Tencent TRTC: the UserSig carries a PrivateMapKey (room privileges) that ends this long after it is made. */
    tencent: z.strictObject({ privateMapKeySeconds: z.number().int().min(1).max(365 * DAY).optional() }).optional(),
    assumptions: assumptionsSchema,
    /** The run stops (summary.truncated) after this many events: a renewal storm is finite. */
    maxEvents: z.number().int().min(1).max(50_000_000).default(DEFAULT_MAX_EVENTS),
  })
  .superRefine((s, ctx) => {
    const r = s.renewal;
    if (r.latencyMs !== undefined && r.latency !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['renewal', 'latency'], message: 'cannot be combined with renewal.latencyMs (give one of them)' });
    }
    if (r.latency?.kind === 'uniform' && r.latency.maxMs < r.latency.minMs) {
      ctx.addIssue({ code: 'custom', path: ['renewal', 'latency', 'maxMs'], message: 'must be ≥ renewal.latency.minMs' });
    }
    const f = r.faults;
    if (f.expired + f.otherUser + f.otherApp + f.otherSecret + f.noPublishPrivilege > 1) {
      ctx.addIssue({ code: 'custom', path: ['renewal', 'faults'], message: 'must add up to at most 1' });
    }
    if (f.noPublishPrivilege > 0 && defaultRegistry.platform(s.platform)?.rules.roomPrivileges !== true) {
      ctx.addIssue({ code: 'custom', path: ['renewal', 'faults', 'noPublishPrivilege'], message: 'applies to the express platform only' });
    }
    const rules = defaultRegistry.platform(s.platform)?.rules;
    for (const id of Object.keys(s.assumptions.switches ?? {})) {
      if (rules?.assumptions.some((a) => a.id === id && a.toggles !== undefined) !== true) {
        const known = rules?.assumptions.filter((a) => a.toggles !== undefined).map((a) => a.id) ?? [];
        ctx.addIssue({ code: 'custom', path: ['assumptions', 'switches', id], message: `is not a switchable assumption of ${s.platform}${known.length > 0 ? ` (known: ${known.join(', ')})` : ''}`, params: known.length > 0 ? { textKey: 'notSwitchableKnown', platform: s.platform, known: known.join(', ') } : { textKey: 'notSwitchable', platform: s.platform } });
      }
    }
    // A setting of one platform's group (`agora.*`) applies only where that platform offers it.
    for (const [group, settings] of Object.entries(platformGroups(s))) {
      for (const [key, value] of Object.entries(settings ?? {})) {
        if (value === undefined || rules?.scenarioOptions?.some((o) => o.path[0] === group && o.path[1] === key) === true) continue;
        ctx.addIssue({ code: 'custom', path: [group, key], message: `does not apply to ${s.platform}`, params: { textKey: 'notForPlatform', platform: s.platform } });
      }
    }
  });

/** A scenario as written (fields with defaults may be left out). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** A validated scenario with every default filled in. */
export type Scenario = z.output<typeof scenarioSchema>;

/** The scenario without the settings its platform does not offer (another platform's switches, `agora.*` elsewhere), for a form whose platform changed. */
export function withoutOtherPlatformSettings(input: ScenarioInput): ScenarioInput {
  const rules = defaultRegistry.platform(String(input.platform))?.rules;
  const own = new Set(rules?.assumptions.filter((a) => a.toggles !== undefined).map((a) => a.id) ?? []);
  const out: ScenarioInput = { ...input };
  const switches = input.assumptions?.switches;
  if (switches !== undefined) {
    const kept = Object.fromEntries(Object.entries(switches).filter(([id]) => own.has(id)));
    out.assumptions = { ...input.assumptions, switches: kept };
    if (Object.keys(kept).length === 0) delete out.assumptions.switches;
  }
  for (const [group, settings] of Object.entries(platformGroups(input))) {
    if (settings !== undefined && rules?.scenarioOptions?.some((o) => o.path[0] === group) !== true) delete out[group as keyof typeof out];
  }
  return out;
}

/** The scenario's groups that only some platforms read (their `scenarioOptions` paths start with the group). */
function platformGroups(s: ScenarioInput): Record<string, object | undefined> {
  return { agora: s.agora, tencent: s.tencent };
}
