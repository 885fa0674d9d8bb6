/**
 * The simulator screen with the newer vendors: a pasted token of any family is counted down on
 * its family's platform, and the scenario form offers each platform's own settings and
 * switchable assumptions (and drops another platform's when the platform changes).
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SimulatorScreen } from '../../../../src/renderer/src/features/simulator/SimulatorScreen';
import { inspectToken } from '../../../../src/shared/tokens/inspect';
import agora007 from '../../../vectors/agora-accesstoken2.json';
import livekit from '../../../vectors/livekit-jwt.json';
import tencent from '../../../vectors/tencent-usersig-v2.json';
import twilio from '../../../vectors/twilio-jwt.json';
import { fakeBackend, storesFor } from '../../support/fakeBackend';
import { manualClock, renderWith } from '../../support/renderApp';

/** A vector token of the family whose expiry is readable without a secret. */
function tokenOf(file: { vectors: unknown[] }, format: string): { token: string; expiresAt: number } {
  for (const v of file.vectors as { token?: unknown }[]) {
    if (typeof v.token !== 'string') continue;
    const inspection = inspectToken(v.token, { now: 0 });
    if (inspection.format === format && inspection.expiresAt !== null) return { token: v.token, expiresAt: inspection.expiresAt };
  }
  throw new Error(`no ${format} vector with a readable expiry`);
}

function open(startSeconds: number) {
  const backend = fakeBackend({ 'profiles:list': () => ({ profiles: [] }) });
  const stores = storesFor(backend);
  renderWith(stores, <SimulatorScreen />, manualClock(startSeconds * 1000).clock);
  return { user: userEvent.setup(), stores };
}

describe('live mode with any family\'s token', () => {
  it.each([
    ['agora-accesstoken2', 'agora-rtc-native', 'onTokenPrivilegeWillExpire', agora007],
    ['tencent-usersig-v2', 'tencent-im', 'onUserSigExpired', tencent],
    ['livekit-jwt', 'livekit', 'refreshed tokens', livekit],
    ['twilio-jwt', 'twilio-video', '20104', twilio],
  ] as const)('a %s token runs on %s', async (format, platform, words, file) => {
    const { token, expiresAt } = tokenOf(file, format);
    const { user } = open(expiresAt - 100);
    await user.click(screen.getByRole('radio', { name: 'Live token (real clock)' }));
    await user.click(screen.getByRole('textbox', { name: /^Real token/ }));
    await user.paste(token);
    expect((screen.getByRole('combobox', { name: 'Platform rules' }) as HTMLSelectElement).value).toBe(platform);
    expect(screen.getByRole('list', { name: 'Events of the live token' }).textContent).toContain(words);
  });
});

describe('scenario form for the newer platforms', () => {
  it("offers Agora's join privilege and Chat's switches, and drops them for another platform", async () => {
    const { user, stores } = open(1_700_000_000);
    const platform = screen.getByRole('combobox', { name: 'Platform' });
    await user.selectOptions(platform, 'agora-rtc-native');
    await user.type(screen.getByRole('spinbutton', { name: /Join privilege lifetime/ }), '300');
    expect(stores.simulator.getState().slots.a.scenario.agora).toEqual({ joinPrivilegeSeconds: 300 });

    await user.selectOptions(platform, 'agora-chat');
    expect(stores.simulator.getState().slots.a.scenario.agora).toBeUndefined();
    const warns = screen.getByRole('checkbox', { name: /Agora Chat raises onTokenWillExpire/ }) as HTMLInputElement;
    expect(warns.checked).toBe(true);
    await user.click(warns);
    expect(stores.simulator.getState().slots.a.scenario.assumptions?.switches).toEqual({ agoraChatWarns: false });

    await user.selectOptions(platform, 'twilio-voice');
    expect(stores.simulator.getState().slots.a.scenario.assumptions?.switches).toBeUndefined();
    expect(screen.queryByRole('checkbox', { name: /Agora Chat/ })).toBeNull();
    expect(screen.getByRole('checkbox', { name: /Twilio Voice warns at once/ })).toBeTruthy();
  });
});
