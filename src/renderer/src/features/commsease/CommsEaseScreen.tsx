/**
 * The CommsEase screen: pick a CommsEase profile, then work with its static tokens, send a
 * login callback to the customer's server, verify a captured one, and run the saved cases.
 *
 * The shell mounts it without props; it then builds its own store over `window.tokenlab`.
 * Tests (and a shell that keeps stores centrally) pass a store instead.
 */
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ProfileSelect } from '../../components/ProfileSelect';
import { CallbackTesterSection } from './components/CallbackTesterSection';
import { CasesSection } from './components/CasesSection';
import { ConfirmDialog } from './components/ConfirmDialog';
import { ErrorLine } from './components/ErrorLine';
import { StaticTokensSection } from './components/StaticTokensSection';
import { VerifierSection } from './components/VerifierSection';
import { createCommsEaseStore, type CommsEaseStore } from './commseaseStore';
import { CommsEaseStoreProvider, useCommsEase, useCommsEaseActions, useCommsEaseStore } from './storeContext';

function defaultStore(): CommsEaseStore {
  return createCommsEaseStore({ api: window.tokenlab, now: () => Math.floor(Date.now() / 1000) });
}

function CommsEaseBody() {
  const { profiles, profileId, error } = useCommsEase(useShallow((s) => ({ profiles: s.profiles, profileId: s.profileId, error: s.profilesError })));
  const actions = useCommsEaseActions();
  const store = useCommsEaseStore();
  useEffect(() => {
    void store.getState().loadProfiles();
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

export function CommsEaseScreen({ store }: { store?: CommsEaseStore } = {}) {
  const [own] = useState<CommsEaseStore>(() => store ?? defaultStore());
  return (
    <CommsEaseStoreProvider store={store ?? own}>
      <CommsEaseBody />
    </CommsEaseStoreProvider>
  );
}
