import { describe, expect, it } from 'vitest';
import { createSimulatorStore } from '../../../../src/renderer/src/features/simulator/simulatorStore';
import { fakeBackend, ipcFailure, ZEGO_PROFILE } from '../../support/fakeBackend';
import { HEALTHY_EVENTS, NEVER_EVENTS, replyFor } from './fixtures';

function setup() {
  const backend = fakeBackend({
    'sim:run': (req) => replyFor(req.scenario.renewal.policy),
    'profiles:list': () => ({ profiles: [ZEGO_PROFILE] }),
  });
  return { backend, store: createSimulatorStore({ api: backend.api }) };
}

describe('simulator store', () => {
  it('starts on the healthy-renewal preset and switches presets', () => {
    const { store } = setup();
    expect(store.getState().slots.a.preset).toBe('healthy');
    store.getState().applyPreset('server-down');
    expect(store.getState().slots.a.scenario.outages).toEqual([{ atSeconds: 3300, forSeconds: 600, kind: 'token-server' }]);
  });

  it('edits fields by path; an emptied field falls back to its default; editing leaves the preset', () => {
    const { store } = setup();
    store.getState().setField(['renewal', 'latencyMs'], 5000);
    expect(store.getState().slots.a.scenario.renewal).toMatchObject({ latencyMs: 5000 });
    expect(store.getState().slots.a.preset).toBeNull();
    store.getState().setField(['renewal', 'latencyMs'], undefined);
    expect(store.getState().slots.a.scenario.renewal).not.toHaveProperty('latencyMs');
    store.getState().addOutage();
    store.getState().setField(['outages', 0, 'forSeconds'], 30);
    expect(store.getState().slots.a.scenario.outages).toEqual([{ atSeconds: 5400, forSeconds: 30, kind: 'network' }]);
    store.getState().removeOutage(0);
    expect(store.getState().slots.a.scenario.outages).toEqual([]);
  });

  it('runs the scenario in main with its defaults filled in, and with the chosen profile', async () => {
    const { store, backend } = setup();
    store.getState().setProfile(ZEGO_PROFILE.id);
    await store.getState().run();
    const [request] = backend.callsTo('sim:run');
    expect(request).toMatchObject({ profileId: ZEGO_PROFILE.id, scenario: { platform: 'zim', tokenTtlSeconds: 3600, clients: 1, seed: 1, renewal: { policy: 'on-will-expire' } } });
    expect(store.getState().slots.a.run?.events).toEqual(HEALTHY_EVENTS);
    expect(store.getState().slots.a.running).toBe(false);
  });

  it('sends nothing while a field is wrong', async () => {
    const { store, backend } = setup();
    store.getState().setField(['tokenTtlSeconds'], 0);
    await store.getState().run();
    expect(backend.callsTo('sim:run')).toEqual([]);
  });

  it('keeps a typed error from main on its scenario', async () => {
    const { store, backend } = setup();
    backend.handle('sim:run', () => {
      throw ipcFailure('KEYCHAIN_LOCKED', 'the keychain is locked');
    });
    await store.getState().run();
    expect(store.getState().slots.a.error).toEqual({ code: 'KEYCHAIN_LOCKED', message: 'the keychain is locked' });
    expect(store.getState().slots.a.run).toBeNull();
  });

  it('runs both scenarios when comparing', async () => {
    const { store, backend } = setup();
    store.getState().setCompare(true);
    await store.getState().run();
    expect(backend.callsTo('sim:run').map((r) => r.scenario.renewal.policy)).toEqual(['on-will-expire', 'never']);
    expect(store.getState().slots.b.run?.events).toEqual(NEVER_EVENTS);
  });

  it('plays the virtual clock at its speed, stops at the end, steps from event to event and scrubs', async () => {
    const { store } = setup();
    await store.getState().run();
    const s = () => store.getState();
    s().setSpeed(100);
    s().play();
    s().tick(2000);
    expect(s().clock.t).toBe(200);
    s().setSpeed(5000);
    expect(s().clock.speed).toBe(1000);
    s().tick(60_000);
    expect(s().clock).toMatchObject({ t: 7200, playing: false });
    s().scrub(-5);
    expect(s().clock.t).toBe(0);
    s().stepToNextEvent();
    expect(s().clock.t).toBe(900);
    s().stepToNextEvent();
    expect(s().clock.t).toBe(1500);
    s().scrub(99_999);
    expect(s().clock.t).toBe(7200);
    s().setSpeed(0);
    expect(s().clock.speed).toBe(1);
  });

  it('exports a scenario with its events and imports it back, re-validated', async () => {
    const { store } = setup();
    await store.getState().run();
    const text = store.getState().exportText('a');
    expect(JSON.parse(text)).toMatchObject({ format: 'tokenlab-simulation', version: 1, scenario: { platform: 'zim' }, events: HEALTHY_EVENTS });

    const other = setup().store;
    other.getState().setCompare(true);
    other.getState().setEditing('b');
    expect(await other.getState().importText(text)).toBe(true);
    expect(other.getState().slots.b.run?.events).toEqual(HEALTHY_EVENTS);
    expect(other.getState().slots.b.scenario).toEqual(store.getState().slots.a.scenario);
  });

  it('imports a bare scenario file, and refuses what is not one with a reason', async () => {
    const { store } = setup();
    expect(await store.getState().importText(JSON.stringify({ platform: 'express', tokenTtlSeconds: 60 }))).toBe(true);
    expect(store.getState().slots.a.scenario).toEqual({ platform: 'express', tokenTtlSeconds: 60 });
    expect(await store.getState().importText('not json')).toBe(false);
    expect(store.getState().importError).toBe('the file is not JSON');
    expect(await store.getState().importText(JSON.stringify({ platform: 'express', tokenTtlSeconds: -1 }))).toBe(false);
    expect(store.getState().importError).toContain('tokenTtlSeconds must be ≥ 1');
    const tampered = JSON.stringify({ format: 'tokenlab-simulation', version: 1, scenario: { platform: 'zim', tokenTtlSeconds: 60 }, events: [{ t: 'x' }], summary: {}, assumptions: [] });
    expect(await store.getState().importText(tampered)).toBe(false);
    expect(store.getState().importError).toMatch(/not a simulation run/);
  });

});
