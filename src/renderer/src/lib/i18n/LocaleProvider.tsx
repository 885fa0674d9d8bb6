/**
 * The language and theme of the page: i18next (react-i18next) over the shared catalogues, in
 * the OS language (navigator.languages) unless the user picked one; the theme on <html
 * data-theme> unless it follows the OS. `useLocale()` gives `t` and the Intl formatters in the
 * current language.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createI18n, formatDateTime, formatNumber, formatRelative, resolveLanguage, type Language } from '../../../../shared/i18n';
import { browserStorage, readPreferences, writePreferences, type PreferenceStorage, type Preferences } from './preferences';

interface PreferencesContextValue {
  prefs: Preferences;
  systemLanguage: Language;
  language: Language;
  setPrefs(next: Preferences): void;
}

const PreferencesContext = createContext<PreferencesContextValue | null>(null);

function osLanguages(): string[] {
  if (typeof navigator === 'undefined') return [];
  return [...(navigator.languages ?? []), navigator.language];
}

export function LocaleProvider({
  children,
  storage = browserStorage(),
  systemLanguages = osLanguages(),
}: {
  children: ReactNode;
  storage?: PreferenceStorage | null;
  systemLanguages?: readonly string[];
}) {
  const systemLanguage = resolveLanguage(systemLanguages);
  const [prefs, setPrefsState] = useState<Preferences>(() => readPreferences(storage));
  const language = prefs.language === 'system' ? systemLanguage : prefs.language;
  // One instance for the provider's life; switching language re-renders through react-i18next.
  const [i18n] = useState(() => createI18n(language));

  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);

  useEffect(() => {
    const root = document.documentElement;
    if (prefs.theme === 'system') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', prefs.theme);
  }, [prefs.theme]);

  const value = useMemo<PreferencesContextValue>(
    () => ({
      prefs,
      systemLanguage,
      language,
      setPrefs(next) {
        setPrefsState(next);
        writePreferences(storage, next);
      },
    }),
    [prefs, systemLanguage, language, storage],
  );

  return (
    <PreferencesContext.Provider value={value}>
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    </PreferencesContext.Provider>
  );
}

export function usePreferences(): PreferencesContextValue {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences outside LocaleProvider');
  return value;
}

/** `t` plus dates, numbers and relative times in the page's language. */
export function useLocale() {
  const { t, i18n } = useTranslation();
  const language = (i18n.language === 'zh-CN' ? 'zh-CN' : 'en') as Language;
  return useMemo(
    () => ({
      t,
      language,
      dateTime: (epochSeconds: number, timeZone?: string) => formatDateTime(epochSeconds, language, timeZone) ?? t('time.outOfRange'),
      relative: (at: number, now: number) => formatRelative(at, now, language),
      number: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(value, language, options),
    }),
    [t, language],
  );
}
