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
import { useLocale } from '../../../lib/i18n/LocaleProvider';
import { useFamilyLabel, useFamilyTexts, useFamilyVendor } from '../../../lib/i18n/useFamilyTexts';

/** What the form sends for one identifier, or the catalogue key of why it cannot. */
function identifierValue(field: FieldSpec, raw: string): { ok: true; value: string | number | undefined } | { ok: false; key: string } {
  const text = raw.trim();
  if (text === '') return field.required ? { ok: false, key: 'profiles.add.identifierNeeded' } : { ok: true, value: undefined };
  if (field.kind === 'integer') return /^\d+$/.test(text) ? { ok: true, value: Number(text) } : { ok: false, key: 'profiles.add.identifierNumber' };
  return { ok: true, value: text };
}

const inputId = (field: FieldSpec) => `add-${field.key.toLowerCase()}`;

export function AddProfileForm({ onDone }: { onDone(message: string): void }) {
  const stores = useAppStores();
  const registry = useRegistry();
  const [familyId, setFamilyId] = useState(registry.families[0]?.id ?? '');
  const family: TokenFamily | undefined = registry.get(familyId);
  const { t } = useLocale();
  const texts = useFamilyTexts(family?.id);
  const familyLabel = useFamilyLabel();
  const familyVendor = useFamilyVendor();
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
    if (name.trim() === '') return setLocalError(t('profiles.add.needName'));
    const credentials: Record<string, string | number> = {};
    for (const field of family.profile.identifiers) {
      const checked = identifierValue(field, values[field.key] ?? '');
      if (!checked.ok) return setLocalError(t(checked.key, { label: texts.label('identifier', field) }));
      if (checked.value !== undefined) credentials[field.key] = checked.value;
    }
    if (secret === '') return setLocalError(t('profiles.add.needSecret'));
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
    onDone(t('profiles.add.added', { name: name.trim() }));
  }

  return (
    <form
      className="card form-grid"
      aria-label={t('profiles.add.title')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2>{t('profiles.add.title')}</h2>
      <fieldset className="fieldset platform-choices">
        <legend>{t('profiles.add.platform')}</legend>
        {registry.families.map((f) => (
          <label className="check" key={f.id}>
            <input type="radio" name="add-provider" checked={familyId === f.id} onChange={() => setFamilyId(f.id)} />
            {/* A vendor with two token families (Agora 006 and 007) is told apart by the family's name. */}
            {registry.families.filter((o) => o.vendor === f.vendor).length > 1 ? familyLabel(f.id) : familyVendor(f.id)}
          </label>
        ))}
      </fieldset>
      <div className="inline-fields">
        <div className="field grow">
          <label htmlFor="add-name">{t('profiles.add.name')}</label>
          <input id="add-name" value={name} autoComplete="off" onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="add-env">{t('profiles.add.env')}</label>
          <input
            id="add-env"
            value={env}
            autoComplete="off"
            spellCheck={false}
            list="env-suggestions"
            aria-describedby="add-env-hint"
            onChange={(e) => setEnv(e.target.value)}
          />
          <datalist id="env-suggestions">
            <option value="dev" />
            <option value="staging" />
            <option value="prod" />
          </datalist>
        </div>
      </div>
      <p id="add-env-hint" className="field-hint">
        {t('profiles.add.envHint')}
      </p>
      {family?.profile.identifiers
        .filter((field) => field.required)
        .map((field) => (
          <div className="field" key={`${family.id}-${field.key}`}>
            <label htmlFor={inputId(field)}>{texts.label('identifier', field)}</label>
            <input
              id={inputId(field)}
              inputMode={field.kind === 'integer' ? 'numeric' : undefined}
              value={values[field.key] ?? ''}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setValues({ ...values, [field.key]: e.target.value })}
            />
            {field.help && <p className="field-hint">{texts.help('identifier', field)}</p>}
          </div>
        ))}
      <div className="field">
        <label htmlFor="add-secret">{family ? texts.secret(family.profile.secretLabel) : t('profiles.add.secret')}</label>
        <input id="add-secret" type="password" value={secret} autoComplete="off" onChange={(e) => setSecret(e.target.value)} />
        <p className="field-hint">{t('profiles.add.secretHint')}</p>
      </div>
      {(localError || error) && (
        <p className="field-error" role="alert">
          {localError ?? error?.message}
        </p>
      )}
      <div className="row-actions">
        <button type="submit" disabled={busy}>
          {busy ? t('profiles.add.adding') : t('profiles.add.submit')}
        </button>
      </div>
    </form>
  );
}
