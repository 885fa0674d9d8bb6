/**
 * A zod issue in the reader's language.
 *
 * English stays exactly what it always was: the schema's own message, or zod's built-in English
 * (no global `z.config`, so nothing else changes). In Chinese an issue is worded from the
 * `validation` catalogue area: a schema's own message by its English text
 * (`validation.message.*`), a custom issue by `params.textKey`, and the other kinds by their code
 * (`validation.issue.*`); what the catalogue does not word falls back to zod's own zh-CN locale
 * (`z.locales.zhCN()`), so no English sentence reaches a Chinese reader.
 *
 * Values are never part of the text (an issue's `input` is only asked whether it is missing):
 * a rejected request may hold a secret.
 */
import { z } from 'zod';
import type { Language } from './language';
import { validationEn } from './areas/validation';

/** A catalogue lookup: i18next's `t`, narrowed to what is used here. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What words an issue: a full catalogue key and its params. */
export interface IssueText {
  key: string;
  params?: Readonly<Record<string, string | number>>;
}

/** An issue as a per-parse error map sees it (raw) or as it ends up in a ZodError: only what is read here. */
type AnyIssue = z.core.$ZodRawIssue | z.core.$ZodIssue;

const MESSAGE_KEYS: ReadonlyMap<string, string> = new Map(Object.entries(validationEn.message).map(([key, text]) => [text as string, key]));

/** The catalogue key of a schema's own message (its exact English), or undefined. */
export function schemaMessageKey(message: string): string | undefined {
  return MESSAGE_KEYS.get(message);
}

const TYPES = new Set(Object.keys(validationEn.type));
const typeParam = (expected: string): string => (TYPES.has(expected) ? `validation.type.${expected}` : expected);

/** zod's default English for a missing value ends so; a final issue no longer carries its input. */
const RECEIVED_UNDEFINED = /received undefined$/;

/**
 * How the catalogue words `issue`, or null when it does not (zod's locale then words it). A
 * `type` param names a `validation.type.*` key, resolved by `issueTextIn`.
 */
export function issueText(issue: AnyIssue): IssueText | null {
  const message = typeof issue.message === 'string' ? issue.message : undefined;
  const custom = issue.code === 'custom' ? (issue.params as Record<string, unknown> | undefined) : undefined;
  if (custom && typeof custom['textKey'] === 'string') {
    const { textKey, ...params } = custom;
    return { key: `validation.message.${textKey}`, params: params as Record<string, string | number> };
  }
  const own = message === undefined ? undefined : MESSAGE_KEYS.get(message);
  if (own !== undefined) return { key: `validation.message.${own}` };
  const k = (key: string, params?: Record<string, string | number>): IssueText => ({ key: `validation.issue.${key}`, ...(params ? { params } : {}) });
  switch (issue.code) {
    case 'invalid_type': {
      const missing = 'input' in issue ? issue.input === undefined : message !== undefined && RECEIVED_UNDEFINED.test(message);
      if (missing) return k('required');
      if (issue.expected === 'int' && 'input' in issue && typeof issue.input === 'number') return k('wholeNumber');
      return k('type', { type: typeParam(issue.expected) });
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'array' || issue.origin === 'set') return min === 1 ? k('atLeastOneItem') : k('atLeastItems', { min });
      if (issue.origin === 'string') return k('atLeastChars', { min });
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') return k(issue.inclusive ? 'gte' : 'gt', { min });
      return null;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'array' || issue.origin === 'set') return max === 1 ? k('atMostOneItem') : k('atMostItems', { max });
      if (issue.origin === 'string') return k('atMostChars', { max });
      if (issue.origin === 'int' && max === Number.MAX_SAFE_INTEGER) return k('wholeNumber');
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') return k(issue.inclusive ? 'lte' : 'lt', { max });
      return null;
    }
    case 'invalid_value':
      return k('oneOf', { values: issue.values.map((v) => JSON.stringify(v)).join(', ') });
    case 'invalid_union':
      if ('options' in issue && Array.isArray(issue.options)) return k('oneOf', { values: (issue.options as unknown[]).map((v) => JSON.stringify(v)).join(', ') });
      return k('shape');
    case 'unrecognized_keys':
      return k('unknownFields', { keys: issue.keys.map((key) => JSON.stringify(key)).join(', ') });
    case 'invalid_format':
      return issue.format === 'regex' ? k('format') : null;
    case 'custom':
      return k('invalid');
    default:
      return null;
  }
}

let zhLocale: ((issue: z.core.$ZodRawIssue) => unknown) | undefined;

/** An issue's text in `language`: its own message in English, the catalogue's (or zod's zh-CN locale's) otherwise. */
export function issueTextIn(issue: AnyIssue, t: Translate, language: Language): string {
  if (language === 'en') return typeof issue.message === 'string' ? issue.message : t('validation.issue.invalid');
  return wordIssue(issue, t);
}

/** The catalogue's words for `issue` (in `t`'s language), zod's zh-CN locale where the catalogue has none. */
export function wordIssue(issue: AnyIssue, t: Translate): string {
  const text = issueText(issue);
  if (text) return wordText(text, t);
  zhLocale ??= z.locales.zhCN().localeError as (issue: z.core.$ZodRawIssue) => unknown;
  const localized = zhLocale(issue as z.core.$ZodRawIssue);
  const out = typeof localized === 'string' ? localized : (localized as { message?: string } | undefined)?.message;
  return out ?? t('validation.issue.invalid');
}

/** An IssueText through `t`, its `type` param worded first. */
export function wordText(text: IssueText, t: Translate): string {
  const params: Record<string, unknown> = { ...text.params };
  const type = params['type'];
  if (typeof type === 'string' && type.startsWith('validation.type.')) params['type'] = t(type);
  return t(text.key, params);
}

/**
 * Params in `language`: a param named `name@<language>` (e.g. `detail@zh-CN`) stands in for
 * `name` there; English reads `name` itself. Lets an error built far from any reader carry a
 * detail in both languages.
 */
export function paramsIn<P extends Readonly<Record<string, string | number>>>(params: P, language: Language): P {
  let out: P = params;
  for (const name of Object.keys(params)) {
    const at = name.indexOf('@');
    if (at > 0 && name.slice(at + 1) === language) out = { ...out, [name.slice(0, at)]: params[name] };
  }
  return out;
}
