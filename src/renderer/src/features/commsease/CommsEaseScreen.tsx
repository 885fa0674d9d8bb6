/**
 * The CommsEase screen: pick a CommsEase profile, then work with its static tokens, send a
 * login callback to the customer's server, verify a captured one, and run the saved cases.
 *
 * Its store is the app's (createAppStores), so the forms and results are still there when the
 * user comes back from another screen; the profiles are the app's list, CommsEase ones only.
 */
import { useEffect } from 'react';
import { ProfileSelect } from '../../components/ProfileSelect';
import { useProfiles } from '../../app/stores';
import { CallbackTesterSection } from './components/CallbackTesterSection';
import { CasesSection } from './components/CasesSection';
import { ConfirmDialog } from './components/ConfirmDialog';
import { ErrorLine } from './components/ErrorLine';
import { StaticTokensSection } from './components/StaticTokensSection';
import { VerifierSection } from './components/VerifierSection';
import { useCommsEase, useCommsEaseActions, useCommsEaseProfiles, useCommsEaseStore } from './storeContext';

export function CommsEaseScreen() {
  const profiles = useCommsEaseProfiles();
  const profileId = useCommsEase((s) => s.profileId);
  const error = useProfiles((s) => s.loadError);
  const actions = useCommsEaseActions();
  const store = useCommsEaseStore();
  useEffect(() => {
    void store.getState().followProfiles();
  }, [store]);
  return (
    <div className="screen commsease-screen">
      <header className="screen-header">
        <h1>CommsEase</h1>
        <p className="muted">Static tokens and third-party login callbacks. The AppSecret and stored tokens stay in the main process.</p>
      </header>
      <ProfileSelect id="ce-profile" label="CommsEase profile" profiles={profiles} value={profileId} onChange={(id) => void actions.selectProfile(id)} />
      {profiles.length === 0 && <p className="field-hint">No CommsEase profile yet: add one on the Profiles screen.</p>}
      <ErrorLine error={error} />
      <ConfirmDialog />
      <StaticTokensSection />
      <CallbackTesterSection />
      <VerifierSection />
      <CasesSection />
    </div>
  );
}
