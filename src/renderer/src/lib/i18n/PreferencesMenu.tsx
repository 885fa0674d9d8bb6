/** Language and theme pickers, at the foot of the sidebar. */
import { LANGUAGES } from '../../../../shared/i18n';
import { THEMES, type LanguagePreference, type ThemePreference } from './preferences';
import { useLocale, usePreferences } from './LocaleProvider';

const THEME_KEY = { system: 'settings.themeSystem', light: 'settings.themeLight', dark: 'settings.themeDark' } as const;

export function PreferencesMenu() {
  const { t } = useLocale();
  const { prefs, systemLanguage, setPrefs } = usePreferences();
  return (
    <div className="preferences">
      <label className="field compact">
        <span>{t('settings.language')}</span>
        <select
          value={prefs.language}
          onChange={(e) => setPrefs({ ...prefs, language: e.target.value as LanguagePreference })}
        >
          <option value="system">{t('settings.languageSystem', { lang: t(`language.${systemLanguage}`) })}</option>
          {LANGUAGES.map((lang) => (
            <option key={lang} value={lang}>
              {t(`language.${lang}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field compact">
        <span>{t('settings.theme')}</span>
        <select value={prefs.theme} onChange={(e) => setPrefs({ ...prefs, theme: e.target.value as ThemePreference })}>
          {THEMES.map((theme) => (
            <option key={theme} value={theme}>
              {t(THEME_KEY[theme])}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
