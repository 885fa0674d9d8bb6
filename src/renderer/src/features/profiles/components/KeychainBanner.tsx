/**
 * The keychain's state in words, with what to do about it — shown only when something needs
 * the user (locked, missing, failing, or a damaged profiles file repaired).
 */
import type { VaultStatus } from '../../../../../shared/ipc/channels/vault';

const TITLE = {
  available: 'Keychain available',
  locked: 'The keychain is locked',
  unavailable: 'No keychain found',
  error: 'The keychain reported an error',
} as const;

export function KeychainBanner({ status, always = false }: { status: VaultStatus | null; always?: boolean }) {
  if (!status) return null;
  const { keychain, corruptBackup } = status;
  const problem = keychain.state !== 'available';
  if (!problem && !corruptBackup && !always) return null;
  return (
    <div className="keychain-status">
      {(problem || always) && (
        <div className={`banner ${problem ? 'tone-warn' : 'tone-good'}`} role={problem ? 'alert' : 'status'}>
          <strong>{TITLE[keychain.state]}.</strong> {problem ? keychain.message : 'Secrets are stored in the OS keychain under “TokenLab”.'}
          {keychain.remedy && (
            <>
              {' '}
              To fix it: <code>{keychain.remedy}</code>
            </>
          )}
        </div>
      )}
      {corruptBackup && (
        <div className="banner tone-warn" role="alert">
          The profiles file was damaged ({corruptBackup.reason}). The profiles that could be read are below; the original file is kept as{' '}
          <code>{corruptBackup.backupPath}</code>.
        </div>
      )}
    </div>
  );
}
