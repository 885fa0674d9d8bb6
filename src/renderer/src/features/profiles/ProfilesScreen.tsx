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
import { useLocale } from '../../lib/i18n/LocaleProvider';
import { AddProfileForm } from './components/AddProfileForm';
import { KeychainBanner } from './components/KeychainBanner';
import { KeychainDoctor } from './components/KeychainDoctor';
import { ProfileCard } from './components/ProfileCard';

export function ProfilesScreen() {
  const stores = useAppStores();
  const { profiles, status, loadError } = useProfiles(useShallow((s) => ({ profiles: s.profiles, status: s.status, loadError: s.loadError })));
  const [message, setMessage] = useState<string | null>(null);
  const { t } = useLocale();

  async function importFile(file: File): Promise<void> {
    const result = await stores.profiles.getState().importJson(await file.text());
    if (isIpcError(result)) {
      setMessage(t('profiles.importFailed', { name: file.name, message: result.message }));
      return;
    }
    const skipped = result.skipped.map((s) => `${s.name} (${s.reason})`).join('; ');
    setMessage(
      [
        t('profiles.imported', { count: result.imported.length }),
        skipped ? t('profiles.skipped', { list: skipped }) : '',
        result.imported.length > 0 ? t('profiles.importedNeedSecret') : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
  }

  return (
    <div className="screen profiles-screen">
      <header className="screen-header">
        <h1>{t('screen.profiles')}</h1>
        <p className="muted">{t('profiles.intro')}</p>
        {status && (
          <p className="muted small">
            {t('profiles.dataFolder')} <code>{status.dataDir}</code>
          </p>
        )}
      </header>
      <KeychainBanner status={status} always />
      <KeychainDoctor onMessage={setMessage} />
      {loadError && (
        <p className="banner tone-bad" role="alert">
          {t('profiles.couldNotLoad', { message: loadError.message })}
        </p>
      )}
      <div className="toolbar">
        <label className="button secondary file-button">
          {t('profiles.import')}
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
          title={profiles.length === 0 ? t('profiles.exportAllDisabled') : undefined}
          onClick={async () => {
            const result = await stores.profiles.getState().exportJson();
            if (isIpcError(result)) setMessage(t('profiles.exportFailed', { message: result.message }));
            else {
              downloadText('tokenlab-profiles.json', result.json, 'application/json');
              setMessage(t('profiles.exported', { count: result.count }));
            }
          }}
        >
          {t('profiles.exportAll')}
        </button>
        {/* Beside the buttons, at most two lines: a notice never pushes the profiles down. */}
        <p className="toolbar-status" role="status" title={message ?? undefined}>
          {message ?? ''}
        </p>
      </div>
      <div className="profiles-layout">
        <section aria-label={t('profiles.list')}>
          {profiles.length === 0 ? (
            <p className="empty">{t('profiles.empty')}</p>
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
