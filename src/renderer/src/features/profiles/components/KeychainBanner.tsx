/**
 * The keychain's state in words, with what to do about it — shown only when something needs
 * the user (locked, missing, failing, or a damaged profiles file repaired).
 */
import type { VaultStatus } from '../../../../../shared/ipc/channels/vault';
import { useLocale } from '../../../lib/i18n/LocaleProvider';

export function KeychainBanner({ status, always = false }: { status: VaultStatus | null; always?: boolean }) {
  const { t } = useLocale();
  if (!status) return null;
  const { keychain, corruptBackup } = status;
  const problem = keychain.state !== 'available';
  if (!problem && !corruptBackup && !always) return null;
  return (
    <div className="keychain-status">
      {(problem || always) && (
        <div className={`banner ${problem ? 'tone-warn' : 'tone-good'}`} role={problem ? 'alert' : 'status'}>
          <strong>{t(`profiles.keychain.${keychain.state}`)}.</strong> {problem ? keychain.message : t('profiles.keychain.availableNote')}
          {keychain.remedy && (
            <>
              {' '}
              {t('profiles.keychain.fixIt')} <code>{keychain.remedy}</code>
            </>
          )}
        </div>
      )}
      {corruptBackup && (
        <div className="banner tone-warn" role="alert">
          {t('profiles.keychain.damaged', { reason: corruptBackup.reason })} <code>{corruptBackup.backupPath}</code>.
        </div>
      )}
    </div>
  );
}
