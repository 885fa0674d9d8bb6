/**
 * The generator: profile, the fields its format needs, a lifetime, then Generate (or
 * Ctrl+Enter). Errors appear next to their field once it was left or a mint was attempted;
 * nothing is sent while one remains. The minted token shows with its breakdown and a copy
 * button, and is already on the countdown board.
 */
import { useShallow } from 'zustand/react/shallow';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useRegistry } from '../../app/registry';
import { useAppStores, useGenerator, useProfiles } from '../../app/stores';
import { ProfileSelect } from '../../components/ProfileSelect';
import { InspectionDetails } from '../inspector/components/InspectionDetails';
import { GenericFields } from './GenericFields';
import { checkGeneratorForm, formShapeOf, TTL_PRESETS, type GeneratorField, type TtlUnit } from './generatorForm';

export const GENERATOR_FORM_ID = 'generator-form';

function FieldMessage({ id, error, hint }: { id: string; error: string | undefined; hint: string | undefined }) {
  if (error) {
    return (
      <p id={id} className="field-error">
        {error}
      </p>
    );
  }
  if (hint) {
    return (
      <p id={id} className="field-hint">
        {hint}
      </p>
    );
  }
  return null;
}

export function GeneratorScreen() {
  const stores = useAppStores();
  const generator = stores.generator.getState();
  const { form, touched, submitted, generating, minted, error } = useGenerator(
    useShallow((s) => ({ form: s.form, touched: s.touched, submitted: s.submitted, generating: s.generating, minted: s.minted, error: s.error })),
  );
  const registry = useRegistry();
  // Which token family to mint: every registered one is offered; '' lists every profile.
  const [familyFilter, setFamilyFilter] = useState('');
  const allProfiles = useProfiles((s) => s.profiles);
  const profiles = familyFilter === '' ? allProfiles : allProfiles.filter((p) => p.family === familyFilter);
  const profile = allProfiles.find((p) => p.id === form.profileId);
  const check = checkGeneratorForm(form, profile, registry);
  const shown = (field: GeneratorField) => (submitted || touched[field] ? check.errors[field] : undefined);
  const messageProps = (field: GeneratorField) => {
    const err = shown(field);
    return {
      'aria-invalid': err ? true : undefined,
      'aria-describedby': err || check.hints[field] ? `gen-${field}-msg` : undefined,
      onBlur: () => generator.touch(field),
    };
  };
  const message = (field: GeneratorField): ReactNode => <FieldMessage id={`gen-${field}-msg`} error={shown(field)} hint={check.hints[field]} />;
  const shape = formShapeOf(profile, registry);
  const mintedRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Bring the new token into view and announce it by focusing its heading.
    if (minted && mintedRef.current) {
      mintedRef.current.scrollIntoView({ block: 'start', behavior: 'smooth' });
      mintedRef.current.focus({ preventScroll: true });
    }
  }, [minted]);

  return (
    <div className="screen generator-screen">
      <header className="screen-header">
        <h1>Generator</h1>
        <p className="muted">Mint a token with a stored profile. The secret never leaves the main process.</p>
      </header>

      <form
        id={GENERATOR_FORM_ID}
        className="form-grid"
        noValidate
        aria-label="Token generator"
        onSubmit={(e) => {
          e.preventDefault();
          void generator.generate(profile);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void generator.generate(profile);
          }
        }}
      >
        <div className="field">
          <label htmlFor="gen-family">Token family</label>
          <select id="gen-family" value={familyFilter} onChange={(e) => setFamilyFilter(e.target.value)}>
            <option value="">Any family (by profile)</option>
            {registry.families.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        <ProfileSelect
          id="gen-profile"
          label="Profile"
          profiles={profiles}
          value={form.profileId}
          onChange={(id) => {
            generator.update({ profileId: id });
            generator.touch('profileId');
          }}
          describedBy={shown('profileId') ? 'gen-profileId-msg' : undefined}
          invalid={Boolean(shown('profileId'))}
        />
        {message('profileId')}
        {profiles.length === 0 && <p className="field-hint">No profiles yet: add one on the Profiles screen (Ctrl+6).</p>}

        {shape === 'user-room' ? (
          <>
            <div className="field">
              <label htmlFor="gen-user">User ID</label>
              <input
                id="gen-user"
                value={form.userId}
                spellCheck={false}
                autoComplete="off"
                onChange={(e) => generator.update({ userId: e.target.value })}
                {...messageProps('userId')}
              />
              {message('userId')}
            </div>

            <fieldset className="fieldset">
              <legend>Token kind</legend>
              <label className="check">
                <input type="radio" name="gen-kind" checked={!form.roomEnabled} onChange={() => generator.update({ roomEnabled: false })} />
                Identity token (ZIM; no payload)
              </label>
              <label className="check">
                <input type="radio" name="gen-kind" checked={form.roomEnabled} onChange={() => generator.update({ roomEnabled: true })} />
                RTC room token (privileges and streams)
              </label>
            </fieldset>

            {form.roomEnabled && (
              <fieldset className="fieldset">
                <legend>Room privileges</legend>
                <div className="field">
                  <label htmlFor="gen-room">Room ID</label>
                  <input
                    id="gen-room"
                    value={form.roomId}
                    spellCheck={false}
                    autoComplete="off"
                    placeholder="empty = any room"
                    onChange={(e) => generator.update({ roomId: e.target.value })}
                    {...messageProps('roomId')}
                  />
                  {message('roomId')}
                </div>
                <label className="check">
                  <input type="checkbox" checked={form.canLogin} onChange={(e) => generator.update({ canLogin: e.target.checked })} />
                  May log in to the room
                </label>
                <label className="check">
                  <input type="checkbox" checked={form.canPublish} onChange={(e) => generator.update({ canPublish: e.target.checked })} />
                  May publish streams
                </label>
                <div className="field">
                  <label htmlFor="gen-streams">Stream IDs allowed to publish</label>
                  <input
                    id="gen-streams"
                    value={form.streams}
                    spellCheck={false}
                    autoComplete="off"
                    placeholder="empty = any stream; separate with commas"
                    disabled={!form.canPublish}
                    onChange={(e) => generator.update({ streams: e.target.value })}
                    {...messageProps('streams')}
                  />
                  {message('streams')}
                </div>
              </fieldset>
            )}

            <fieldset className="fieldset inline">
              <legend>Envelope layout</legend>
              <label className="check">
                <input type="radio" name="gen-layout" checked={form.layout === 'gcm'} onChange={() => generator.update({ layout: 'gcm' })} />
                GCM (current)
              </label>
              <label className="check">
                <input type="radio" name="gen-layout" checked={form.layout === 'cbc'} onChange={() => generator.update({ layout: 'cbc' })} />
                CBC (original)
              </label>
            </fieldset>
          </>
        ) : shape === 'fields' && profile && registry.get(profile.family) ? (
          <>
            <GenericFields
              family={registry.get(profile.family)!}
              values={form.fieldValues}
              onChange={(key, value) => {
                generator.update({ fieldValues: { ...form.fieldValues, [key]: value } });
                generator.touch('fields');
              }}
            />
            {message('fields')}
          </>
        ) : (
          <div className="field">
            <label htmlFor="gen-accid">accid</label>
            <input
              id="gen-accid"
              value={form.accid}
              spellCheck={false}
              autoComplete="off"
              onChange={(e) => generator.update({ accid: e.target.value })}
              {...messageProps('accid')}
            />
            {message('accid')}
          </div>
        )}

        <fieldset className="fieldset">
          <legend>Lifetime</legend>
          <div className="segmented" role="radiogroup" aria-label="Lifetime presets">
            {TTL_PRESETS.map((p) => (
              <label key={p.seconds} className={`segment${form.ttlPreset === p.seconds ? ' is-on' : ''}`}>
                <input
                  type="radio"
                  name="gen-ttl"
                  className="visually-hidden"
                  checked={form.ttlPreset === p.seconds}
                  onChange={() => generator.update({ ttlPreset: p.seconds })}
                />
                {p.label}
              </label>
            ))}
            <label className={`segment${form.ttlPreset === 'custom' ? ' is-on' : ''}`}>
              <input
                type="radio"
                name="gen-ttl"
                className="visually-hidden"
                checked={form.ttlPreset === 'custom'}
                onChange={() => generator.update({ ttlPreset: 'custom' })}
              />
              Other
            </label>
          </div>
          {form.ttlPreset === 'custom' && (
            <div className="inline-fields">
              <div className="field">
                <label htmlFor="gen-ttl-value">Lifetime value</label>
                <input
                  id="gen-ttl-value"
                  inputMode="numeric"
                  value={form.ttlValue}
                  onChange={(e) => generator.update({ ttlValue: e.target.value })}
                  {...messageProps('ttl')}
                />
              </div>
              <div className="field">
                <label htmlFor="gen-ttl-unit">Unit</label>
                <select id="gen-ttl-unit" value={form.ttlUnit} onChange={(e) => generator.update({ ttlUnit: e.target.value as TtlUnit })}>
                  <option value="s">seconds</option>
                  <option value="m">minutes</option>
                  <option value="h">hours</option>
                  <option value="d">days</option>
                </select>
              </div>
            </div>
          )}
          {message('ttl')}
        </fieldset>

        <div className="row-actions">
          <button type="submit" disabled={generating} aria-keyshortcuts="Control+Enter">
            {generating ? 'Generating…' : 'Generate'}
          </button>
          <span className="muted small">Ctrl+Enter</span>
        </div>
        {error && (
          <p className="banner tone-bad" role="alert">
            Could not mint: {error.message}
          </p>
        )}
      </form>

      {minted && (
        <section className="minted" aria-label="Minted token">
          <h2 ref={mintedRef} tabIndex={-1}>
            Minted token
          </h2>
          <InspectionDetails
            inspection={minted.inspection}
            verifying={false}
            actions={
              <>
                <button type="button" onClick={() => void stores.clipboard.getState().copy(minted.token, 'token')} aria-keyshortcuts="Control+Shift+C">
                  Copy token
                </button>
                <span className="muted small">{minted.entryId ? 'Added to the countdown board.' : 'Not added to the board (history unavailable).'}</span>
              </>
            }
          />
        </section>
      )}
    </div>
  );
}
