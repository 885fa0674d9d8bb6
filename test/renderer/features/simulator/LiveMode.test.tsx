/**
 * The simulator's live mode, driven by a manual clock: a real vector token counted down across
 * the 30-second warning and the expiry, with its events crossed off as they pass.
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SimulatorScreen } from '../../../../src/renderer/src/features/simulator/SimulatorScreen';
import { inspectToken } from '../../../../src/shared/tokens/inspect';
import { fakeBackend, storesFor } from '../../support/fakeBackend';
import { manualClock, renderWith } from '../../support/renderApp';
import { commsEaseVectors, gcmVectors } from '../../support/vectors';

const ZEGO = gcmVectors[0]!.token;
const COMMSEASE = commsEaseVectors[0]!.token;

function expiryOf(token: string): number {
  const at = inspectToken(token, { now: 0 }).expiresAt;
  if (at === null) throw new Error('vector without a readable expiry');
  return at;
}

async function openLive(startSeconds: number) {
  const backend = fakeBackend({ 'profiles:list': () => ({ profiles: [] }) });
  const clock = manualClock(startSeconds * 1000);
  const stores = storesFor(backend);
  const liveStore = stores.liveMode;
  renderWith(stores, <SimulatorScreen />, clock.clock);
  const user = userEvent.setup();
  await user.click(screen.getByRole('radio', { name: 'Live token (real clock)' }));
  return { clock, user, liveStore };
}

async function paste(user: ReturnType<typeof userEvent.setup>, token: string) {
  await user.click(screen.getByRole('textbox', { name: 'Real token (any format the inspector reads)' }));
  await user.paste(token);
}

const timer = () => screen.getByRole('timer', { name: 'Time to expiry' }).textContent;
const events = () => within(screen.getByRole('list', { name: 'Events of the live token' })).getAllByRole('listitem');
const rows = () => events().map((li) => `${li.dataset['passed'] === 'true' ? 'x' : '·'} ${li.querySelector('.sim-live-event-type')!.textContent} ${li.querySelector('.sim-live-event-when')!.textContent}`);

describe('Simulator live mode', () => {
  it('counts a real ZEGO token down across the warning and the expiry, crossing events off', async () => {
    const expire = expiryOf(ZEGO);
    const { clock, user } = await openLive(expire - 100);
    await paste(user, ZEGO);

    expect((screen.getByRole('combobox', { name: 'Platform rules' }) as HTMLSelectElement).value).toBe('zim');
    await user.selectOptions(screen.getByRole('combobox', { name: "Your app's renewal policy" }), 'never');
    expect(timer()).toBe('expires in 1m 40s');
    expect(rows()).toEqual(['x login now', '· token_will_expire in 1m 10s', '· token_expired in 1m 40s', '· disconnected in 1m 40s']);
    expect(screen.getByText(/3 events still to come/)).toBeTruthy();

    // Ticks land 1 ms after each whole second.
    act(() => clock.advance(69_001));
    expect(timer()).toBe('expires in 31s');
    expect(rows()[1]).toBe('· token_will_expire in 1s');

    act(() => clock.advance(1000));
    expect(timer()).toBe('expires in 30s');
    expect(rows()).toEqual(['x login 1m 10s ago', 'x token_will_expire now', '· token_expired in 30s', '· disconnected in 30s']);
    expect(within(events()[1]!).getByText('Passed:', { exact: false })).toBeTruthy();
    expect(events()[1]!.textContent).toContain('onTokenWillExpire fires with 30 s left');

    act(() => clock.advance(30_000));
    expect(timer()).toBe('expired 0s ago');
    expect(rows().every((r) => r.startsWith('x'))).toBe(true);
    expect(screen.getByText(/nothing still to come/)).toBeTruthy();
    expect(events()[3]!.textContent).toContain('6000121');
    // One shared timer, however many rows count down.
    expect(clock.timers()).toBe(1);
  });

  it('with a renewal policy, expiry and disconnection are marked as happening only if the renewal fails', async () => {
    const expire = expiryOf(ZEGO);
    const { user } = await openLive(expire - 600);
    await paste(user, ZEGO);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Platform rules' }), 'express');
    await user.selectOptions(screen.getByRole('combobox', { name: 'At expiry (Express)' }), 'kick');
    expect(rows()).toEqual(['x login now', '· token_will_expire in 9m 30s', '· renew_requested in 9m 30s', '· token_expired in 10m', '· disconnected in 10m']);
    expect(within(events()[4]!).getByText('only if the renewal fails')).toBeTruthy();
    expect(events()[4]!.textContent).toContain('code 1002056');
  });

  it('under 30 s left when pasted: "will expire" fires at once', async () => {
    const { user } = await openLive(expiryOf(ZEGO) - 12);
    await paste(user, ZEGO);
    expect(rows().slice(0, 3)).toEqual(['x login now', 'x token_will_expire now', 'x renew_requested now']);
    expect(events()[1]!.textContent).toContain('12 s left — at once');
  });

  it('an already expired token: the login is refused with the expired-token code', async () => {
    const { user } = await openLive(expiryOf(ZEGO) + 3600);
    await paste(user, ZEGO);
    expect(timer()).toBe('expired 1h ago');
    expect(rows()).toEqual(['x login_failed now']);
    expect(events()[0]!.textContent).toContain('code 6000106');
  });

  it('a CommsEase token: CommsEase rules by default, no warning, and the own-timer lead is validated', async () => {
    const expire = expiryOf(COMMSEASE);
    const { user } = await openLive(expire - 300);
    await paste(user, COMMSEASE);
    expect((screen.getByRole('combobox', { name: 'Platform rules' }) as HTMLSelectElement).value).toBe('commsease-dynamic');
    expect(screen.getByText(/CommsEase dynamic token · issued/)).toBeTruthy();
    expect(rows()).toEqual(['x login now', '· token_expired in 5m']);
    expect(events()[1]!.textContent).toMatch(/No callback warns of it.*token provider/);

    await user.selectOptions(screen.getByRole('combobox', { name: "Your app's renewal policy" }), 'before-expiry');
    const lead = screen.getByRole('spinbutton', { name: 'Renew this many seconds before expiry' });
    await user.clear(lead);
    await user.type(lead, '120');
    expect(rows()).toEqual(['x login now', '· renew_requested in 3m', '· token_expired in 5m']);

    await user.clear(lead);
    expect(lead.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter how many seconds before expiry the app renews.')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Events of the live token' })).toBeNull();
  });

  it('text that is not a token says why it cannot be counted down', async () => {
    const { user } = await openLive(1_800_000_000);
    await paste(user, 'hello world');
    expect(screen.getByRole('alert').textContent).toMatch(/^Cannot count this down: /);
    expect(screen.queryByRole('timer')).toBeNull();
  });
});

describe('Simulator live mode in Chinese', () => {
  it("words a CommsEase token's events and their assumption in Chinese", async () => {
    const expire = expiryOf(COMMSEASE);
    const backend = fakeBackend({ 'profiles:list': () => ({ profiles: [] }) });
    const clock = manualClock((expire - 100) * 1000);
    renderWith(storesFor(backend), <SimulatorScreen />, clock.clock, 'zh-CN');
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: '实时令牌（真实时钟）' }));
    await user.click(screen.getByRole('textbox', { name: '真实令牌（令牌检查能识别的任意格式）' }));
    await user.paste(COMMSEASE);
    const list = within(screen.getByRole('list', { name: '实时令牌的事件' }));
    const details = [...document.querySelectorAll('.sim-live-event-detail')].map((p) => p.textContent);
    expect(details[0]).toBe('应用用此令牌登录（实时运行开始）。');
    for (const d of details) expect(d).toMatch(/[\u4e00-\u9fff]/);
    expect(list.getByText('假设：网易云信连接期间令牌过期是否会断开连接，文档未写明：假设不会。')).toBeTruthy();
  });
});
