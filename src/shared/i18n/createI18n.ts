/**
 * One i18next instance per caller (the app, a CLI run, a test), initialised synchronously from
 * the bundled catalogues: no backend, no detector, nothing global.
 */
import i18next, { type i18n } from 'i18next';
import { en } from './en';
import { zhCN } from './zh-CN';
import type { Language } from './language';

export const CATALOGUES = { en, 'zh-CN': zhCN } as const;

export function createI18n(lang: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: 'en',
    supportedLngs: ['en', 'zh-CN'],
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    // React and the terminal escape for themselves; i18next escaping would double it.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

const shared = new Map<Language, i18n>();

/**
 * One instance per language per process, for callers that only read (the CLI, main's own
 * questions): the catalogues never change, so building them once per language is enough.
 */
export function i18nFor(lang: Language): i18n {
  let instance = shared.get(lang);
  if (!instance) {
    instance = createI18n(lang);
    shared.set(lang, instance);
  }
  return instance;
}
