/**
 * A family's token request from a query string, read from the family's own data: every
 * generator FieldSpec is a query parameter under its key (`roomId`, `channel`, `identity` …)
 * and under its CLI flag and aliases without the dashes (`room`, `privilege`, `video-room` …),
 * so an app can ask in the vendor's words or the CLI's. Values are typed by the field's kind;
 * the family's zod schema checks the rest, and its field-level errors name the parameter.
 *
 * Two common names map onto fields: `ttl` onto the family's lifetime (its first duration
 * field) and `user` onto its user field (below). Pure: no family name is compared here.
 */
import type { FieldSpec, TokenFamily } from '../families/family';
import { printableName, type QueryError, type TokenQuery } from './tokenQuery';

export interface FamilyQuery {
  family: TokenFamily;
  /** Accepted parameter name → the field it fills. */
  names: ReadonlyMap<string, FieldSpec>;
  /** The field `user=` fills (and the "other user" fault changes); null: the family has none. */
  userField: FieldSpec | null;
  /** The field `ttl=` fills (and the TTL ceiling and override act on); null: no lifetime. */
  ttlField: FieldSpec | null;
}

/** Longer than a query value usually is: a `json` field carries a small object. */
const MAX_JSON_VALUE = 2048;

const bare = (flag: string): string => flag.replace(/^--/, '');

/**
 * The user field, by the CLI's conventions (the families' data): the field behind the
 * family's "user" verify input flag (CommsEase: --accid), else the one on --user-id, else
 * the string account on --account (Agora, whose numeric --uid stays a parameter of its own).
 */
function userFieldOf(family: TokenFamily): FieldSpec | null {
  const verifyFlag = family.verifyInputs.find((v) => v.key === 'userId')?.cliFlag;
  const flags = [verifyFlag, '--user-id', '--account'].filter((f): f is string => f !== undefined);
  for (const flag of flags) {
    const found = family.generator.fields.find((f) => f.cliFlag === flag || (f.cliAliases ?? []).includes(flag));
    if (found) return found;
  }
  return null;
}

export function familyQueryOf(family: TokenFamily): FamilyQuery {
  const names = new Map<string, FieldSpec>();
  for (const field of family.generator.fields) {
    for (const name of [field.key, bare(field.cliFlag), ...(field.cliAliases ?? []).map(bare)]) {
      if (!names.has(name)) names.set(name, field);
    }
  }
  return { family, names, userField: userFieldOf(family), ttlField: family.generator.fields.find((f) => f.kind === 'duration') ?? null };
}

/** Every name a field may be given under, for messages ("accepted: …"). */
export function acceptedNames(fq: FamilyQuery): string[] {
  return [...new Set(['profile', 'family', ...(fq.userField ? ['user'] : []), ...(fq.ttlField ? ['ttl'] : []), ...fq.names.keys()])];
}

export interface FamilyRequest {
  /** The family's request, typed by kind but not yet checked by its schema. */
  request: Record<string, unknown>;
  /** Which parameter each field came from, so a schema error names what the app sent. */
  parameterOf: ReadonlyMap<string, string>;
}

export type FamilyRequestResult = { ok: true; value: FamilyRequest } | { ok: false; error: QueryError };

const fail = (code: QueryError['code'], message: string, parameters: string[]): FamilyRequestResult => ({ ok: false, error: { code, message, parameters } });

/** One value typed by its field's kind, or the problem in words. */
function typed(field: FieldSpec, raw: string): { value: unknown } | { problem: string } {
  switch (field.kind) {
    case 'integer':
    case 'duration':
      return /^-?\d{1,15}$/.test(raw) ? { value: Number(raw) } : { problem: field.kind === 'duration' ? 'must be a whole number of seconds' : 'must be a whole number' };
    case 'boolean':
      if (['true', '1', 'yes'].includes(raw)) return { value: true };
      if (['false', '0', 'no'].includes(raw)) return { value: false };
      return { problem: 'must be true or false' };
    case 'multiselect':
      return { value: raw.split(',').map((s) => s.trim()).filter((s) => s !== '') };
    case 'json':
      if (raw.length > MAX_JSON_VALUE) return { problem: `takes at most ${MAX_JSON_VALUE} characters of JSON` };
      try {
        return { value: JSON.parse(raw) as unknown };
      } catch {
        return { problem: 'must be JSON, e.g. {"role":"admin"}' };
      }
    default:
      return { value: raw };
  }
}

/**
 * The family's request from a parsed query: unknown names refused together, a field given
 * twice under two names refused, values typed by kind. `ttlSeconds` is the lifetime the
 * server decided (asked, clamped or overridden); the caller passes it in.
 */
