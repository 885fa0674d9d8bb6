/**
 * Turn a zod error into one readable line: the paths and the rules broken, never the values.
 *
 * Values are left out on purpose: a rejected request may hold a secret (profiles:add).
 * In English the line is zod's (or the schema's) own words; in another language each issue is
 * worded from the `validation` catalogue area (src/shared/i18n/zodText.ts).
 */
import type { ZodError } from 'zod';
import { i18nFor, type Language } from '../i18n';
import { wordIssue, type Translate } from '../i18n/zodText';

/** `namesWhole`: an issue about the whole value says "(request)"; false for a single value (a name, a tag) where that says nothing. */
export function describeZodError(error: ZodError, maxIssues = 5, language: Language = 'en', namesWhole = true): string {
  if (language !== 'en') return describeIn(error, maxIssues, language, namesWhole);
  const parts = error.issues.slice(0, maxIssues).map((issue) => {
    if (issue.path.length === 0 && !namesWhole) return issue.message;
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(request)';
    return `${path}: ${issue.message}`;
  });
  if (error.issues.length > maxIssues) parts.push(`and ${error.issues.length - maxIssues} more`);
  return parts.join('; ');
}

/** The line in `language`: "path：rule", joined by "；". */
function describeIn(error: ZodError, maxIssues: number, language: Language, namesWhole: boolean): string {
  const instance = i18nFor(language);
  const t: Translate = (key, options) => instance.t(key, options ?? {}) as string;
  const parts = error.issues.slice(0, maxIssues).map((issue) => {
    if (issue.path.length === 0 && !namesWhole) return wordIssue(issue, t);
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : t('validation.whole.request');
    return `${path}：${wordIssue(issue, t)}`;
  });
  if (error.issues.length > maxIssues) parts.push(t('validation.more', { n: error.issues.length - maxIssues }));
  return parts.join('；');
}

/**
 * A `detail` param for a MainTextError in both languages: `detail` (English, as before) and
 * `detail@zh-CN`, which main's wording picks for a Chinese reader.
 */
export function zodDetailParams(error: ZodError, maxIssues = 5, namesWhole = true): { detail: string; 'detail@zh-CN': string } {
  return { detail: describeZodError(error, maxIssues, 'en', namesWhole), 'detail@zh-CN': describeZodError(error, maxIssues, 'zh-CN', namesWhole) };
}

/** One issue's text as a param `name` in both languages (`name` English, `name@zh-CN`). */
export function zodIssueParams<N extends string>(issue: ZodError['issues'][number], name: N): Record<N | `${N}@zh-CN`, string> {
  const instance = i18nFor('zh-CN');
  const t: Translate = (key, options) => instance.t(key, options ?? {}) as string;
  return { [name]: issue.message, [`${name}@zh-CN`]: wordIssue(issue, t) } as Record<N | `${N}@zh-CN`, string>;
}
