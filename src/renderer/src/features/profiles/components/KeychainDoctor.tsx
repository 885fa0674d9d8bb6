/**
 * Keychain leftovers: TokenLab's keychain entries that no profile, test case or pinned token
 * uses any more (a lost write, a crash, a data folder deleted by hand). Listed by account name
 * and reason — never a secret — and deleted only after the user confirms; main deletes only
 * entries that are still orphans at that moment.
 */
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStores, useProfiles } from '../../../app/stores';
import { isIpcError } from '../../../lib/api/ipcError';
import { useLocale } from '../../../lib/i18n/LocaleProvider';

export function KeychainDoctor({ onMessage }: { onMessage(text: string): void }) {
  const stores = useAppStores();
  const { t } = useLocale();
  const { orphans, keychainState } = useProfiles(useShallow((s) => ({ orphans: s.orphans, keychainState: s.status?.keychain.state ?? null })));
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    // Listing needs an unlocked keychain; the banner above says what to do otherwise.
    if (keychainState === 'available') void stores.profiles.getState().checkOrphans();
  }, [keychainState, stores]);

  if (!orphans || orphans.length === 0) return null;
  const count = orphans.length;

  async function remove(): Promise<void> {
    setConfirming(false);
    const result = await stores.profiles.getState().removeOrphans((orphans ?? []).map((o) => o.account));
    onMessage(
      isIpcError(result)
        ? t('profiles.doctor.failed', { message: result.message })
        : [t('profiles.doctor.removed', { count: result.removed }), result.kept > 0 ? t('profiles.doctor.kept', { count: result.kept }) : ''].filter(Boolean).join(' '),
    );
  }

  return (
    <section className="banner tone-warn keychain-doctor" aria-labelledby="keychain-doctor-title">
      <h2 id="keychain-doctor-title">{t('profiles.doctor.title')}</h2>
      <p>{t('profiles.doctor.summary', { count })}</p>
      <ul className="small">
        {orphans.map((o) => (
          <li key={o.account}>
            <code>{o.account}</code> — {o.reason}
          </li>
        ))}
      </ul>
      <p className="muted small">{t('profiles.doctor.otherFolders')}</p>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="keychain-doctor-question" onKeyDown={(e) => e.key === 'Escape' && setConfirming(false)}>
          <p id="keychain-doctor-question">{t('profiles.doctor.question', { count })}</p>
          <div className="toolbar">
            <button type="button" className="danger" autoFocus onClick={() => void remove()}>
              {t('profiles.doctor.confirm', { count })}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              {t('profiles.doctor.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="secondary" onClick={() => setConfirming(true)}>
          {t('profiles.doctor.remove', { count })}
        </button>
      )}
    </section>
  );
}
