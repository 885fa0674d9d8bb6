/**
 * One profile with its actions. Each edit opens in place (Escape cancels, Enter saves), and a
 * failure is explained under the field that caused it.
 */
import { useState, type KeyboardEvent } from 'react';
import type { IpcError } from '../../../../../shared/ipc/reply';
import type { ProfileView } from '../../../../../shared/ipc/schemas/profile';
import { useRegistry } from '../../../app/registry';
import { useAppStores } from '../../../app/stores';
import { EnvTag } from '../../../components/EnvTag';
import { isIpcError } from '../../../lib/api/ipcError';
import { downloadText } from '../../../lib/download/downloadText';
import { useLocale } from '../../../lib/i18n/LocaleProvider';
import { useFamilyTexts } from '../../../lib/i18n/useFamilyTexts';

type Editing = null | 'rename' | 'retag' | 'secret' | 'delete';

export function ProfileCard({ profile, onMessage }: { profile: ProfileView; onMessage(text: string): void }) {
  const stores = useAppStores();
  const registry = useRegistry();
  const { t, language } = useLocale();
  const texts = useFamilyTexts(profile.family);
  // The family's own summary is English ("appId 1234567890"); another language names each stored identifier in its words.
  const family = registry.get(profile.family);
  const identifiers = family?.profile.identifiers ?? [];
  const described =
    language === 'en' || identifiers.length === 0
      ? profile.summary
      : identifiers
          .filter((spec) => profile.credentials?.[spec.key] !== undefined && profile.credentials[spec.key] !== '')
          .map((spec) => `${texts.label('identifier', spec)} ${String(profile.credentials?.[spec.key])}`)
          .join(' · ');
  const name = profile.name;
  const [editing, setEditing] = useState<Editing>(null);
  const [value, setValue] = useState('');
  const [error, setError] = useState<IpcError | null>(null);
  const open = (what: Editing, initial = '') => {
    setEditing(what);
    setValue(initial);
    setError(null);
  };
  const cancelOnEscape = (e: KeyboardEvent) => {
    if (e.key === 'Escape') open(null);
  };

  async function save(): Promise<void> {
    const store = stores.profiles.getState();
    const failure =
      editing === 'rename'
        ? await store.rename(profile.id, value)
        : editing === 'retag'
          ? await store.retag(profile.id, value)
          : editing === 'secret'
            ? await store.replaceSecret(profile.id, value)
            : editing === 'delete'
              ? await store.remove(profile.id)
              : null;
    if (failure) {
      setError(failure);
      return;
    }
    const done = {
      rename: t('profiles.card.renamed', { name: value.trim() }),
      retag: t('profiles.card.retagged', { env: value.trim() }),
      secret: t('profiles.card.secretSaved', { name }),
      delete: t('profiles.card.deleted', { name }),
    };
    onMessage(editing ? done[editing] : '');
    open(null);
  }

  const app = [family ? texts.vendor(family.vendor) : profile.family, described].filter(Boolean).join(' ');
  const fieldId = `edit-${profile.id}`;
  return (
    <li className="card profile-card" aria-label={t('profiles.card.label', { name })}>
      <div className="profile-head">
        <h3>{profile.name}</h3>
        <EnvTag env={profile.env} />
      </div>
      <p className="muted profile-app">{app}</p>
      <p className="small">
        {profile.secretStored ? (
          <>
            {t('profiles.card.secretStored')} <span className="mono">{profile.fingerprint}</span>
          </>
        ) : (
          <span className="tone-text-warn">{t('profiles.card.noSecret')}</span>
        )}
      </p>
      {editing === null ? (
        <div className="row-actions">
          <button type="button" className="small-button" onClick={() => open('rename', profile.name)} aria-label={t('profiles.card.renameLabel', { name })}>
            {t('profiles.card.rename')}
          </button>
          <button type="button" className="small-button" onClick={() => open('retag', profile.env)} aria-label={t('profiles.card.retagLabel', { name })}>
            {t('profiles.card.retag')}
          </button>
          <button type="button" className="small-button" onClick={() => open('secret')} aria-label={t(profile.secretStored ? 'profiles.card.replaceSecretLabel' : 'profiles.card.storeSecretLabel', { name })}
          >
            {t(profile.secretStored ? 'profiles.card.replaceSecret' : 'profiles.card.storeSecret')}
          </button>
          <button
            type="button"
            className="small-button"
            aria-label={t('profiles.card.exportLabel', { name })}
            onClick={async () => {
              const result = await stores.profiles.getState().exportJson([profile.id]);
              if (isIpcError(result)) onMessage(t('profiles.exportFailed', { message: result.message }));
              else downloadText(`tokenlab-profile-${profile.name.replace(/[^\w.-]+/g, '_')}.json`, result.json, 'application/json');
            }}
          >
            {t('profiles.card.export')}
          </button>
          <button type="button" className="small-button danger" onClick={() => open('delete')} aria-label={t('profiles.card.deleteLabel', { name })}>
            {t('profiles.card.delete')}
          </button>
        </div>
      ) : (
        <form
          className="edit-panel"
          onKeyDown={cancelOnEscape}
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          {editing === 'delete' ? (
            <p>
              <strong>{t('profiles.card.deleteQuestion', { name })}</strong> {t('profiles.card.deleteNote')}
            </p>
          ) : (
            <div className="field">
              <label htmlFor={fieldId}>{t(editing === 'rename' ? 'profiles.card.newName' : editing === 'retag' ? 'profiles.card.env' : 'profiles.card.newSecret')}</label>
              <input
                id={fieldId}
                autoFocus
                type={editing === 'secret' ? 'password' : 'text'}
                value={value}
                autoComplete="off"
                spellCheck={false}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${fieldId}-error` : undefined}
                onChange={(e) => setValue(e.target.value)}
              />
            </div>
          )}
          {error && (
            <p id={`${fieldId}-error`} className="field-error" role="alert">
              {error.message}
            </p>
          )}
          <div className="row-actions">
            <button type="submit" className={editing === 'delete' ? 'danger' : undefined} autoFocus={editing === 'delete'}>
              {t(editing === 'delete' ? 'profiles.card.delete' : 'profiles.card.save')}
            </button>
            <button type="button" className="secondary" onClick={() => open(null)}>
              {t('profiles.card.cancel')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
