/**
 * An Agora 006 token on the board: minted here, it goes to history with the channel and uid it
 * was made for (main names the row by them once the signature confirms them); pasted raw, the
 * row says in the page's language that a 006 token does not carry them, instead of a bare name.
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BoardScreen } from '../../../src/renderer/src/features/board/BoardScreen';
import { InspectorScreen } from '../../../src/renderer/src/features/inspector/InspectorScreen';
import { defaultRegistry } from '../../../src/shared/families/registry';
import type { HistoryEntry } from '../../../src/shared/ipc/channels/history';
import type { ProfileView } from '../../../src/shared/ipc/schemas/profile';
import { fakeBackend, settle, storesFor, ZEGO_PROFILE } from '../support/fakeBackend';
import { manualClock, renderWith } from '../support/renderApp';
import agora006File from '../../vectors/agora-accesstoken.json';
import agora007File from '../../vectors/agora-accesstoken2.json';

type V = { id: string; token: string };
const vec = (file: unknown, id: string) => (file as { vectors: V[] }).vectors.find((v) => v.id.startsWith(id))!.token;
/** Minted by the official builders (README-agora.md): RTC for channel legacy-room-1, uid 1234; RTM for legacy-rtm-user. */
const RTC_006 = vec(agora006File, 'at-pub-004');
const RTM_006 = vec(agora006File, 'at-pub-013');
const TOKEN_007 = vec(agora007File, 'at2-pub-001');

const T0 = 1_800_000_000;

function entry(extra: Partial<HistoryEntry>): HistoryEntry {
  return {
    id: '00000000000000a6',
    source: 'pasted',
    format: 'agora-accesstoken',
    profileId: null,
    profileName: null,
    env: null,
    userId: null,
    roomId: null,
    issuedAt: T0 - 60,
    expiresAt: T0 + 600,
    addedAt: T0 - 60,
    fingerprint: '0123456789abcdef',
    pinned: false,
    ...extra,
  };
}

async function showBoard(entries: HistoryEntry[], lang = 'en') {
  const backend = fakeBackend({ 'history:list': () => ({ entries }) });
  const stores = storesFor(backend, () => T0);
  await stores.board.getState().load();
  renderWith(stores, <BoardScreen />, manualClock(T0 * 1000).clock, lang);
  await act(settle);
}

describe('an Agora 006 token on the board', () => {
  it('pasted raw: the row says the token carries neither its uid nor its channel', async () => {
    await showBoard([entry({})]);
    const row = screen.getByRole('listitem', { name: /^Agora AccessToken \(006, legacy\):/ });
    expect(within(row).getByText('A 006 token does not carry its uid or channel: mint it here, or add it verified with them, to see them on the board.')).toBeTruthy();
  });

  it('says so in Chinese on a Chinese page', async () => {
    await showBoard([entry({})], 'zh-CN');
    const row = screen.getByRole('listitem', { name: /^声网 AccessToken（006，旧版）[：:]/ });
    expect(row.querySelector('.board-note')?.textContent).toBe('006 令牌本身不含 uid 和频道：在这里生成，或用它们验证后再加入，看板上才会显示。');
  });

  it('minted or verified for a uid and channel: the row names them and needs no note', async () => {
    await showBoard([entry({ source: 'minted', userId: '1234', roomId: 'legacy-room-1', profileName: 'Agora legacy' })]);
    const row = screen.getByRole('listitem', { name: /^1234 in room legacy-room-1:/ });
    expect(row.querySelector('.board-title')?.textContent).toBe('1234 in room legacy-room-1');
    expect(row.querySelector('.board-note')).toBeNull();
  });

  it('a family whose tokens say nothing of the kind keeps its plain row', async () => {
    await showBoard([entry({ format: 'commsease-dynamic' })]);
    expect(document.querySelector('.board-note')).toBeNull();
  });
});

