/**
 * Add a profile: provider, name, environment tag, app id / app key, and the secret (typed or
 * pasted into a password field; it goes straight to main and into the keychain).
 */
import { useState } from 'react';
import type { IpcError } from '../../../../../shared/ipc/reply';
import { useAppStores } from '../../../app/stores';

export function AddProfileForm({ onDone }: { onDone(message: string): void }) {
  const stores = useAppStores();
  const [provider, setProvider] = useState<'zego' | 'commsease'>('zego');
  const [name, setName] = useState('');
  const [env, setEnv] = useState('dev');
  const [appId, setAppId] = useState('');
  const [appKey, setAppKey] = useState('');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<IpcError | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(): Promise<void> {
    setError(null);
    if (name.trim() === '') return setLocalError('Give the profile a name.');
    if (provider === 'zego' && !/^\d+$/.test(appId.trim())) return setLocalError('The ZEGO AppID is a number (from the console).');
    if (provider === 'commsease' && appKey.trim() === '') return setLocalError('The CommsEase App Key is needed.');
    if (secret === '') return setLocalError('The secret is needed; it is stored in the OS keychain only.');
    setLocalError(null);
    setBusy(true);
    const failure = await stores.profiles.getState().add(
      provider === 'zego'
        ? { provider, name, env, appId: Number(appId.trim()), secret }
        : { provider, name, env, appKey: appKey.trim(), secret },
    );
    setBusy(false);
    if (failure) {
      setError(failure);
      return;
    }
    // Ready for the next one; the environment tag is often shared, so it stays.
    setSecret('');
    setName('');
    setAppId('');
    setAppKey('');
    onDone(`Added ${name.trim()}.`);
  }

  return (
    <form
      className="card form-grid"
      aria-label="Add a profile"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2>Add a profile</h2>
      <fieldset className="fieldset inline">
        <legend>Platform</legend>
        <label className="check">
          <input type="radio" name="add-provider" checked={provider === 'zego'} onChange={() => setProvider('zego')} />
          ZEGOCLOUD
        </label>
        <label className="check">
          <input type="radio" name="add-provider" checked={provider === 'commsease'} onChange={() => setProvider('commsease')} />
          NetEase CommsEase
        </label>
      </fieldset>
      <div className="inline-fields">
        <div className="field grow">
          <label htmlFor="add-name">Name</label>
          <input id="add-name" value={name} autoComplete="off" onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="add-env">Environment tag</label>
          <input id="add-env" value={env} autoComplete="off" spellCheck={false} list="env-suggestions" onChange={(e) => setEnv(e.target.value)} />
          <datalist id="env-suggestions">
            <option value="dev" />
            <option value="staging" />
            <option value="prod" />
          </datalist>
        </div>
      </div>
      {provider === 'zego' ? (
        <div className="field">
          <label htmlFor="add-appid">AppID</label>
          <input id="add-appid" inputMode="numeric" value={appId} autoComplete="off" onChange={(e) => setAppId(e.target.value)} />
        </div>
      ) : (
        <div className="field">
          <label htmlFor="add-appkey">App Key</label>
          <input id="add-appkey" value={appKey} autoComplete="off" spellCheck={false} onChange={(e) => setAppKey(e.target.value)} />
        </div>
      )}
      <div className="field">
        <label htmlFor="add-secret">{provider === 'zego' ? 'ServerSecret' : 'App Secret'}</label>
        <input id="add-secret" type="password" value={secret} autoComplete="off" onChange={(e) => setSecret(e.target.value)} />
        <p className="field-hint">Stored in the OS keychain; TokenLab shows only its fingerprint afterwards.</p>
      </div>
      {(localError || error) && (
        <p className="field-error" role="alert">
          {localError ?? error?.message}
        </p>
      )}
      <div className="row-actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Adding…' : 'Add profile'}
        </button>
      </div>
    </form>
  );
}
