/**
 * The CLI's language: `--lang` (anywhere in argv, as `--lang X` or `--lang=X`) wins, then the
 * POSIX order LC_ALL, LC_MESSAGES, LANG; English when none names a language we have. The
 * option is taken out of argv here so the commands never see it. Returns the catalogue
 * instance the CLI prints through.
 */
import type { i18n } from 'i18next';
import { matchLanguage, resolveLanguage, type Language } from '../shared/i18n';
import { i18nFor } from '../shared/i18n';
import { errorText, translator, usageText } from './cliText';

export interface CliLocale {
  language: Language;
  /** Built on first use: most runs print no catalogue text, and a run should not pay for it. */
  readonly i18n: i18n;
  /** argv without the --lang option. */
  argv: string[];
}

export function cliLocale(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): CliLocale {
  const rest: string[] = [];
  let asked: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--lang') {
      asked = argv[++i];
      if (asked === undefined) throw usageText('langNeedsValue');
    } else if (arg.startsWith('--lang=')) asked = arg.slice('--lang='.length);
    else rest.push(arg);
  }
  let language: Language;
  if (asked !== undefined) {
    const match = matchLanguage(asked);
    if (!match) {
      const error = usageText('unknownLanguage', { lang: asked });
      // Said in the environment's language: the asked one is unknown.
      error.message = errorText(error, translator(resolveLanguage(envTags(env))));
      throw error;
    }
    language = match;
  } else language = resolveLanguage(envTags(env));
  let instance: i18n | null = null;
  return {
    language,
    get i18n() {
      instance ??= i18nFor(language);
      return instance;
    },
    argv: rest,
  };
}

/** LC_ALL overrides LC_MESSAGES, which overrides LANG; an empty variable counts as unset. */
function envTags(env: Readonly<Record<string, string | undefined>>): (string | undefined)[] {
  return [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].map((v) => (v === '' ? undefined : v));
}
