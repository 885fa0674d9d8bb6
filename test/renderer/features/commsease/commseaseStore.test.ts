import { describe, expect, it, vi } from 'vitest';
import { selectCommsEaseProfiles } from '../../../../src/renderer/src/features/commsease/profileSlice';
import { ipcFailure, storesFor } from '../../support/fakeBackend';
import { commsEaseBackend, DEV, PROD, report } from './fixtures';

function setup() {
  const backend = commsEaseBackend();
  const stores = storesFor(backend, () => 1_700_000_000);
  const store = stores.commsease;
  /** What the app does: the shell loads the profile list, the screen starts following it. */
  const ready = async () => {
    await stores.profiles.getState().load();
    await store.getState().followProfiles();
  };
  return { backend, stores, store, ready, s: () => store.getState() };
}

describe('CommsEase store', () => {
  it('offers only CommsEase profiles, picks the first and loads its accids and cases', async () => {
    const { store, stores, backend, ready } = setup();
    await ready();
    expect(selectCommsEaseProfiles(stores.profiles.getState()).map((p) => p.id)).toEqual([DEV.id, PROD.id]);
    expect(store.getState().profileId).toBe(DEV.id);
    expect(store.getState().accids).toEqual(['alice']);
    expect(backend.callsTo('commsease:casesList')).toEqual([{ profileId: DEV.id }]);
  });

  it('sends nothing for a refresh until the dev confirmation is answered "yes"', async () => {
    const { store, backend, s, ready } = setup();
    backend.handle('commsease:staticRefresh', () => report());
    await ready();
    s().updateStaticForm({ accid: 'alice' });
    s().requestDestructive('refresh');
    expect(s().confirmation?.steps).toHaveLength(1);
    expect(s().confirmation?.steps[0]?.question).toContain('[dev]');
    s().setConfirmationAnswer('no');
    await s().confirmStep();
    expect(s().confirmation?.wrong).toBe(true);
    expect(backend.callsTo('commsease:staticRefresh')).toEqual([]);
    s().setConfirmationAnswer('yes');
    await s().confirmStep();
    expect(backend.callsTo('commsease:staticRefresh')).toEqual([{ profileId: DEV.id, accid: 'alice', confirmation: { env: 'dev', twice: false } }]);
    expect(store.getState().staticReport?.stored).toBe(true);
  });

  it('asks twice on prod, the second time for the tag itself', async () => {
    const { backend, s, ready } = setup();
    backend.handle('commsease:staticUpdate', () => report({ operation: 'update', env: 'prod', profileId: PROD.id }));
    await ready();
    await s().selectProfile(PROD.id);
    s().updateStaticForm({ accid: 'bob', token: 'new-token' });
    s().requestDestructive('update');
    s().setConfirmationAnswer('yes');
    await s().confirmStep();
    expect(s().confirmation?.index).toBe(1);
    s().setConfirmationAnswer('yes');
    await s().confirmStep();
    expect(backend.callsTo('commsease:staticUpdate')).toEqual([]);
    s().setConfirmationAnswer('prod');
    await s().confirmStep();
    expect(backend.callsTo('commsease:staticUpdate')).toEqual([
      { profileId: PROD.id, accid: 'bob', token: 'new-token', confirmation: { env: 'prod', twice: true } },
    ]);
    expect(s().staticForm.token).toBe('');
  });

  it('asks for the accid before anything, and shows a main-side error as it came', async () => {
    const { backend, s, ready } = setup();
    backend.handle('commsease:staticCheck', () => {
      throw ipcFailure('KEYCHAIN_LOCKED', 'The keyring is locked: unlock it and try again.');
    });
    await ready();
    await s().checkStaticToken();
    // The store names the problem by its catalogue key; the screen words it in the page's language.
    expect(s().staticError).toEqual({ code: 'INVALID_INPUT', message: 'commsease.input.accid' });
    s().updateStaticForm({ accid: 'alice', token: 't' });
    await s().checkStaticToken();
    expect(s().staticError).toEqual({ code: 'KEYCHAIN_LOCKED', message: 'The keyring is locked: unlock it and try again.' });
  });

  it('switching profile clears the previous profile\'s results', async () => {
    const { backend, s, ready } = setup();
    backend.handle('commsease:staticCheck', () => ({ verdict: 'matches' }));
    await ready();
    s().updateStaticForm({ accid: 'alice', token: 't' });
    await s().checkStaticToken();
    expect(s().checkVerdict?.verdict).toBe('matches');
    await s().selectProfile(PROD.id);
    expect(s().checkVerdict).toBeNull();
    expect(s().accids).toEqual([]);
  });

  it('follows the app\'s profile list: when the chosen profile is deleted it moves to the next, without listing again', async () => {
    const { backend, stores, s, ready } = setup();
    backend.handle('profiles:delete', ({ id }) => ({ deletedId: id }));
    await ready();
    expect(s().profileId).toBe(DEV.id);
    await stores.profiles.getState().remove(DEV.id);
    await vi.waitFor(() => expect(s().profileId).toBe(PROD.id));
    expect(backend.callsTo('profiles:list')).toHaveLength(1);
    expect(backend.callsTo('commsease:casesList')).toEqual([{ profileId: DEV.id }, { profileId: PROD.id }]);
  });
});
