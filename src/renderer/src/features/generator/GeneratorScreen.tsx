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
import { useLocale } from '../../lib/i18n/LocaleProvider';
import { useFamilyLabel, useFamilyTexts } from '../../lib/i18n/useFamilyTexts';
import { GenericFields } from './GenericFields';
import { checkGeneratorForm, formShapeOf, TTL_PRESETS, type FormMessage, type GeneratorField, type TtlUnit } from './generatorForm';

const TTL_UNITS: readonly TtlUnit[] = ['s', 'm', 'h', 'd'];

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
  const { t } = useLocale();
  const familyLabel = useFamilyLabel();
  // Which token family to mint: every registered one is offered; '' lists every profile.
  const [familyFilter, setFamilyFilter] = useState('');
  const allProfiles = useProfiles((s) => s.profiles);
  const profiles = familyFilter === '' ? allProfiles : allProfiles.filter((p) => p.family === familyFilter);
  const profile = allProfiles.find((p) => p.id === form.profileId);
  const check = checkGeneratorForm(form, profile, registry);
  const familyTexts = useFamilyTexts(profile?.family);
  const say = (m: FormMessage | undefined): string | undefined => (m ? t(m.key, m.field ? { label: familyTexts.label('field', m.field) } : {}) : undefined);
  const shown = (field: GeneratorField) => (submitted || touched[field] ? say(check.errors[field]) : undefined);
  const messageProps = (field: GeneratorField) => {
    const err = shown(field);
    return {
      'aria-invalid': err ? true : undefined,
      'aria-describedby': err || check.hints[field] ? `gen-${field}-msg` : undefined,
      onBlur: () => generator.touch(field),
    };
  };
  const message = (field: GeneratorField): ReactNode => <FieldMessage id={`gen-${field}-msg`} error={shown(field)} hint={say(check.hints[field])} />;
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
        <h1>{t('screen.generator')}</h1>
        <p className="muted">{t('generator.intro')}</p>
      </header>

      <form
        id={GENERATOR_FORM_ID}
        className="form-grid"
        noValidate
        aria-label={t('generator.formLabel')}
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
          <label htmlFor="gen-family">{t('generator.family')}</label>
          <select id="gen-family" value={familyFilter} onChange={(e) => setFamilyFilter(e.target.value)}>
            <option value="">{t('generator.anyFamily')}</option>
            {registry.families.map((f) => (
              <option key={f.id} value={f.id}>
                {familyLabel(f.id)}
              </option>
            ))}
          </select>
        </div>
        <ProfileSelect
          id="gen-profile"
          label={t('generator.profile')}
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
        {profiles.length === 0 && <p className="field-hint">{t('generator.noProfiles')}</p>}

        {shape === 'user-room' ? (
          <>
            <div className="field">
              <label htmlFor="gen-user">{t('generator.userId')}</label>
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
              <legend>{t('generator.tokenKind')}</legend>
              <label className="check">
                <input type="radio" name="gen-kind" checked={!form.roomEnabled} onChange={() => generator.update({ roomEnabled: false })} />
                {t('generator.identityToken')}
              </label>
              <label className="check">
                <input type="radio" name="gen-kind" checked={form.roomEnabled} onChange={() => generator.update({ roomEnabled: true })} />
                {t('generator.roomToken')}
              </label>
            </fieldset>

            {form.roomEnabled && (
              <fieldset className="fieldset">
                <legend>{t('generator.roomPrivileges')}</legend>
                <div className="field">
                  <label htmlFor="gen-room">{t('generator.roomId')}</label>
                  <input
                    id="gen-room"
                    value={form.roomId}
                    spellCheck={false}
                    autoComplete="off"
                    placeholder={t('generator.roomPlaceholder')}
                    onChange={(e) => generator.update({ roomId: e.target.value })}
                    {...messageProps('roomId')}
                  />
                  {message('roomId')}
                </div>
                <label className="check">
                  <input type="checkbox" checked={form.canLogin} onChange={(e) => generator.update({ canLogin: e.target.checked })} />
                  {t('generator.canLogin')}
                </label>
                <label className="check">
                  <input type="checkbox" checked={form.canPublish} onChange={(e) => generator.update({ canPublish: e.target.checked })} />
                  {t('generator.canPublish')}
                </label>
                <div className="field">
                  <label htmlFor="gen-streams">{t('generator.streams')}</label>
                  <input
                    id="gen-streams"
                    value={form.streams}
                    spellCheck={false}
                    autoComplete="off"
                    placeholder={t('generator.streamsPlaceholder')}
                    disabled={!form.canPublish}
                    onChange={(e) => generator.update({ streams: e.target.value })}
                    {...messageProps('streams')}
                  />
                  {message('streams')}
                </div>
              </fieldset>
            )}

            <fieldset className="fieldset inline" aria-describedby="gen-layout-help">
              <legend>{t('generator.layout')}</legend>
              <label className="check">
                <input type="radio" name="gen-layout" checked={form.layout === 'gcm'} onChange={() => generator.update({ layout: 'gcm' })} />
                {t('generator.layoutGcm')}
              </label>
              <label className="check">
                <input type="radio" name="gen-layout" checked={form.layout === 'cbc'} onChange={() => generator.update({ layout: 'cbc' })} />
                {t('generator.layoutCbc')}
              </label>
              <p id="gen-layout-help" className="field-hint">
                {t('generator.layoutHelp')}
              </p>
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
            <label htmlFor="gen-accid">{t('generator.accid')}</label>
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
          <legend>{t('generator.lifetime')}</legend>
          <div className="segmented" role="radiogroup" aria-label={t('generator.lifetimePresets')}>
            {TTL_PRESETS.map((p) => (
              <label key={p.seconds} className={`segment${form.ttlPreset === p.seconds ? ' is-on' : ''}`}>
                <input
                  type="radio"
                  name="gen-ttl"
                  className="visually-hidden"
                  checked={form.ttlPreset === p.seconds}
                  onChange={() => generator.update({ ttlPreset: p.seconds })}
                />
                {t(p.key)}
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
              {t('generator.other')}
            </label>
          </div>
          {form.ttlPreset === 'custom' && (
            <div className="inline-fields">
              <div className="field">
                <label htmlFor="gen-ttl-value">{t('generator.lifetimeValue')}</label>
                <input
                  id="gen-ttl-value"
                  inputMode="numeric"
                  value={form.ttlValue}
                  onChange={(e) => generator.update({ ttlValue: e.target.value })}
                  {...messageProps('ttl')}
                />
              </div>
              <div className="field">
                <label htmlFor="gen-ttl-unit">{t('generator.unit')}</label>
                <select id="gen-ttl-unit" value={form.ttlUnit} onChange={(e) => generator.update({ ttlUnit: e.target.value as TtlUnit })}>
                  {TTL_UNITS.map((unit) => (
                    <option key={unit} value={unit}>
                      {t(`generator.units.${unit}`)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          )}
          {message('ttl')}
        </fieldset>

        <div className="row-actions">
          <button type="submit" disabled={generating} aria-keyshortcuts="Control+Enter">
            {generating ? t('generator.generating') : t('generator.generate')}
          </button>
          <span className="muted small">{t('generator.shortcut')}</span>
        </div>
        {error && (
          <p className="banner tone-bad" role="alert">
            {t('generator.couldNotMint', { message: error.message })}
          </p>
        )}
      </form>

      {minted && (
        <section className="minted" aria-label={t('generator.minted')}>
          <h2 ref={mintedRef} tabIndex={-1}>
            {t('generator.minted')}
          </h2>
          <InspectionDetails
            inspection={minted.inspection}
            verifying={false}
            actions={
              <>
                <button type="button" onClick={() => void stores.clipboard.getState().copy(minted.token, 'token')} aria-keyshortcuts="Control+Shift+C">
                  {t('generator.copyToken')}
                </button>
                <span className="muted small">{t(minted.entryId ? 'generator.addedToBoard' : 'generator.notAddedToBoard')}</span>
              </>
            }
          />
        </section>
      )}
    </div>
  );
}
