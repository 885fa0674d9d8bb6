/**
 * A token family: everything every part of TokenLab needs to know about one kind of token.
 *
 * One folder per family (`src/shared/families/<id>/`), one line in `registry.ts`. The
 * inspector, batch table, generator and profile forms, board, simulator, IPC and CLI iterate
 * the registry; no code outside a family's folder compares family ids. Everything here is
 * pure: `now`, randomness, secrets and crypto are arguments.
 */
import type { z } from 'zod';
import type { CryptoPort, RandomBytes } from '../crypto/cryptoPort';
import type { PreparedKeys } from '../crypto/preparedKeys';
import type { TokenLabErrorCode } from '../errors';
import type { Inspection } from '../tokens/types';
import type { DetectionReads } from './support/detectionReads';

/**
 * The expected values a user may give when verifying, by meaning. Each family says which it
 * understands (`verifyInputs`) and what each one means for it: `appId` is ZEGO's appId, the
 * CommsEase AppKey, Agora's App ID, Tencent's SDKAppID, LiveKit's API key, Twilio's API key SID.
 */
export const EXPECT_KEYS = ['appId', 'userId', 'channel', 'uid', 'accountSid'] as const;
export type ExpectKey = (typeof EXPECT_KEYS)[number];
export type Expectations = Partial<Record<ExpectKey, string>>;

/** What one inspection is given. Missing inputs lower the verdict to `unverified`. */
export interface FamilyVerifyOptions {
  /** Epoch seconds. Always explicit: families have no clock. */
  now: number;
  /** Tolerated clock difference for `not_yet_valid`; default DEFAULT_SKEW_SECONDS. */
  skewSeconds?: number;
  /** The family's secret (ServerSecret, AppSecret, App Certificate, HMAC key …). */
  secret?: string;
  expect?: Expectations;
  /** 'verdict' skips the byte map and informational diagnoses (batch); default 'full'. */
  detail?: 'full' | 'verdict';
  /** Keys prepared once by a caller that verifies many tokens (a batch creates one for the run): same verdicts (see ../crypto/preparedKeys.ts). */
  prepared?: PreparedKeys;
}

/** One input of a form and the CLI: the generator's request fields, a profile's identifiers. */
export interface FieldSpec {
  /** Key in the request / credentials object; also the zod issue path for field-level errors. */
  key: string;
  label: string;
  kind: 'text' | 'integer' | 'duration' | 'select' | 'multiselect' | 'boolean' | 'json';
  /** `select` / `multiselect` choices. */
  options?: readonly { value: string; label: string }[];
  required: boolean;
  /** The CLI flag, e.g. '--app-id'; aliases kept for compatibility (e.g. CommsEase '--app-key'). */
  cliFlag: string;
  cliAliases?: readonly string[];
  help?: string;
  /** A real default value (not a placeholder), as the form shows it. */
  defaultValue?: string | number | boolean | readonly string[];
  /** The whole message (CLI words) when the value as typed cannot be right, e.g. a bad appId; null when it may be. */
  check?(raw: string): string | null;
  /** What words `check`'s message in the catalogue: `validation.message.<checkKey>`, given `raw`. */
  checkKey?: string;
}

/** An expected value the inspector and `tokenlab verify` may ask for. */
export interface VerifyInputSpec {
  key: ExpectKey;
  label: string;
  cliFlag: string;
  cliAliases?: readonly string[];
  /** Needed for a signature check at all (Agora 006: channel and uid; CommsEase: accid). */
  requiredToVerify?: boolean;
  help?: string;
  /** The whole message (CLI words) when the value as typed cannot be right (ZEGO: appId 0); null when it may be. */
  check?(raw: string): string | null;
  /** What words `check`'s message in the catalogue: `validation.message.<checkKey>`, given `raw`. */
  checkKey?: string;
}

/** A refused secret may carry the vendor's own error number (ZEGO: 5), as the official generators do. */
export type SecretCheck =
  | { ok: true; secret: string; warning?: string; /** What words `warning` in main's catalogue (`main.secretWarning.<warningKey>`). */ warningKey?: SecretWarningKey; warningParams?: Readonly<Record<string, string | number>> }
  | { ok: false; message: string; code?: TokenLabErrorCode; vendorCode?: number; /** What words `message` in main's catalogue (`main.error.<textKey>`), so a Chinese page reads it in Chinese. */ textKey?: SecretProblemKey; textParams?: Readonly<Record<string, string | number>> };

