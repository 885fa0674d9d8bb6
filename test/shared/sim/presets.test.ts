/**
 * Every preset runs, teaches what its lesson says, and has its name and lesson in both
 * catalogues (the screen shows them in the user's language).
 */
import { describe, expect, it } from 'vitest';
import { simulatorPresetsEn, simulatorPresetsZh } from '../../../src/shared/i18n/areas/simulatorPresets';
import { PRESETS, presetById } from '../../../src/shared/sim/presets';
import { ofType, runScenario } from './runScenario';

describe('simulator presets', () => {
  it.each(PRESETS.map((p) => p.id))('%s runs, with its English and Chinese texts', (id) => {
    const preset = presetById(id);
    expect(() => runScenario(preset.scenario)).not.toThrow();
    expect(preset.label).toBe(simulatorPresetsEn[id].label);
    expect(simulatorPresetsZh[id].label).toMatch(/[\u4e00-\u9fff]/);
    expect(simulatorPresetsZh[id].lesson).toMatch(/[\u4e00-\u9fff]/);
  });

  it('the catalogue has no preset the list lacks', () => {
    expect(Object.keys(simulatorPresetsEn).sort()).toEqual(PRESETS.map((p) => p.id).sort());
  });

  it('agora-privilege-early: kicked at 5 min (reason 9) before the app\'s timer, 60 s before the 1-h expiry, comes due', () => {
    const { events } = runScenario(presetById('agora-privilege-early').scenario);
    expect(ofType(events, 'disconnected')[0]).toMatchObject({ t: 300, code: 9 });
    expect(ofType(events, 'token_will_expire')[0]!.t).toBe(270);
    expect(ofType(events, 'renew_requested').every((e) => e.purpose === 'relogin')).toBe(true);
  });

  it('livekit-long-outage: no drop while connected; the reconnect after 15 min offline gets 401', () => {
    const { events } = runScenario(presetById('livekit-long-outage').scenario);
    expect(ofType(events, 'token_expired').map((e) => e.effect)).toEqual(['reconnect-will-fail']);
    expect(ofType(events, 'login_failed')[0]).toMatchObject({ code: 401, during: 'reconnect' });
  });

  it('tencent-im-no-warning: no warning; onUserSigExpired and a new login each hour', () => {
    const { events } = runScenario(presetById('tencent-im-no-warning').scenario);
    expect(ofType(events, 'token_will_expire')).toHaveLength(0);
    expect(ofType(events, 'token_expired').map((e) => e.callback)).toEqual(['onUserSigExpired', 'onUserSigExpired']);
  });
});
