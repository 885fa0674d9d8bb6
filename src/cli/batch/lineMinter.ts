/**
 * One `generate --batch` request line → its JSON record (the token, or the typed error). The
 * same code mints on the main thread and in the generate workers, so a line reads the same
 * whichever thread minted it.
 */
import { nodeCryptoPort } from '../../main/crypto/nodeCryptoPort';
import type { RandomBytes } from '../../shared/crypto/cryptoPort';
import { PreparedKeys } from '../../shared/crypto/preparedKeys';
import { isTokenLabError, type TokenLabErrorCode } from '../../shared/errors';
import type { TokenFamily } from '../../shared/families/family';
import type { FamilyRegistry } from '../../shared/families/registry';
import { describeZodError } from '../../shared/ipc/describeZodError';
import { batchMessages as M } from '../commands/generateMessages';
import { jsonText } from '../untrustedText';

const TOKEN_SAFE = /^[A-Za-z0-9+/=._-]*$/;

/**
 * What a refused line's `code` says, for scripts that switch on it: the family's own code
 * (ZEGO's validation codes, a missing profile…) or one of the batch's.
 */
export type BatchErrorCode =
  | TokenLabErrorCode
  | 'NOT_JSON'
  | 'UNKNOWN_FAMILY'
  | 'NO_FAMILY'
  | 'NO_SECRET'
  | 'CREDENTIALS_INVALID'
  | 'REQUEST_INVALID'
  | 'CONTRADICTS_PROFILE';