/** The catalogue keys (`main.error.*`) of the secret checks' messages; main's catalogue has each (a compile-time check in profileVault). */
export type SecretProblemKey = 'secretEmpty' | 'secretNul' | 'secretControl' | 'secretWhitespace' | 'zegoSecretLength' | 'agoraCertificate' | 'agoraCertificateNotHex' | 'jwtKeyNotBase64url' | 'jwtKeyEmpty' | 'tencentSecretEmpty' | 'twilioSecretEmpty' | 'livekitSecretEmpty';

/** The catalogue keys (`main.secretWarning.*`) of an accepted secret's warning. */
export type SecretWarningKey = 'jwtKeyShort' | 'livekitSecretShort' | 'tencentSecretLength';

/** What a profile of this family holds: public identifiers (in profiles.json) and one secret (keychain). */
export interface ProfileSpec<Credentials> {
  /** The identifiers' form fields and CLI flags (`tokenlab profile add --app-id …`). */
  identifiers: readonly FieldSpec[];
  /** Validates identifiers typed by a user or read from disk / an import. */
  credentialsSchema: z.ZodType<Credentials>;
  secretLabel: string;
  /** Trims and checks a secret as typed (length, alphabet); never echoes it in the message. */
  checkSecret(raw: string): SecretCheck;
  /** What verifying with this profile checks the token against. */
  expectFrom(credentials: Credentials): Expectations;
  /** One line for lists: "appId 123456", "App ID 970C…1b33". */
  describe(credentials: Credentials): string;
  /** The profile may keep per-user static tokens in the keychain too (CommsEase). */
  holdsStaticTokens?: boolean;
}

/** Everything minting needs besides the request: the credentials, the secret, time and randomness. */
export interface MintContext<Credentials> {
  credentials: Credentials;
  secret: string;
  /** Epoch milliseconds (families that count seconds floor it). */
  nowMs: number;
  randomBytes: RandomBytes;
  crypto: CryptoPort;
  /** Keys prepared once by a caller that mints many tokens (a bulk mint creates one for the run): same tokens (see ../crypto/preparedKeys.ts). */
  prepared?: PreparedKeys;
}

export interface GeneratorSpec<Credentials, Request> {
  /** Form fields and CLI flags of a generate request (without the credentials). */
  fields: readonly FieldSpec[];
  /** Field-level errors: each zod issue's path[0] is a FieldSpec key. */
  requestSchema: z.ZodType<Request>;
  mint(request: Request, context: MintContext<Credentials>): string;
  /** What the freshly minted token is verified against (so `generate` reports `valid`). */
  expectFor(request: Request, credentials: Credentials): Expectations;
  /** One line for the CLI's stderr after minting: "ZEGO Token04 (GCM) for app 1, user "u"; expires …". */
  summarize?(request: Request, credentials: Credentials, inspection: Inspection, nowSeconds: number): string;
}

/** A named, ready-filled generate request (the generator's presets; `simulate --preset`). */
export interface Preset<Request> {
  id: string;
  label: string;
  request: Request;
}

/** A scenario setting only some platforms read, as the simulator's form shows it. */
export interface ScenarioOption {
  /** Where it sits in a scenario file, e.g. ['zego', 'layout']. */
  path: readonly string[];
  label: string;
  choices: readonly string[];
  /** On-screen words per choice; the choice itself when absent. */
  choiceLabels?: Readonly<Record<string, string>>;
  /** 'number': a number field (choices empty), left empty for "none" (Agora's join privilege). Default 'select'. */
  kind?: 'select' | 'number';
}

/** The codes an SDK reports for a refused token, where a renewal or a reconnect differs from login; null where undocumented. */
export interface RefusalCodes {
  tokenExpired: number | null;
  otherApp: number | null;
  otherUser: number | null;
  otherSecret: number | null;
}

/**
 * Which engine rule an undocumented behaviour switches (`scenario.assumptions.switches[id]`):
 * `warning` the "will expire" callback fires at all (its lead is assumed); `warnAtOnce` it fires
 * at once when under the lead remains as a token arrives; `dropAtExpiry` expiry ends a live
 * session; `warnBySession` the warning counts from the session's end (Agora's join privilege)
 * rather than the token's expiry; `renewWhileReconnecting` the app answers `expiredCallback` raised
 * while reconnecting with a new token and the reconnection goes on (Agora RTM 1.x);
 * `dropAtPrivilegeEnd` the end of a privilege inside the token ends the session (TRTC's PrivateMapKey).
 */
export type AssumptionToggle = 'warning' | 'warnAtOnce' | 'dropAtExpiry' | 'warnBySession' | 'renewWhileReconnecting' | 'dropAtPrivilegeEnd';

