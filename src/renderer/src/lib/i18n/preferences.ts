/**
 * The language and theme the user picked, kept in the page's localStorage.
 *
 * Why localStorage and not a main-side settings file: both are display preferences of this
 * window only (the CLI follows LANG, notifications are short), nothing secret or
 * security-relevant, and the app:// origin is stable across launches, so storage persists.
 * Main is told the language shown (`settings:setLanguage`, from the shell) so its menu and
 * dialogs match, but keeps nothing. Bad or foreign values read as "system".
 */
import { LANGUAGES, type Language } from '../../../../shared/i18n';

export type LanguagePreference = 'system' | Language;
export type ThemePreference = 'system' | 'light' | 'dark';
export const THEMES: readonly ThemePreference[] = ['system', 'light', 'dark'];

export interface Preferences {
  language: LanguagePreference;
  theme: ThemePreference;
}

export interface PreferenceStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const LANGUAGE_KEY = 'tokenlab.language';
const THEME_KEY = 'tokenlab.theme';

function safeGet(storage: PreferenceStorage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function readPreferences(storage: PreferenceStorage | null): Preferences {
  const language = safeGet(storage, LANGUAGE_KEY);
  const theme = safeGet(storage, THEME_KEY);
  return {
    language: (LANGUAGES as readonly string[]).includes(language ?? '') ? (language as Language) : 'system',
    theme: (THEMES as readonly string[]).includes(theme ?? '') ? (theme as ThemePreference) : 'system',
  };
}

export function writePreferences(storage: PreferenceStorage | null, prefs: Preferences): void {
  try {
    storage?.setItem(LANGUAGE_KEY, prefs.language);
    storage?.setItem(THEME_KEY, prefs.theme);
  } catch {
    // Storage full or disabled: the choice lasts for this session only.
  }
}

export function browserStorage(): PreferenceStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
