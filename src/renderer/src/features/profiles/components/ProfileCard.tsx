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

type Editing = null | 'rename' | 'retag' | 'secret' | 'delete';

export function ProfileCard({ profile, onMessage }: { profile: ProfileView; onMessage(text: string): void }) {
  const stores = useAppStores();
  const registry = useRegistry();
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
    const done = { rename: `Renamed to ${value.trim()}.`, retag: `Tagged ${value.trim()}.`, secret: `Stored a new secret for ${profile.name}.`, delete: `Deleted ${profile.name} and its keychain entries.` };
    onMessage(editing ? done[editing] : '');
    open(null);
  }

  const app = `${registry.get(profile.family)?.vendor ?? profile.family} ${profile.summary}`;
  const fieldId = `edit-${profile.id}`;
  return (
    <li className="card profile-card" aria-label={`Profile ${profile.name}`}>
      <div className="profile-head">
        <h3>{profile.name}</h3>
        <EnvTag env={profile.env} />
        <span className="muted">{app}</span>
      </div>
      <p className="small">
        {profile.secretStored ? (
          <>
            Secret in keychain · fingerprint <span className="mono">{profile.fingerprint}</span>
          </>
        ) : (
          <span className="tone-text-warn">No secret stored yet — store a secret to use this profile.</span>
        )}
      </p>
      {editing === null ? (
        <div className="row-actions">
          <button type="button" className="small-button" onClick={() => open('rename', profile.name)} aria-label={`Rename ${profile.name}`}>
            Rename
          </button>
          <button type="button" className="small-button" onClick={() => open('retag', profile.env)} aria-label={`Change the environment tag of ${profile.name}`}>
            Retag
          </button>
          <button type="button" className="small-button" onClick={() => open('secret')} aria-label={`${profile.secretStored ? 'Replace' : 'Store'} the secret of ${profile.name}`}>
            {profile.secretStored ? 'Replace secret' : 'Store secret'}
          </button>
          <button
            type="button"
            className="small-button"
            aria-label={`Export ${profile.name}`}
            onClick={async () => {
              const result = await stores.profiles.getState().exportJson([profile.id]);
              if (isIpcError(result)) onMessage(`Could not export: ${result.message}`);
              else downloadText(`tokenlab-profile-${profile.name.replace(/[^\w.-]+/g, '_')}.json`, result.json, 'application/json');
            }}
          >
            Export
          </button>
          <button type="button" className="small-button danger" onClick={() => open('delete')} aria-label={`Delete ${profile.name}`}>
            Delete
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
              Delete <strong>{profile.name}</strong>? Its secret and static tokens are removed from the keychain. History entries keep their metadata.
            </p>
          ) : (
            <div className="field">
              <label htmlFor={fieldId}>{editing === 'rename' ? 'New name' : editing === 'retag' ? 'Environment tag' : 'New secret'}</label>
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
              {editing === 'delete' ? 'Delete' : 'Save'}
            </button>
            <button type="button" className="secondary" onClick={() => open(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