/**
 * One SDK's behaviour over a token's life (../shared/docs/sdk-lifecycle.md), as data the
 * simulator and the live countdown read. Undocumented behaviour is listed in `assumptions`.
 */
export interface PlatformRules {
  id: string;
  label: string;
  /** "Will expire" lead; null when the SDK raises no such callback. */
  willExpireLeadMs: number | null;
  /** Whether it fires at once when less than the lead remains as a token arrives. */
  warnsAtOnceUnderLead: boolean;
  /** What expiry does to a live session. */
  atExpiry: 'disconnect' | 'kick' | 'refuse-next-publish-play' | 'none';
  /** Codes the SDK reports; null where it has none for that situation. */
  codes: {
    /** null: the SDK refuses, but its number for the case is not documented. */
    tokenExpired: number | null;
    otherApp: number | null;
    otherUser: number | null;
    otherSecret: number | null;
    noPublishPrivilege: number | null;
    renewWhenLoggedOut: number | null;
    expiryKick: number | null;
  };
  /** false: the platform's tokens are not minted (CommsEase static tokens), so no profile applies. Default true. */
  mintsTokens?: boolean;
  /**
   * The simulator offers this platform (its engine mints the family's tokens and models the
   * SDK). Default false, so registering a family does not put an unmodelled platform in the list.
   */
  simulated?: boolean;
  /** The SDK's short name in the simulator's texts ("ZIM", "Express"); default `label`. */
  sdkName?: string;
  /** The name of the SDK's "will expire" callback, for platforms that raise one. */
  willExpireCallback?: string;
  /** Tokens that never expire and are never refreshed (CommsEase static): TTL and renewal do not apply. */
  staticToken?: boolean;
  /** Without a "will expire" callback, the SDK asks the app's token provider before each reconnect (CommsEase dynamic). */
  providerAsksBeforeReconnect?: boolean;
  /** Tokens carry a room privilege payload (login / publish), so "no publish privilege" is a possible fault (Express). */
  roomPrivileges?: boolean;
  /** What the user may choose the SDK does at expiry, when versions differ (Express: refuse-next or kick). */
  expiryChoices?: readonly ('refuse-next' | 'kick')[];
  /** Scenario settings the simulator's form offers for this platform only, in order. */
  scenarioOptions?: readonly ScenarioOption[];
  /**
   * How the app's new token reaches the SDK: 'renew-call' checked at once (renewToken, updateToken);
   * 'held' kept for the next connect (CommsEase); 'none' the SDK takes no new token during a
   * session, only a new connect does (LiveKit, Twilio Video, TRTC). Default: 'renew-call' when
   * the SDK warns, else 'held'.
   */
  renewal?: 'renew-call' | 'held' | 'none';
  /** The callback the SDK raises at expiry (Agora onRequestToken, Tencent IM onUserSigExpired). */
  expiredCallback?: string;
  /** Codes a renewal call reports, where they differ from login's (Agora onRenewTokenResult). */
  renewCodes?: RefusalCodes;
  /** Codes a refused reconnect reports, where they differ from login's (Agora connection-state reasons). */
  reconnectCodes?: RefusalCodes;
  /**
   * The SDK raises `expiredCallback` only while it is reconnecting, never while connected: when a
   * reconnection attempt is refused for an expired token (Agora RTM 1.x `onTokenExpired`). With
   * the `renewWhileReconnecting` switch on, the app's new token lets the reconnection go on.
   */
  expiredCallbackWhileReconnecting?: boolean;
  /**
   * A privilege inside the token that can end before the token does (TRTC's PrivateMapKey), when
   * its end is not the token's expiry: its name, what its end does to the session (subject to
   * the `dropAtPrivilegeEnd` switch) and the SDK call that renews it during a session. With
   * `renewCall` the app renews the privilege through it and times its own timer from the
   * privilege's end (Agora's join privilege has no such entry: its end is the token's rule).
   */
  privilegeEnd?: { name: string; atEnd: 'kick' | 'disconnect'; renewCall?: string };
  /** false: a reconnect does not check the token again (TRTC: only room entry does). Default true. */
  checksAtReconnect?: boolean;
  /** The server hands a connected client fresh tokens by itself (LiveKit: a 10-min token every 5 min). */
  serverRefresh?: { everyMs: number; validForMs: number };
  /**
   * Rules not documented by the vendor: shown as assumptions the user can switch. Entries with
   * `toggles` are generic switches (`scenario.assumptions.switches[id]`, default `defaultOn`).
   */
  assumptions: readonly { id: string; text: string; defaultOn: boolean; toggles?: AssumptionToggle; label?: string }[];
}

