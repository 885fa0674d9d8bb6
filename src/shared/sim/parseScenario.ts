/**
 * Validate a scenario and say exactly which field is wrong.
 *
 * A scenario comes from a hand-edited JSON file, an imported export or the screen's form; a
 * message such as "renewal.latencyMs must be ≥ 0" lets the person fix it at once, where
 * zod's generic "Too small: expected number to be >=0" would not name the field.
 */
import type { z } from 'zod';
import { issueText, wordText, type IssueText, type Translate } from '../i18n/zodText';
import { scenarioSchema, type Scenario } from './scenario';

/** One bad field: its path (`renewal.latencyMs`, `outages[0].atSeconds`; '' for the whole) and what is wrong. */
export interface ScenarioIssue {
  path: string;
  /** In English (the `errors` lines). */
  message: string;
  /** What words `message` in the catalogue (`validation.*`), for a reader of another language (zodText's `wordText`). */
  text: IssueText;
}

export type ScenarioParse =
  | { ok: true; scenario: Scenario }
  | { ok: false; /** "path message", one line each */ errors: string[]; issues: ScenarioIssue[] };

export function parseScenario(input: unknown): ScenarioParse {
  // The input is kept on each issue only to tell a missing field from a mistyped one (it is the scenario's own, never a secret).
  const result = scenarioSchema.safeParse(input, { error: describeIssue, reportInput: true });
  if (result.success) return { ok: true, scenario: result.data };
  const issues: ScenarioIssue[] = [];
  const seenPaths = new Set<string>();
  for (const issue of result.error.issues) {
    const path = formatPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) issues.push({ path: joinPath(path, key), message: 'is not a known field', text: { key: 'validation.issue.unknownField' } });
      continue;
    }
    // One message per field: "must be a whole number" already says enough about 1e20.
    if (seenPaths.has(path)) continue;
    seenPaths.add(path);
    issues.push({ path, message: issue.message, text: issueText(issue) ?? { key: 'validation.issue.invalid' } });
  }
  return { ok: false, issues, errors: issues.map((i) => `${i.path === '' ? 'the scenario' : i.path} ${i.message}`) };
}

/** An issue's line ("path what is wrong") through `t`: in English the same as its `errors` line. */
export function scenarioIssueLine(issue: ScenarioIssue, t: Translate): string {
  return `${issue.path === '' ? t('validation.whole.scenario') : issue.path} ${wordText(issue.text, t)}`;
}

/** `['outages', 0, 'forSeconds']` → `outages[0].forSeconds`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out = joinPath(out, String(part));
  }
  return out;
}

function joinPath(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

type RawIssue = z.core.$ZodRawIssue;

/** The text after the field path, for each kind of zod issue the scenario schema can raise. */
function describeIssue(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      if (issue.expected === 'int' && typeof issue.input === 'number') return 'must be a whole number';
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'array') return `must have at least ${min} item${min === 1 ? '' : 's'}`;
      return issue.inclusive ? `must be ≥ ${min}` : `must be > ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'array') return `must have at most ${max} item${max === 1 ? '' : 's'}`;
      if (issue.origin === 'int' && max === Number.MAX_SAFE_INTEGER) return 'must be a whole number';
      return issue.inclusive ? `must be ≤ ${max}` : `must be < ${max}`;
    }
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      if ('options' in issue && Array.isArray(issue.options)) {
        return `must be one of ${(issue.options as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
      }
      return 'has an unexpected shape';
    default:
      return undefined;
  }
}