describe('minting a 006 token in the generator', () => {
  const AGORA_006_PROFILE: ProfileView = {
    ...ZEGO_PROFILE,
    id: 'b2c3d4e5f6071829',
    family: 'agora-accesstoken',
    provider: 'agora-006',
    credentials: { appId: 'ad5ca06bacd4fc285e955e7c490451fa' },
    summary: 'App ID ad5c…51fa',
    name: 'Agora legacy',
    appId: null,
  };

  it.each([
    ['rtc', RTC_006, { service: 'rtc', channel: 'legacy-room-1', uid: '1234', role: 'subscriber' }, { channel: 'legacy-room-1', uid: '1234', userId: '1234' }],
    ['rtm', RTM_006, { service: 'rtm', account: 'legacy-rtm-user', role: 'publisher' }, { channel: 'legacy-rtm-user', uid: '', userId: 'legacy-rtm-user' }],
  ] as const)('%s: the board is sent the channel and uid it was minted for', async (_service, token, fieldValues, sent) => {
    const backend = fakeBackend({
      'tokens:generate': () => ({ token, inspection: defaultRegistry.inspect(token, { now: T0 }) }),
      'history:add': () => ({ entries: [] }),
    });
    const { generator } = storesFor(backend, () => T0);
    generator.getState().update({ profileId: AGORA_006_PROFILE.id, fieldValues: { ...fieldValues }, ttlPreset: 3600 });
    expect(await generator.getState().generate(AGORA_006_PROFILE)).toBe(true);
    expect(backend.callsTo('history:add')).toEqual([{ items: [{ token, source: 'minted', profileId: AGORA_006_PROFILE.id, expect: sent }] }]);
  });

  it('a token that carries its user (a 007 from the same fields) is sent without values', async () => {
    const backend = fakeBackend({ 'tokens:generate': () => ({ token: TOKEN_007, inspection: defaultRegistry.inspect(TOKEN_007, { now: T0 }) }), 'history:add': () => ({ entries: [] }) });
    const { generator } = storesFor(backend, () => T0);
    const profile: ProfileView = { ...AGORA_006_PROFILE, family: 'agora-accesstoken2', provider: 'agora' };
    generator.getState().update({ profileId: profile.id, fieldValues: { service: 'rtc', channel: 'c', uid: '1', role: 'publisher', version: '007' }, ttlPreset: 3600 });
    expect(await generator.getState().generate(profile)).toBe(true);
    expect(backend.callsTo('history:add')).toEqual([{ items: [{ token: TOKEN_007, source: 'minted', profileId: profile.id }] }]);
  });
});

describe('watching a pasted 006 token from the inspector', () => {
  it('sends the channel typed for it as the channel, never as its user', async () => {
    const profile: ProfileView = { ...ZEGO_PROFILE, id: 'b2c3d4e5f6071829', family: 'agora-accesstoken', provider: 'agora-006', credentials: { appId: 'ad5ca06bacd4fc285e955e7c490451fa' }, summary: 'App ID ad5c…51fa', name: 'Agora legacy', appId: null };
    const token = RTC_006;
    const backend = fakeBackend({
      'profiles:list': () => ({ profiles: [profile] }),
      'tokens:inspect': ({ token: t }) => ({ inspection: defaultRegistry.inspect(t, { now: T0 }) }),
      'history:add': () => ({ entries: [] }),
    });
    const stores = storesFor(backend, () => T0);
    await stores.profiles.getState().load();
    renderWith(stores, <InspectorScreen />, manualClock(T0 * 1000).clock);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: /Verify with/ }), profile.id);
    await user.type(screen.getByRole('textbox', { name: 'Channel name' }), 'legacy-room-1');
    await user.click(screen.getByRole('textbox', { name: 'Token or text' }));
    await user.paste(token);
    await act(settle);
    await user.click(screen.getByRole('button', { name: 'Watch on board' }));
    await act(settle);
    expect(backend.callsTo('history:add')).toEqual([{ items: [{ token, source: 'pasted', profileId: profile.id, expect: { channel: 'legacy-room-1' } }] }]);
  });
});
