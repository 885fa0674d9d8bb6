/** A profile card names its identifiers in the reader's language; English keeps the family's own summary. */
import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProfilesScreen } from '../../../src/renderer/src/features/profiles/ProfilesScreen';
import { COMMSEASE_PROFILE, fakeBackend, settle, storesFor, ZEGO_PROFILE } from '../support/fakeBackend';
import { renderWith } from '../support/renderApp';

async function summaries(lang: string): Promise<string[]> {
  const backend = fakeBackend({ 'profiles:list': () => ({ profiles: [ZEGO_PROFILE, COMMSEASE_PROFILE] }) });
  const stores = storesFor(backend);
  await stores.profiles.getState().load();
  renderWith(stores, <ProfilesScreen />, undefined, lang);
  await act(settle);
  return [...document.querySelectorAll('.profile-app')].map((p) => p.textContent ?? '');
}

describe('profile card summary', () => {
  it('is worded from the catalogue in zh-CN', async () => {
    expect(await summaries('zh-CN')).toEqual(['网易云信 App Key 1b5a13badcae420803b90032ea101baf · 服务端 API 地址 https://api.netease.im/nimserver', '即构 ZEGOCLOUD AppID 3903584598']);
  });
  it('stays the family’s own summary in English', async () => {
    expect(await summaries('en')).toEqual(['NetEase CommsEase appKey 1b5a13badcae420803b90032ea101baf', 'ZEGOCLOUD appId 3903584598']);
  });
});
