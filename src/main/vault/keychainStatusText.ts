/**
 * The keychain's status for the page, in the language picked in the app: its message and remedy
 * worded from the catalogue when the store gave their keys, else its own words (English).
 * The keys themselves stay in main.
 */
import type { Language } from '../../shared/i18n';
import { mainT } from '../i18n/mainText';
import type { SecretStoreStatus } from './secretStore';

export function wordKeychainStatus(status: SecretStoreStatus, language: Language): Omit<SecretStoreStatus, 'wording'> {
  const { wording, ...plain } = status;
  if (!wording) return plain;
  const t = mainT(language);
  return {
    ...plain,
    message: wording.message ? t(`error.${wording.message.key}`, wording.message.params).trim() : plain.message,
    remedy: wording.remedy ? t(`keychainRemedy.${wording.remedy}`) : plain.remedy,
  };
}
