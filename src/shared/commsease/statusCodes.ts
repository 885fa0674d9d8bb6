/**
 * The CommsEase server API status codes, with their documented meanings.
 *
 * A support engineer sees "code 414" and needs the sentence from the vendor's table next to it,
 * not a lookup in another tab. Source: CommsEase "Code Status Table"
 * (https://doc.commsease.com/en/M5MzM5Njk/docs/Tk5ODIzNjk) and, for 414 on a CheckSum, the
 * server API overview ("CheckSum检验失败时会返回414错误码"). Hints after the meaning are ours.
 * The sentences live in the catalogue (main.commseaseStatus), in English and Chinese.
 */
import { i18nFor } from '../i18n';

export interface CommsEaseStatus {
  code: number;
  /** The vendor's wording. */
  meaning: string;
  /** What to look at first; ours, not the vendor's. */
  hint: string | null;
}

/** `t` over the `main.` catalogue keys (mainT(language) in main); English when not given. */
export type StatusTranslate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

const english: StatusTranslate = (key, params) => i18nFor('en').t(`main.${key}`, { ...params });

/** The codes of the vendor's table; their sentences are `main.commseaseStatus.meaning.<code>`. */
const CODES: ReadonlySet<number> = new Set([200, 201, 301, 302, 315, 403, 404, 405, 406, 408, 413, 414, 415, 416, 417, 418, 419, 422, 423, 431, 500, 503, 508, 509, 514, 998, 999]);
/** The codes we add a hint to (`main.commseaseStatus.hint.<code>`). */
const HINTED: ReadonlySet<number> = new Set([302, 315, 403, 404, 405, 414, 416, 500, 503]);

export const COMMSEASE_SUCCESS_CODE = 200;

/** The documented meaning of `code`, or a sentence saying it is not in the table, in `t`'s language. */
export function describeCommsEaseStatus(code: number, t: StatusTranslate = english): CommsEaseStatus {
  if (!CODES.has(code)) return { code, meaning: t('commseaseStatus.notInTable'), hint: null };
  return { code, meaning: t(`commseaseStatus.meaning.${code}`), hint: HINTED.has(code) ? t(`commseaseStatus.hint.${code}`) : null };
}

/** "414 Error parameters. (also the answer to a failed CheckSum: …)", in `t`'s language. */
export function explainCommsEaseStatus(code: number, t: StatusTranslate = english): string {
  const { meaning, hint } = describeCommsEaseStatus(code, t);
  return hint ? t('commseaseStatus.explainedWithHint', { code, meaning, hint }) : t('commseaseStatus.explained', { code, meaning });
}
