/**
 * The vocabulary every inspection speaks: formats, verdicts, byte segments and diagnoses.
 * Shared by the engine, the CLI (its --json output) and the renderer (its colouring).
 *
 * Times, one rule: every time the engine REPORTS (`Inspection.expiresAt`, `issuedAt`) is a
 * whole number of epoch seconds — never a fraction, whatever the clock or the token carries
 * (CommsEase `curTime` is milliseconds; it is rounded as each field says). A token's own fields
 * keep their native unit: ZEGO `ctime`/`expire` whole seconds, CommsEase `curTime` whole
 * milliseconds and `ttl` whole seconds. Times the engine is GIVEN (`VerifyOptions.now`) are
 * epoch seconds and may be fractional (the simulator's virtual clock).
 */

/** A registered family's id (src/shared/families/registry.ts), or 'unknown'. */
export type TokenFormat = string;
export type ZegoLayout = 'cbc' | 'gcm';

/** Exactly one per inspection; see ../shared/docs/token-formats.md "Verdicts". */
export type Verdict =
  | 'valid'
  | 'expired'
  | 'not_yet_valid'
  | 'app_id_mismatch'
  | 'user_id_mismatch'
  | 'wrong_secret_or_tampered'
  | 'malformed'
  | 'unverified';

export const VERDICTS: readonly Verdict[] = [
  'valid',
  'expired',
  'not_yet_valid',
  'app_id_mismatch',
  'user_id_mismatch',
  'wrong_secret_or_tampered',
  'malformed',
  'unverified',
];

/** The plaintext of a ZEGO Token04, with its own key names. */
export type ZegoFields = {
  app_id: number;
  user_id: string;
  nonce: number;
  ctime: number;
  expire: number;
  payload: string;
};

/** The readable JSON of a CommsEase dynamic token. */
export type CommsEaseFields = {
  signature: string;
  curTime: number;
  ttl: number;
};

/** What a ZEGO room-privilege payload allows, decoded from the payload string. */
export interface RoomPrivilege {
  roomId: string;
  canLogin: boolean;
  canPublish: boolean;
  /** null = any stream. */
  streamIds: string[] | null;
}

/**
 * One labelled region of a token, for jwt.io-style colouring.
 * `offset`/`length` count bytes of the decoded envelope (ZEGO binary, CommsEase JSON) — except
 * ZEGO's `version`, which is the two characters "04" in front of the base64;
 * `charStart`/`charEnd` are the matching half-open range in the trimmed token text.
 */
export interface Segment {
  name: SegmentName;
  label: string;
  offset: number;
  length: number;
  charStart: number;
  charEnd: number;
  /** A short printable rendering (number, hex, or JSON value). Never secret material. */
  value: string;
  /** What the label's catalogue text (family.<id>.segment.<name>.label) fills in, when the label varies by segment (Agora 007's "Service 2"). */
  labelParams?: Readonly<Record<string, string | number>>;
  /**
   * The value worded by the catalogue, in the reader's language: pieces (family.<id>.value.<key>,
   * each filling in its params) joined in order; in English they read exactly as `value`.
   */
  valueParts?: readonly ValuePart[];
}

/** One catalogue piece of a segment's value ("600 s (until …)" = secondsUntil {seconds, at}). */
export interface ValuePart {
  key: string;
  params?: Readonly<Record<string, string | number>>;
}

/** Segment names are declared by each family (ZEGO: version, expire, iv …; CommsEase: signature, curTime, ttl). */
export type SegmentName = string;

/** Codes are snake_case words; generic ones here, the rest declared by each family. */
export type DiagnosisCode = string;

export interface Diagnosis {
  code: DiagnosisCode;
  severity: 'info' | 'warning' | 'error';
  /** English, kept word for word for --json consumers; screens render `code` + `params` from the catalogue. */
  message: string;
  /** The values the catalogue's sentence for `code` needs (instants as epoch seconds named `at`). */
  params?: Readonly<Record<string, string | number>>;
}

export interface Inspection {
  /** The token after trimming copy-paste whitespace. */
  token: string;
  trimmed: boolean;
  format: TokenFormat;
  layout: ZegoLayout | null;
  verdict: Verdict;
  /** One human sentence explaining the verdict, in English (kept word for word for --json consumers). */
  reason: string;
  /**
   * The same sentence as a catalogue key (`reason.<code>` in src/shared/i18n/areas/reason.ts)
   * and its values, so the CLI and the screens word it in either language; absent where a
   * family has no code for it yet (then the English `reason` is shown). Instants are epoch
   * seconds named `at`, worded relative to the reader's `now`.
   */
  reasonCode?: string;
  reasonParams?: Readonly<Record<string, string | number>>;
  /** For `malformed`: the byte offset (in the decoded envelope, or the text for bad base64) where parsing stopped. */
  offset: number | null;
  /** What `offset` counts: characters of the trimmed token text, or bytes of the decoded envelope/JSON. */
  offsetIn: 'text' | 'envelope' | null;
  /** The family's readable fields, with the vendor's own key names (JSON-like values). */
  fields: Readonly<Record<string, unknown>> | null;
  /**
   * For a field whose value is the engine's English sentence (Tencent's `userbufParseError`):
   * what words it in the catalogue, by field name: `detailCode` (`reason.detail.<code>`) and its
   * params, `detail` the English. The field itself stays English (`--json`); `fieldText` words it.
   */
  fieldParams?: Readonly<Record<string, Readonly<Record<string, string | number>>>>;
  /**
   * When the token stops being valid: WHOLE epoch seconds, always an integer (it is stored in
   * history and checked as an integer there). ZEGO: the `expire` field as the token says it
   * (outer header, or the encrypted one once verified). CommsEase: `curTime + ttl·1000` ms
   * rounded UP to the next whole second — the first whole second at which the token is no
   * longer valid, so for a whole `now`, `valid` ⟺ `now < expiresAt`, as the verdict decides.
   * Readable without a secret. The exact milliseconds stay in `fields.curTime`.
   */
  expiresAt: number | null;
  /**
   * When the token was made, when known: WHOLE epoch seconds, always an integer. ZEGO: `ctime`
   * (needs the secret). CommsEase: `curTime` ms rounded DOWN — the second it was issued in.
   */
  issuedAt: number | null;
  /** ZEGO room privileges when the payload carries them. */
  privilege: RoomPrivilege | null;
  segments: Segment[];
  diagnoses: Diagnosis[];
}

/**
 * The options of the legacy `inspectToken` entry point (tests and benches use it): the same as
 * `FamilyVerifyOptions` with the expectations spelled the old way. New code passes
 * `FamilyVerifyOptions` to the registry.
 */
export interface VerifyOptions {
  /** Epoch seconds, whole or fractional. Always explicit: the engine has no clock. */
  now: number;
  /** Tolerated clock difference for `not_yet_valid`; default 300 s. */
  skewSeconds?: number;
  /** ZEGO ServerSecret or CommsEase AppSecret. */
  secret?: string;
  /** The ZEGO app the token must be for. */
  expectedAppId?: number;
  /** CommsEase inputs bound by the signature. */
  appKey?: string;
  accid?: string;
  /** 'verdict' skips the byte map and informational diagnoses (batch verification); default 'full'. */
  detail?: 'full' | 'verdict';
}

export const DEFAULT_SKEW_SECONDS = 300;