export function familyRequestFromQuery(fq: FamilyQuery, query: TokenQuery, ttlSeconds: number | null): FamilyRequestResult {
  const unknown = Object.keys(query.params).filter((name) => !fq.names.has(name));
  if (query.user !== '' && fq.userField === null) unknown.unshift('user');
  if (query.ttlSeconds !== null && fq.ttlField === null) unknown.unshift('ttl');
  if (unknown.length > 0) {
    const names = unknown.map(printableName);
    return fail('unknown_parameter', `unknown parameter${names.length > 1 ? 's' : ''} ${names.map((n) => `"${n}"`).join(', ')} for ${fq.family.label} (accepted: ${acceptedNames(fq).join(', ')})`, names);
  }
  const request: Record<string, unknown> = {};
  const parameterOf = new Map<string, string>();
  const put = (field: FieldSpec, name: string, value: unknown): FamilyRequestResult | null => {
    const earlier = parameterOf.get(field.key);
    if (earlier !== undefined && JSON.stringify(request[field.key]) !== JSON.stringify(value)) {
      return fail('bad_parameter', `parameters "${earlier}" and "${printableName(name)}" both give ${field.key}, with different values`, [earlier, printableName(name)]);
    }
    request[field.key] = value;
    parameterOf.set(field.key, earlier ?? printableName(name));
    return null;
  };
  if (query.user !== '' && fq.userField) {
    const value = typed(fq.userField, query.user);
    if ('problem' in value) return fail('bad_parameter', `parameter "user" ${value.problem}`, ['user']);
    put(fq.userField, 'user', value.value);
  }
  for (const [name, raw] of Object.entries(query.params)) {
    const field = fq.names.get(name)!;
    if (field === fq.ttlField) {
      // The lifetime goes through the server's ceiling and the TTL override like `ttl`.
      if (!/^\d{1,10}$/.test(raw) || Number(raw) < 1) return fail('bad_parameter', `parameter "${printableName(name)}" must be a whole number of seconds ≥ 1`, [printableName(name)]);
      if (query.ttlSeconds !== null && query.ttlSeconds !== Number(raw)) return fail('bad_parameter', `parameters "ttl" and "${printableName(name)}" both give the lifetime, with different values`, ['ttl', printableName(name)]);
      parameterOf.set(field.key, printableName(name));
      continue;
    }
    const value = typed(field, raw);
    if ('problem' in value) return fail('bad_parameter', `parameter "${printableName(name)}" ${value.problem}`, [printableName(name)]);
    const clash = put(field, name, value.value);
    if (clash) return clash;
  }
  if (fq.ttlField && ttlSeconds !== null) {
    request[fq.ttlField.key] = ttlSeconds;
    if (!parameterOf.has(fq.ttlField.key)) parameterOf.set(fq.ttlField.key, 'ttl');
  }
  return { ok: true, value: { request, parameterOf } };
}

/** The lifetime asked for under the ttl field's own names (`ttlSeconds=`), when `ttl=` was not used. */
export function askedTtl(fq: FamilyQuery, query: TokenQuery): number | null {
  if (query.ttlSeconds !== null) return query.ttlSeconds;
  if (!fq.ttlField) return null;
  for (const [name, raw] of Object.entries(query.params)) {
    if (fq.names.get(name) === fq.ttlField && /^\d{1,10}$/.test(raw) && Number(raw) >= 1) return Number(raw);
  }
  return null;
}

/** The parameter a schema issue's field key came from (the key itself when the app did not send it). */
export function parameterForField(fq: FamilyQuery, parameterOf: ReadonlyMap<string, string>, key: string): string {
  const sent = parameterOf.get(key);
  if (sent !== undefined) return sent;
  if (fq.userField?.key === key) return 'user';
  if (fq.ttlField?.key === key) return 'ttl';
  return key;
}

/** The request checked by the family's schema; the first issue is reported under the parameter the app sent. */
export function checkFamilyRequest(fq: FamilyQuery, value: FamilyRequest): { ok: true; request: unknown } | { ok: false; error: QueryError } {
  const parsed = fq.family.generator.requestSchema.safeParse(value.request);
  if (parsed.success) return { ok: true, request: value.request };
  const issue = parsed.error.issues[0];
  const key = typeof issue?.path[0] === 'string' ? issue.path[0] : null;
  if (key === null) return { ok: false, error: { code: 'bad_parameter', message: `the ${fq.family.label} request is invalid: ${issue?.message ?? 'unknown problem'}`, parameters: [] } };
  const name = parameterForField(fq, value.parameterOf, key);
  const missing = value.request[key] === undefined;
  return {
    ok: false,
    error: {
      code: missing ? 'missing_parameter' : 'bad_parameter',
      message: missing ? `parameter "${name}" is required for this ${fq.family.label} request (${issue?.message ?? 'missing'})` : `parameter "${name}": ${issue?.message ?? 'invalid'}`,
      parameters: [name],
    },
  };
}
