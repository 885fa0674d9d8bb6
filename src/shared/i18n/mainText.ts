/**
 * Main's own words in a given language: `mainT(lang)` for the catalogue's `main.*` area, and
 * `MainTextError`, an error that carries its catalogue key and params so that whoever shows it
 * (the IPC dispatcher for the page, the CLI for the terminal) words it in the reader's language.
 *
 * Its `message` stays the English sentence main always said, so logs, `--json` output and every
 * caller that reads `.message` see no change.
 *
 * It lives in src/shared so that shared code whose errors reach a reader through main (the
 * simulator's minter, run by `sim:run` and `tokenlab simulate`) can word them too;
 * src/main/i18n/mainText.ts re-exports it for main.
 */
import { TokenLabError, type TokenLabErrorCode } from '../errors';
import { i18nFor } from './createI18n';
import type { Language } from './language';
import type { mainEn } from './areas/main';
import { familyLabelKey } from './familyTexts';
import { paramsIn } from './zodText';

export type MainTextParams = Readonly<Record<string, string | number>>;
export type MainErrorKey = keyof (typeof mainEn)['error'];

/** `t` over the `main.` keys in one language (a key without the `main.` prefix). */
export type MainTranslate = (key: string, params?: MainTextParams) => string;

export function mainT(language: Language): MainTranslate {
  const instance = i18nFor(language);
  return (key, params) => instance.t(`main.${key}`, { ...wordedParams(params ?? {}, language) });
}

/**
 * Params that name a phrase rather than hold a value, worded in the reader's language:
 * `action: 'refresh'` from `main.action.*`, `remedy: 'linux'` from `main.keychainRemedy.*`,
 * `errno: 'unknown'` from `main.ioReason.*` (an errno code such as ENOENT stays as it is).
 */
const PHRASE_PARAMS = { action: 'action', remedy: 'keychainRemedy', errno: 'ioReason' } as const;

function wordedParams(params: MainTextParams, language: Language): MainTextParams {
  let out = paramsIn(params, language);
  for (const [param, area] of Object.entries(PHRASE_PARAMS)) {
    const value = params[param];
    if (typeof value !== 'string' || !/^[A-Za-z0-9]+$/.test(value)) continue;
    out = { ...out, [param]: i18nFor(language).t(`main.${area}.${value}`, { defaultValue: value }) };
  }
  return out;
}

export type KeychainRemedy = keyof (typeof mainEn)['keychainRemedy'];

export class MainTextError extends TokenLabError {
  constructor(
    code: TokenLabErrorCode,
    readonly textKey: MainErrorKey,
    readonly textParams: MainTextParams = {},
    vendorCode?: number,
  ) {
    super(code, mainT('en')(`error.${textKey}`, textParams), vendorCode);
  }
}

/**
 * An error's message in `language`. A `MainTextError` by its key; any other error keeps its
 * English detail, and in another language its code's summary goes first ("找不到档案（no profile
 * named …）"), as the CLI does.
 */
export function wordError(error: TokenLabError, language: Language): string {
  if (error instanceof MainTextError) return mainT(language)(`error.${error.textKey}`, error.textParams);
  if (language === 'en') return error.message;
  const instance = i18nFor(language);
  const summary = instance.t(`cli.errorCode.${error.code}`, { defaultValue: '' });
  return summary === '' ? error.message : instance.t('cli.errorWithDetail', { summary, detail: error.message });
}

/**
 * A family's name as a param `name` in both languages: its own label (English, as main always
 * said it) and, as `name@zh-CN`, the catalogue's (`family.<id>.label`).
 */
export function familyNameParams<N extends string = 'family'>(family: { id: string; label: string }, name: N = 'family' as N): Record<N | `${N}@zh-CN`, string> {
  const zh = i18nFor('zh-CN').t(familyLabelKey(family.id), { defaultValue: family.label });
  return { [name]: family.label, [`${name}@zh-CN`]: zh } as Record<N | `${N}@zh-CN`, string>;
}
