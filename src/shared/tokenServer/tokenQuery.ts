/**
 * The query string of `GET /token`, step 1: the common parameters (family, profile, user,
 * ttl) split from the family's own, which familyQuery.ts checks against the family's fields.
 * Pure, so the fuzz test can hammer it.
 *
 * Anything unknown or repeated is refused naming the parameter — an app that sends `uid=`
 * where the family wants `user=` must hear so, not get a token for an empty user.
 */

export const COMMON_PARAMETERS = ['family', 'profile', 'user', 'ttl'] as const;
export const MAX_QUERY_PARAMETERS = 32;
const MAX_VALUE_LENGTH = 2048;

export interface TokenQuery {
  family: string | null;
  /** '' when absent: a run serving exactly one profile takes it as the default. */
  profile: string;
  user: string;
  /** Seconds asked for; null = the server's default. */
  ttlSeconds: number | null;
  /** The family's own parameters (room, privilege …), not yet checked against its fields. */
  params: Record<string, string>;
}

export type QueryErrorCode = 'unknown_parameter' | 'repeated_parameter' | 'missing_parameter' | 'bad_parameter' | 'too_many_parameters';

export interface QueryError {
  code: QueryErrorCode;
  message: string;
  parameters: string[];
}

export type QueryResult = { ok: true; query: TokenQuery } | { ok: false; error: QueryError };

const fail = (code: QueryErrorCode, message: string, parameters: string[]): QueryResult => ({ ok: false, error: { code, message, parameters } });
const isCommon = (name: string): boolean => (COMMON_PARAMETERS as readonly string[]).includes(name);

/** For a printable parameter name in a message: bounded and without control characters. */
export function printableName(name: string): string {
  const clean = name.replace(/[\p{Cc}\p{Cf}]/gu, '?');
  return clean.length > 64 ? `${clean.slice(0, 64)}…` : clean;
}

/** Step 1: split the common parameters from the family's; refuse repeats and bad values. */
export function parseTokenQuery(pairs: ReadonlyArray<readonly [string, string]>): QueryResult {
  if (pairs.length > MAX_QUERY_PARAMETERS) return fail('too_many_parameters', `at most ${MAX_QUERY_PARAMETERS} query parameters`, []);
  const seen = new Map<string, string>();
  for (const [name, value] of pairs) {
    if (seen.has(name)) return fail('repeated_parameter', `parameter "${printableName(name)}" is given more than once`, [printableName(name)]);
    if (value.length > MAX_VALUE_LENGTH) return fail('bad_parameter', `parameter "${printableName(name)}" is longer than ${MAX_VALUE_LENGTH} characters`, [printableName(name)]);
    seen.set(name, value);
  }
  const profile = seen.get('profile') ?? '';
  if (seen.has('profile') && profile.trim() === '') return fail('bad_parameter', 'parameter "profile" must be a profile name', ['profile']);
  const family = seen.get('family');
  if (family !== undefined && !/^[a-z0-9-]{1,32}$/.test(family)) return fail('bad_parameter', 'parameter "family" must be a family id such as zego', ['family']);
  const user = seen.get('user');
  if (user !== undefined && (user === '' || user.length > 128)) return fail('bad_parameter', 'parameter "user" must be 1–128 characters', ['user']);
  let ttlSeconds: number | null = null;
  const ttl = seen.get('ttl');
  if (ttl !== undefined) {
    if (!/^\d{1,10}$/.test(ttl) || Number(ttl) < 1) return fail('bad_parameter', 'parameter "ttl" must be a whole number of seconds ≥ 1', ['ttl']);
    ttlSeconds = Number(ttl);
  }
  const params: Record<string, string> = {};
  for (const [name, value] of seen) if (!isCommon(name)) params[name] = value;
  return { ok: true, query: { family: family ?? null, profile: profile.trim(), user: user ?? '', ttlSeconds, params } };
}