/** A line's refusal: the message the person reads and the code a script reads. */
class LineError extends Error {
  constructor(
    readonly code: BatchErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The error's record; a family's error number (ZEGO's 1, 3, 5, 6) rides along as `vendorCode`. */
function errorRecord(line: number, error: unknown): string {
  if (error instanceof LineError) return jsonText({ line, error: error.message, code: error.code });
  if (isTokenLabError(error)) {
    return jsonText({ line, error: error.message, code: error.code, ...(error.vendorCode !== undefined ? { vendorCode: error.vendorCode } : {}) });
  }
  // Only our own messages: anything else thrown here is an Error of ours or a programming slip.
  return jsonText({ line, error: error instanceof Error ? error.message : 'cannot mint', code: 'INTERNAL' });
}

type Parsed<T> = { success: true; data: T } | { success: false; error: import('zod').ZodError };

function parsedOrThrow<T>(result: Parsed<T>, code: BatchErrorCode): T {
  if (!result.success) throw new LineError(code, describeZodError(result.error, 2));
  return result.data;
}

/** The family, identifiers and secret a line is minted with (the run's defaults or a profile's). */
export interface Keyed {
  family: TokenFamily | null;
  credentials: Readonly<Record<string, unknown>>;
  secret: string;
}

/** A line's record and whether it holds a token. */
export interface LineRecord {
  text: string;
  ok: boolean;
}

/** Said by a worker's `keyedOf` for a line naming a profile: only the main thread can open the keychain. */
export const ON_MAIN_THREAD = 'on-main-thread';

export type KeyedOf = (profile: string | undefined) => Keyed | null | Promise<Keyed | null> | typeof ON_MAIN_THREAD;

export interface LineMinter {
  /**
   * The record of one non-blank line. `keyedOf` answers the line's `profile` (or the run's
   * defaults when it names none); it is awaited only for a line that names one. null when
   * `keyedOf` said ON_MAIN_THREAD (nothing was minted: the main thread does that line).
   */
  record(line: number, text: string, keyedOf: KeyedOf): LineRecord | Promise<LineRecord> | null;
}

export interface LineMinterDeps {
  registry: FamilyRegistry;
  /** --profile NAME, for the message of a line whose family is not the profile's. */
  profileName: string | undefined;
  nowMs: number;
  randomBytes: RandomBytes;
}

export function createLineMinter({ registry, profileName, nowMs, randomBytes }: LineMinterDeps): LineMinter {
  const familyNamed = (name: unknown): TokenFamily => {
    const family = typeof name === 'string' ? registry.byCliName(name) : undefined;
    if (!family) throw new LineError('UNKNOWN_FAMILY', M.unknownFamily(String(name), registry.families.map((f) => f.cliNames[0] ?? f.id).join(', ')));
    return family;
  };

  // One PreparedKeys for the run: each profile's keys (HMAC, AES-CBC) are prepared once, not per token.
  const prepared = new PreparedKeys();
  // Bulk requests mostly repeat one app's identifiers: the last parse is reused while they do.
  let last: { family: TokenFamily; keyed: Keyed; values: Record<string, unknown>; credentials: unknown } | null = null;
  const sameAsLast = (family: TokenFamily, keyed: Keyed, values: Record<string, unknown>): unknown => {
    if (!last || last.family !== family || last.keyed !== keyed) return undefined;
    const keys = Object.keys(values);
    if (keys.length !== Object.keys(last.values).length) return undefined;
    for (const key of keys) if (values[key] !== last.values[key]) return undefined;
    return last.credentials;
  };
  const remember = (family: TokenFamily, keyed: Keyed, values: Record<string, unknown>, credentials: unknown): unknown => {
    last = { family, keyed, values, credentials };
    return credentials;
  };

  const parseRequest = (text: string): Record<string, unknown> => {
    let request: unknown;
    try {
      request = JSON.parse(text);
    } catch {
      throw new LineError('NOT_JSON', M.notJson);
    }
    if (typeof request !== 'object' || request === null || Array.isArray(request)) throw new LineError('NOT_JSON', M.notJson);
    return request as Record<string, unknown>;
  };

  const mint = (fields: Record<string, unknown>, keyed: Keyed | null): string => {
    if (!keyed) throw new LineError('NO_SECRET', M.noSecret);
    const family = fields['family'] !== undefined ? familyNamed(fields['family']) : keyed.family;
    if (!family) throw new LineError('NO_FAMILY', M.noFamily);
    if (keyed.family && keyed.family.id !== family.id) throw registry.wrongFamily(String(fields['profile'] ?? profileName), keyed.family.id, family.id);
    const credentialValues: Record<string, unknown> = { ...keyed.credentials };
    for (const field of family.profile.identifiers) {
      const given = fields[field.key];
      if (given === undefined) continue;
      const stored = keyed.credentials[field.key];
      if (stored !== undefined && String(stored) !== String(given)) throw new LineError('CONTRADICTS_PROFILE', `${field.key} ${String(given)} contradicts the profile's (${String(stored)})`);
      credentialValues[field.key] = given;
    }
    const credentials =
      sameAsLast(family, keyed, credentialValues) ??
      remember(family, keyed, credentialValues, parsedOrThrow(family.profile.credentialsSchema.safeParse(credentialValues) as Parsed<unknown>, 'CREDENTIALS_INVALID'));
    const requestValues: Record<string, unknown> = {};
    for (const field of family.generator.fields) if (fields[field.key] !== undefined) requestValues[field.key] = fields[field.key];
    const parsed = parsedOrThrow(family.generator.requestSchema.safeParse(requestValues) as Parsed<unknown>, 'REQUEST_INVALID');
    return family.generator.mint(parsed, { credentials, secret: keyed.secret, nowMs, randomBytes, crypto: nodeCryptoPort, prepared });
  };

  const tokenRecord = (line: number, token: string): LineRecord => ({
    // Tokens are base64 / base64url / JWT text: nothing to escape, so the line is written directly.
    text: TOKEN_SAFE.test(token) ? `{"line":${line},"token":"${token}"}` : jsonText({ line, token }),
    ok: true,
  });
  const refused = (line: number, error: unknown): LineRecord => ({ text: errorRecord(line, error), ok: false });

  return {
    record(line, text, keyedOf) {
      let fields: Record<string, unknown>;
      let keyed: ReturnType<KeyedOf>;
      try {
        fields = parseRequest(text);
        keyed = keyedOf(typeof fields['profile'] === 'string' ? fields['profile'] : undefined);
      } catch (error) {
        return refused(line, error);
      }
      if (keyed === ON_MAIN_THREAD) return null;
      const finish = (k: Keyed | null): LineRecord => {
        try {
          return tokenRecord(line, mint(fields, k));
        } catch (error) {
          return refused(line, error);
        }
      };
      return keyed instanceof Promise ? keyed.then(finish, (error: unknown) => refused(line, error)) : finish(keyed);
    },
  };
}
