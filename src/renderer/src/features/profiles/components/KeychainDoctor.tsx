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

/** The words of this panel, in one place. */
const TEXT = {
  title: 'Keychain leftovers',
  summary: (count: number) =>
    `${count} keychain ${count === 1 ? 'entry' : 'entries'} of TokenLab ${count === 1 ? 'is' : 'are'} used by nothing in this data folder.`,
  otherFolders: 'If you keep other data folders (TOKENLAB_HOME), an entry may belong to one of them.',
  remove: (count: number) => `Remove ${count === 1 ? 'this entry' : `these ${count} entries`}…`,
  question: (count: number) => `Delete ${count === 1 ? 'this entry' : `these ${count} entries`} from the keychain? They cannot be recovered.`,
  confirm: (count: number) => `Delete ${count === 1 ? '1 entry' : `${count} entries`}`,
  cancel: 'Cancel',
  removed: (removed: number, kept: number) =>
    `Deleted ${removed} keychain ${removed === 1 ? 'entry' : 'entries'}.${kept > 0 ? ` Kept ${kept} that ${kept === 1 ? 'is' : 'are'} in use again.` : ''}`,
  failed: (message: string) => `Could not delete: ${message}`,
};

export function KeychainDoctor({ onMessage }: { onMessage(text: string): void }) {
  const stores = useAppStores();
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
    onMessage(isIpcError(result) ? TEXT.failed(result.message) : TEXT.removed(result.removed, result.kept));
  }

  return (
    <section className="banner tone-warn keychain-doctor" aria-labelledby="keychain-doctor-title">
      <h2 id="keychain-doctor-title">{TEXT.title}</h2>
      <p>{TEXT.summary(count)}</p>
      <ul className="small">
        {orphans.map((o) => (
          <li key={o.account}>
            <code>{o.account}</code> — {o.reason}
          </li>
        ))}
      </ul>
      <p className="muted small">{TEXT.otherFolders}</p>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="keychain-doctor-question" onKeyDown={(e) => e.key === 'Escape' && setConfirming(false)}>
          <p id="keychain-doctor-question">{TEXT.question(count)}</p>
          <div className="toolbar">
            <button type="button" className="danger" autoFocus onClick={() => void remove()}>
              {TEXT.confirm(count)}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              {TEXT.cancel}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="secondary" onClick={() => setConfirming(true)}>
          {TEXT.remove(count)}
        </button>
      )}
    </section>
  );
}
