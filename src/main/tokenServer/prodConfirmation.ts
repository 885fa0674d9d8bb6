/**
 * The question main asks before the token server serves prod-tagged profiles, worded from the
 * catalogue (tokenServer.prodConfirm) in the language of whoever is asked: the app's (the OS
 * language) in its native dialog, the run's (--lang, LANG) on the CLI's terminal.
 */
import { i18nFor, type Language } from '../../shared/i18n';
import type { ConfirmQuestion } from '../security/confirmPort';

export function prodConfirmation(language: Language): ConfirmQuestion {
  const instance = i18nFor(language);
  const t = (key: string): string => instance.t(`tokenServer.prodConfirm.${key}`);
  return { title: t('title'), message: t('message'), detail: t('detail'), confirmLabel: t('confirm'), cancelLabel: t('cancel') };
}
