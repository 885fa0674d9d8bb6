/**
 * An inspection's reason and diagnoses in the reader's language: the catalogue's sentence for
 * `reasonCode` (src/shared/i18n/areas/reason.ts) or a diagnosis `code`, with its params and the
 * instants in them worded relative to `now` through Intl. Where the engine has no code (or the
 * catalogue no sentence), its English text stands. Shared by the CLI and the screens.
 */
import { formatDateTime, formatDuration, formatRelative, type Language } from '../i18n';
import type { Diagnosis, Inspection } from './types';

/** A catalogue lookup: i18next's `t`, narrowed to what is used here. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface ReasonContext {
  t: Translate;
  language: Language;
  /** Epoch seconds: relative times are worded against it. */
  now: number;
  /** For `time`; default UTC (a terminal log reads the same anywhere). */
  timeZone?: string;
  /** How `time` is written instead (the CLI writes ISO 8601, as its headline does). */
  formatTime?: (epochSeconds: number) => string;
  /** `formatRelative(at, now, language)` and `formatDuration(seconds, language)`, as a batch printer remembers them; default: computed each time. */
  relative?: (at: number) => string;
  duration?: (seconds: number) => string;
}

/** `at` → relative, time, expiry, duration; every other `xAt` → xAtRelative, xAtExpiry; `claim` → its words. */
function expand(params: Readonly<Record<string, string | number>>, ctx: ReasonContext): Record<string, unknown> {
  const out: Record<string, unknown> = { ...params };
  const instant = (at: number) => {
    const relative = ctx.relative ? ctx.relative(at) : formatRelative(at, ctx.now, ctx.language);
    return {
      relative,
      time: ctx.formatTime?.(at) ?? formatDateTime(at, ctx.language, ctx.timeZone ?? 'UTC') ?? String(at),
      expiry: ctx.t(at > ctx.now ? 'time.expiresRelative' : 'time.expiredRelative', { relative }),
      duration: ctx.duration ? ctx.duration(at - ctx.now) : formatDuration(at - ctx.now, ctx.language),
    };
  };
  for (const [key, value] of Object.entries(params)) {
    if (typeof value !== 'number') continue;
    if (key === 'at') Object.assign(out, instant(value));
    else if (key.endsWith('At')) {
      const words = instant(value);
      out[`${key}Relative`] = words.relative;
      out[`${key}Expiry`] = words.expiry;
    }
  }
  // Params that name a phrase rather than hold a value: worded from `reason.<param>.<value>`.
  for (const key of ['claim', 'missing'] as const) {
    const value = params[key];
    if (typeof value === 'string' && /^[a-z_]+$/.test(value)) out[key] = ctx.t(`reason.${key}.${value}`, { defaultValue: value });
  }
  // A binary parser's field name (`what`), worded from reason.field.<snake_case of its English>.
  const what = params['what'];
  if (typeof what === 'string') out['what'] = ctx.t(`reason.field.${fieldKey(what)}`, { defaultValue: what });
  // A parse error's detail by its code (reason.detail.<detailCode>, filling in the other params); the English detail otherwise.
  const detailCode = params['detailCode'];
  if (typeof detailCode === 'string' && /^[a-z][a-z0-9_]*$/.test(detailCode)) out['detail'] = ctx.t(`reason.detail.${detailCode}`, { ...out, defaultValue: params['detail'] });
  return out;
}

/** The catalogue key of a parser field name: 'RTC channel name' → 'rtc_channel_name'. */
export function fieldKey(what: string): string {
  return what.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
}

export function reasonText(r: Pick<Inspection, 'reason' | 'reasonCode' | 'reasonParams'>, ctx: ReasonContext): string {
  if (r.reasonCode === undefined) return r.reason;
  return ctx.t(`reason.${r.reasonCode}`, { ...expand(r.reasonParams ?? {}, ctx), defaultValue: r.reason });
}

/**
 * A field's value in the reader's language when the engine wrote it as a sentence
 * (`Inspection.fieldParams`): `reason.detail.<detailCode>`, the English value as the fallback;
 * undefined for any other field (shown as the token says it).
 */
export function fieldText(r: Pick<Inspection, 'fields' | 'fieldParams'>, field: string, ctx: ReasonContext): string | undefined {
  const params = r.fieldParams?.[field];
  const value = r.fields?.[field];
  if (params === undefined || typeof value !== 'string') return undefined;
  if (ctx.language === 'en') return value;
  return String(expand({ ...params, detail: value }, ctx)['detail']);
}

/**
 * A diagnosis: its catalogue sentence when it has params (so times read in the reader's words)
 * or the language is not English; the engine's English message otherwise, and as the fallback.
 */
export function diagnosisText(d: Diagnosis, ctx: ReasonContext): string {
  if (ctx.language === 'en' && !d.params) return d.message;
  return ctx.t(`diagnosis.${d.code}`, { ...expand(d.params ?? {}, ctx), defaultValue: d.message });
}
