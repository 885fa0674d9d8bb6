/**
 * The CLI's words come from the catalogues (src/shared/i18n/areas/cli.ts and reason.ts) in the
 * language runCli chose (--lang, LC_ALL, LC_MESSAGES, LANG). A usage error is built where the
 * problem is found, far from any io: it carries its catalogue key and params, its message is the
 * English text (for tests and logs), and runCli prints it in the chosen language.
 */
import { TokenLabError, type TokenLabErrorCode } from '../shared/errors';
import { i18nFor, type Language } from '../shared/i18n';
import { cliEn } from '../shared/i18n/areas/cli';
import { familyVendorKey } from '../shared/i18n/familyTexts';
import { paramsIn } from '../shared/i18n/zodText';
import type { Translate } from '../shared/tokens/reasonText';
import { MainTextError, wordError } from '../main/i18n/mainText';


const translators = new Map<Language, Translate>();

/**
 * `t` for the CLI, fast on the batch path: a plain sentence (no plural, no nesting) is looked up
 * once and interpolated here; anything else, and a missing key, goes through i18next.
 */
export function translator(language: Language): Translate {
  const known = translators.get(language);
  if (known) return known;
  const instance = i18nFor(language);
  const templates = new Map<string, string | null>();
  const template = (key: string): string | null => {
    let text = templates.get(key);
    if (text === undefined) {
      const found: unknown = instance.getResource(language, 'translation', key) ?? instance.getResource('en', 'translation', key);
      text = typeof found === 'string' && !found.includes('$t(') ? found : null;
      templates.set(key, text);
    }
    return text;
  };
  const t: Translate = (key, options) => {
    const text = options !== undefined && 'count' in options ? null : template(key);
    if (text === null) return instance.t(key, options) as string;
    return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
      const value = options?.[name];
      return value === undefined || value === null ? whole : String(value);
    });
  };
  translators.set(language, t);
  return t;
}

/** The translator of a run: the language runCli chose, English when called without one (tests of a module). */
export function cliT(io: { locale?: { language: Language } }): Translate {
  return translator(io.locale?.language ?? 'en');
}

export type TextParams = Readonly<Record<string, string | number>>;

/** A usage error (exit 2) worded by `cli.<key>`. */
export class CliUsageError extends TokenLabError {
  constructor(
    readonly textKey: string,
    readonly textParams: TextParams = {},
    code: TokenLabErrorCode = 'INVALID_INPUT',
  ) {
    super(code, translator('en')(`cli.${textKey}`, wordedParams(textParams, translator('en'))));
  }
}

export function usageText(key: string, params?: TextParams, code?: TokenLabErrorCode): CliUsageError {
  return new CliUsageError(key, params, code);
}

/**
 * An error's message in the run's language: a CliUsageError by its key. A service's error keeps
 * its English detail; in another language its code's summary goes first ("找不到档案（no profile named …）").
 */
export function errorText(error: TokenLabError, t: Translate, language: Language = 'en'): string {
  if (error instanceof CliUsageError) return t(`cli.${error.textKey}`, wordedParams(paramsIn(error.textParams, language), t));
  if (error instanceof MainTextError) return wordError(error, language);
  if (language === 'en') return error.message;
  const summary = t(`cli.errorCode.${error.code}`, { defaultValue: '' });
  return summary === '' ? error.message : t('cli.errorWithDetail', { summary, detail: error.message });
}

/**
 * A `what` param names a kind of input ("secret", "scenario"): worded from `cli.input.what.*`;
 * a `vendorOf` param is a family id: its `vendor` (the family's own English) is worded from `family.<id>.vendor`;
 * a `reason` that is the file reader's `unknown` (no errno code) from `main.ioReason.unknown`.
 */
function wordedParams(params: TextParams, t: Translate): TextParams {
  const what = params['what'];
  const vendorOf = params['vendorOf'];
  let worded = typeof what === 'string' && /^[a-z]+$/.test(what) ? { ...params, what: t(`cli.input.what.${what}`, { defaultValue: what }) } : params;
  if (typeof vendorOf === 'string') worded = { ...worded, vendor: t(familyVendorKey(vendorOf), { defaultValue: String(params['vendor'] ?? vendorOf) }) };
  return worded['reason'] === 'unknown' ? { ...worded, reason: t('main.ioReason.unknown') } : worded;
}

/** Every error code has its summary: a code added to TokenLabErrorCode without one fails to compile here. */
export const ERROR_SUMMARIES: Readonly<Record<TokenLabErrorCode, string>> = cliEn.errorCode;

/**
 * Why JSON.parse refused a text: its own (English) message in English; in another language
 * where it stopped ("第 5 个字符处解析出错"), or just that it did not parse.
 */
export function jsonErrorDetail(error: unknown, t: Translate, language: Language = 'en'): string {
  const message = error instanceof Error ? error.message : undefined;
  if (language === 'en' && message !== undefined) return message;
  const position = message === undefined ? null : /\bposition (\d+)/.exec(message);
  return position ? t('cli.serve.parseErrorAt', { position: position[1] }) : t('cli.serve.parseError');
}
