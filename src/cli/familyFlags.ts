/**
 * A family's FieldSpecs as CLI options: `tokenlab generate <family>` and `profile add`
 * take exactly the flags the family declares (with their compatibility aliases), typed by
 * the field's kind, and report the family's field-level errors under the flag's name.
 */
import { translator, usageText } from './cliText';
import { zodIssueParams } from '../shared/ipc/describeZodError';
import type { z } from 'zod';
import type { FieldSpec, VerifyInputSpec } from '../shared/families/family';
import { optionValue, parseDuration, parseWholeNumber, usage, type OptionSpec, type ParsedArgs } from './args';

type Flagged = Pick<FieldSpec, 'key' | 'cliFlag' | 'cliAliases'>;

const bare = (flag: string): string => flag.replace(/^--/, '');

/** Every flag name (without "--") of these fields, aliases included. */
export function flagOptions(fields: readonly Flagged[]): Record<string, OptionSpec> {
  const out: Record<string, OptionSpec> = {};
  for (const f of fields) for (const flag of [f.cliFlag, ...(f.cliAliases ?? [])]) out[bare(flag)] = { value: true };
  return out;
}

/** The raw text given for a field (by its flag or an alias). */
export function flagText(args: ParsedArgs, field: Flagged): string | undefined {
  for (const flag of [field.cliFlag, ...(field.cliAliases ?? [])]) {
    const value = optionValue(args, bare(flag));
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The values given, typed by kind (integers as numbers, lists split on commas); absent fields are left out. */
export function readFlags(args: ParsedArgs, fields: readonly FieldSpec[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const raw = flagText(args, field);
    if (raw === undefined) continue;
    const problem = field.check?.(raw) ?? null;
    if (problem !== null) throw checkProblem(problem, field, raw);
    if (field.kind === 'duration') {
      const seconds = parseDuration(raw);
      if (seconds === undefined) throw usageText('args.duration', { flag: field.cliFlag, raw });
      out[field.key] = seconds;
    } else if (field.kind === 'integer') {
      const n = parseWholeNumber(raw);
      if (n === undefined) throw usageText('args.wholeNumber', { flag: field.cliFlag, raw });
      out[field.key] = n;
    } else if (field.kind === 'multiselect') {
      out[field.key] = raw.split(',').map((s) => s.trim()).filter((s) => s !== '');
    } else if (field.kind === 'json') {
      out[field.key] = parseJsonFlag(field.cliFlag, raw);
    } else if (field.kind === 'boolean') {
      out[field.key] = raw === 'true' || raw === '1' || raw === 'yes';
    } else out[field.key] = raw;
  }
  return out;
}

/** Bounded so a pasted file cannot make the parser work on megabytes. */
const MAX_JSON_FLAG = 64 * 1024;

/** A `json` field's text (`--claims '{"role":"admin"}'`): the parsed value, or a usage error naming the flag. */
function parseJsonFlag(flag: string, raw: string): unknown {
  if (raw.length > MAX_JSON_FLAG) throw usageText('args.jsonTooLong', { flag, max: MAX_JSON_FLAG });
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw usageText('args.mustBeJson', { flag });
  }
}

/** `required` fields missing from `values`, as a usage error naming the first flag. */
export function requireFlags(values: Readonly<Record<string, unknown>>, fields: readonly FieldSpec[]): void {
  const missing = fields.find((f) => f.required && values[f.key] === undefined);
  if (missing) throw usageText('args.required', { flag: missing.cliFlag });
}

/** Parses with the family's schema; the first issue is reported under its field's flag. */
export function parseFlags<T>(schema: z.ZodType<T>, values: unknown, fields: readonly Flagged[]): T {
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = fields.find((f) => f.key === issue?.path[0]);
  const flag = field ? field.cliFlag : String(issue?.path[0] ?? 'input');
  throw issue?.message ? usageText('args.fieldProblem', { flag, ...zodIssueParams(issue, 'problem') }) : usageText('args.fieldInvalid', { flag });
}

/** The expectations a user gave for one family's tokens (`--app-id`, `--accid` …), each checked. */
export function readExpectations(args: ParsedArgs, inputs: readonly VerifyInputSpec[]): Partial<Record<VerifyInputSpec['key'], string>> {
  const out: Partial<Record<VerifyInputSpec['key'], string>> = {};
  for (const input of inputs) {
    const raw = flagText(args, input);
    if (raw === undefined) continue;
    const problem = input.check?.(raw) ?? null;
    if (problem !== null) throw checkProblem(problem, input, raw);
    out[input.key] = raw;
  }
  return out;
}

/**
 * An identifier given on the command line that differs from the stored profile's is refused:
 * silently minting or verifying for another app with this profile's secret helps no one.
 */
export function refuseContradictions(
  profileName: string,
  stored: Readonly<Record<string, unknown>>,
  given: Readonly<Record<string, unknown>>,
  fields: readonly Pick<FieldSpec, 'key' | 'cliFlag'>[],
): void {
  for (const field of fields) {
    const mine = stored[field.key];
    const theirs = given[field.key];
    if (mine === undefined || theirs === undefined || String(mine) === String(theirs)) continue;
    throw usageText('args.contradiction', { flag: field.cliFlag, given: String(theirs), profile: profileName, name: field.cliFlag.replace(/^--/, ''), stored: String(mine) });
  }
}

/** A family check's message as a usage error: its English, and its catalogue words for a Chinese reader when the family keys it. */
function checkProblem(message: string, spec: { checkKey?: string }, raw: string) {
  if (spec.checkKey === undefined) return usage(message);
  return usageText('verbatim', { message, 'message@zh-CN': translator('zh-CN')(`validation.message.${spec.checkKey}`, { raw }) });
}