/** What the simulator asks a family for one token (ids, lifetimes, the platform's scenario settings). */
export interface SimTokenInput {
  platformId: string;
  userId: string;
  ttlSeconds: number;
  /** Agora: the join privilege's lifetime when it is shorter than the token's; else undefined. */
  joinPrivilegeSeconds?: number;
  /** TRTC: the PrivateMapKey's lifetime (scenario `tencent.privateMapKeySeconds`); else undefined. */
  privateMapKeySeconds?: number;
}

/** How the simulator mints a family's tokens through its generator (pure: randomness is the generator's). */
export interface SimulationSpec<Credentials, Request> {
  /** Throwaway credentials and two secrets of the right shape, from seeded hex (public: derived from the seed). */
  throwaway(hex: (length: number) => string): { credentials: Credentials; secret: string; otherSecret: string };
  /** The same credentials for another app (the otherApp fault). */
  otherApp(credentials: Credentials): Credentials;
  /** The generate request for one token, and when its session ends if before the token expires (seconds after creation). */
  request(input: SimTokenInput): { request: Request; sessionSeconds?: number };
}

export interface LifecycleSpec<Credentials = unknown, Request = unknown> {
  platforms: readonly PlatformRules[];
  /** Lets the simulator mint this family's tokens (families other than ZEGO and CommsEase). */
  simulation?: SimulationSpec<Credentials, Request>;
  /**
   * When a token's session on this platform ends before the token expires, read from its
   * inspection fields (Agora 007: the RTC join privilege); null when it does not.
   */
  sessionEndOf?(platformId: string, fields: Readonly<Record<string, unknown>>, expiresAt: number): number | null;
}

export interface TokenFamily<Credentials = unknown, Request = unknown> {
  /** Stable id; also `Inspection.format` and the profile's `family` on disk. */
  readonly id: string;
  readonly label: string;
  readonly vendor: string;
  /** Names on the CLI: `tokenlab generate <name>`, `profile add --provider <name>`. */
  readonly cliNames: readonly string[];
  /**
   * How sure the family is that trimmed pasted text is one of its tokens, without crypto:
   * 0 = not mine, 1 = certain (prefix and structure). The registry takes the highest; ties go
   * to registry order. `reads` (from the registry, one per detection) shares what another
   * family's detection already decoded of the same token; a family may ignore it, and with it
   * may answer 0 for a token a later family is certain of (LiveKit for a Twilio header), since
   * that cannot change which family wins.
   */
  detect(token: string, reads?: DetectionReads): number;
  /**
   * Optional: the most `detect` ever returns (a promise: never more). Once an earlier family is
   * at least this sure, the registry does not ask this one (ties go to the earlier family).
   */
  readonly maxConfidence?: number;
  /**
   * Optional: `detect`, plus what detecting read from the token (a UserSig's inflated JSON), which
   * the registry hands to `inspect` as `carried` in the same inspection, so one text is not
   * decoded twice. Same confidence as `detect`. Nothing is kept between inspections.
   */
  detectCarrying?(token: string, reads?: DetectionReads): { confidence: number; carried?: unknown };
  /**
   * Inspect a trimmed token this family detected. Never throws. `base` comes from the registry
   * with `token`, `trimmed` and the trimming diagnosis filled in; `carried` is what this
   * family's detectCarrying read from that same token, when the registry detected it so.
   */
  inspect(base: Inspection, options: FamilyVerifyOptions, crypto?: CryptoPort, carried?: unknown): Inspection;
  readonly verifyInputs: readonly VerifyInputSpec[];
  readonly profile: ProfileSpec<Credentials>;
  readonly generator: GeneratorSpec<Credentials, Request>;
  readonly lifecycle: LifecycleSpec<Credentials, Request>;
  readonly presets: readonly Preset<Request>[];
  /** How a notification names one of its tokens with no user id ("A ZEGO token"); default "A <label>". */
  readonly tokenName?: string;
  /**
   * What the board says of one of its tokens that names no user because the token cannot (an
   * Agora 006 token carries neither its uid nor its channel); English, worded per language under
   * `family.<id>.board.noUser`. Absent: the board shows the family's name alone.
   */
  readonly noUserNote?: string;
  /** The user a token is for: from its fields, or from what the user gave when the token does not carry it. */
  userOf?(inspection: Inspection, expect: Expectations): string | null;
  /** The room or channel a token is for (board rows, notifications), when it says so; null otherwise. */
  roomOf?(inspection: Inspection, expect: Expectations): string | null;
}
