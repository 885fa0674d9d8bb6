/**
 * Profiles: the credentials TokenLab signs and verifies with. Secrets live in the OS keychain;
 * this screen shows only names, tags, app ids and fingerprints, the keychain's state (and its
 * leftovers, offered for removal), and explains every failure (locked keychain, duplicate name,
 * bad import).
 */
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStores, useProfiles } from '../../app/stores';
import { isIpcError } from '../../lib/api/ipcError';
import { downloadText } from '../../lib/download/downloadText';
import { AddProfileForm } from './components/AddProfileForm';
import { KeychainBanner } from './components/KeychainBanner';
import { KeychainDoctor } from './components/KeychainDoctor';
import { ProfileCard } from './components/ProfileCard';

export function ProfilesScreen() {
  const stores = useAppStores();
  const { profiles, status, loadError } = useProfiles(useShallow((s) => ({ profiles: s.profiles, status: s.status, loadError: s.loadError })));
  const [message, setMessage] = useState<string | null>(null);

  async function importFile(file: File): Promise<void> {
    const result = await stores.profiles.getState().importJson(await file.text());
    if (isIpcError(result)) {
      setMessage(`Could not import ${file.name}: ${result.message}`);
      return;
    }
    const skipped = result.skipped.map((s) => `${s.name} (${s.reason})`).join('; ');
    setMessage(
      `Imported ${result.imported.length} profile${result.imported.length === 1 ? '' : 's'}${skipped ? `; skipped ${skipped}` : ''}.` +
        (result.imported.length > 0 ? ' Imported profiles need their secret entered (Replace secret).' : ''),
    );
  }

  return (
    <div className="screen profiles-screen">
      <header className="screen-header">
        <h1>Profiles</h1>
        <p className="muted">App credentials for signing and verifying. Secrets are kept in the OS keychain and never shown again.</p>
      </header>
      <KeychainBanner status={status} always />
      <KeychainDoctor onMessage={setMessage} />
      {loadError && (
        <p className="banner tone-bad" role="alert">
          Could not load profiles: {loadError.message}
        </p>
      )}
      <div className="toolbar">
        <label className="button secondary file-button">
          Import profiles…
          <input
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void importFile(file);
              e.target.value = '';
            }}
          />
        </label>
        <button
          type="button"
          className="secondary"
          disabled={profiles.length === 0}
          onClick={async () => {
            const result = await stores.profiles.getState().exportJson();
            if (isIpcError(result)) setMessage(`Could not export: ${result.message}`);
            else {
              downloadText('tokenlab-profiles.json', result.json, 'application/json');
              setMessage(`Exported ${result.count} profiles (without secrets).`);
            }
          }}
        >
          Export all
        </button>
        {status && <span className="muted small">Data folder: <code>{status.dataDir}</code></span>}
      </div>
      {message && (
        <p className="muted small" role="status">
          {message}
        </p>
      )}
      <div className="profiles-layout">
        <section aria-label="Stored profiles">
          {profiles.length === 0 ? (
            <p className="empty">No profiles yet. Add one to mint and verify tokens.</p>
          ) : (
            <ul className="profile-list">
              {profiles.map((p) => (
                <ProfileCard key={p.id} profile={p} onMessage={setMessage} />
              ))}
            </ul>
          )}
        </section>
        <AddProfileForm onDone={setMessage} />
      </div>
    </div>
  );
}
