/**
 * Add a profile: its token family, name, environment tag, the family's identifiers (from its
 * FieldSpecs: AppID, App Key …) and the secret (typed or pasted into a password field; it goes
 * straight to main and into the keychain).
 */
import { useState } from 'react';
import type { FieldSpec, TokenFamily } from '../../../../../shared/families/family';
import type { IpcError } from '../../../../../shared/ipc/reply';
import { useRegistry } from '../../../app/registry';
import { useAppStores } from '../../../app/stores';

/** What the form sends for one identifier, or a sentence saying why it cannot. */
function identifierValue(field: FieldSpec, raw: string): { ok: true; value: string | number | undefined } | { ok: false; message: string } {
  const text = raw.trim();
  if (text === '') return field.required ? { ok: false, message: `The ${field.label} is needed.` } : { ok: true, value: undefined };
  if (field.kind === 'integer') return /^\d+$/.test(text) ? { ok: true, value: Number(text) } : { ok: false, message: `The ${field.label} is a number (from the console).` };
  return { ok: true, value: text };
}

const inputId = (field: FieldSpec) => `add-${field.key.toLowerCase()}`;

export function AddProfileForm({ onDone }: { onDone(message: string): void }) {
  const stores = useAppStores();
  const registry = useRegistry();
  const [familyId, setFamilyId] = useState(registry.families[0]?.id ?? '');
  const family: TokenFamily | undefined = registry.get(familyId);
  const [name, setName] = useState('');
  const [env, setEnv] = useState('dev');
  const [values, setValues] = useState<Record<string, string>>({});
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<IpcError | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(): Promise<void> {
    setError(null);
    if (!family) return;
    if (name.trim() === '') return setLocalError('Give the profile a name.');
    const credentials: Record<string, string | number> = {};
    for (const field of family.profile.identifiers) {
      const checked = identifierValue(field, values[field.key] ?? '');
      if (!checked.ok) return setLocalError(checked.message);
      if (checked.value !== undefined) credentials[field.key] = checked.value;
    }
    if (secret === '') return setLocalError('The secret is needed; it is stored in the OS keychain only.');
    setLocalError(null);
    setBusy(true);
    const failure = await stores.profiles.getState().add({ family: family.id, name, env, credentials, secret });
    setBusy(false);
    if (failure) {
      setError(failure);
      return;
    }
    // Ready for the next one; the environment tag is often shared, so it stays.
    setSecret('');
    setName('');
    setValues({});
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
        {registry.families.map((f) => (
          <label className="check" key={f.id}>
            <input type="radio" name="add-provider" checked={familyId === f.id} onChange={() => setFamilyId(f.id)} />
            {f.vendor}
          </label>
        ))}
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
      {family?.profile.identifiers
        .filter((field) => field.required)
        .map((field) => (
          <div className="field" key={`${family.id}-${field.key}`}>
            <label htmlFor={inputId(field)}>{field.label}</label>
            <input
              id={inputId(field)}
              inputMode={field.kind === 'integer' ? 'numeric' : undefined}
              value={values[field.key] ?? ''}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setValues({ ...values, [field.key]: e.target.value })}
            />
            {field.help && <p className="field-hint">{field.help}</p>}
          </div>
        ))}
      <div className="field">
        <label htmlFor="add-secret">{family?.profile.secretLabel ?? 'Secret'}</label>
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
