/**
 * The CommsEase screen: pick a CommsEase profile, then work with its static tokens, send a
 * login callback to the customer's server, verify a captured one, and run the saved cases.
 * "accid" is explained once, at the top; the fields below use the word as CommsEase does.
 *
 * Its store is the app's (createAppStores), so the forms and results are still there when the
 * user comes back from another screen; the profiles are the app's list, CommsEase ones only.
 */
import { useEffect } from 'react';
import { ProfileSelect } from '../../components/ProfileSelect';
import { useProfiles } from '../../app/stores';
import { useLocale } from '../../lib/i18n/LocaleProvider';
import { CallbackTesterSection } from './components/CallbackTesterSection';
import { CasesSection } from './components/CasesSection';
import { ConfirmDialog } from './components/ConfirmDialog';
import { ErrorLine } from './components/ErrorLine';
import { StaticTokensSection } from './components/StaticTokensSection';
import { VerifierSection } from './components/VerifierSection';
import { useCommsEase, useCommsEaseActions, useCommsEaseProfiles, useCommsEaseStore } from './storeContext';
import './commsease.css';

export function CommsEaseScreen() {
  const profiles = useCommsEaseProfiles();
  const profileId = useCommsEase((s) => s.profileId);
  const error = useProfiles((s) => s.loadError);
  const actions = useCommsEaseActions();
  const store = useCommsEaseStore();
  const { t } = useLocale();
  useEffect(() => {
    void store.getState().followProfiles();
  }, [store]);
  return (
    <div className="screen commsease-screen">
      <header className="screen-header">
        <h1>{t('commsease.title')}</h1>
        <p className="muted">{t('commsease.intro')}</p>
        <p className="ce-accid-term small" id="ce-accid-term">
          <dfn className="mono">{t('commsease.accidTerm')}</dfn>
          {t('commsease.termSeparator')}
          {t('commsease.accidExplained')}
        </p>
      </header>
      <ProfileSelect id="ce-profile" label={t('commsease.profile')} profiles={profiles} value={profileId} onChange={(id) => void actions.selectProfile(id)} />
      {profiles.length === 0 && <p className="field-hint">{t('commsease.noProfile')}</p>}
      <ErrorLine error={error} />
      <ConfirmDialog />
      <StaticTokensSection />
      <CallbackTesterSection />
      <VerifierSection />
      <CasesSection />
    </div>
  );
}
