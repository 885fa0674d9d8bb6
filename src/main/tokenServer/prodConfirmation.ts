/**
 * The question main asks before the token server serves prod-tagged profiles, worded from the
 * catalogue (tokenServer.prodConfirm) in the language of whoever is asked: the app's (the OS
 * language) in its native dialog, the run's (--lang, LANG) on the CLI's terminal.
 */
import type { i18n } from 'i18next';
import { createI18n, type Language } from '../../shared/i18n';
import type { ConfirmQuestion } from '../security/confirmPort';

const catalogues = new Map<Language, i18n>();

export function prodConfirmation(language: Language): ConfirmQuestion {
  let instance = catalogues.get(language);
  if (!instance) {
    instance = createI18n(language);
    catalogues.set(language, instance);
  }
  const t = (key: string): string => instance.t(`tokenServer.prodConfirm.${key}`);
  return { title: t('title'), message: t('message'), detail: t('detail'), confirmLabel: t('confirm'), cancelLabel: t('cancel') };
}
