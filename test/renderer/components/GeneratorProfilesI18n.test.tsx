/**
 * The Generator and Profiles screens in Chinese and English: every label from the catalogues
 * (a family's field texts too), field errors without vendor numbers, the envelope layout
 * explained, one card layout for every family, and a notice that stays beside the toolbar.
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ProfileView } from '../../../src/shared/ipc/schemas/profile';
import { GeneratorScreen } from '../../../src/renderer/src/features/generator/GeneratorScreen';
import { ProfilesScreen } from '../../../src/renderer/src/features/profiles/ProfilesScreen';
import { COMMSEASE_PROFILE, fakeBackend, settle, storesFor, ZEGO_PROFILE } from '../support/fakeBackend';
import { renderWith } from '../support/renderApp';

const LIVEKIT_PROFILE: ProfileView = {
  ...ZEGO_PROFILE,
  id: 'c0ffee00c0ffee00',
  family: 'livekit-jwt',
  provider: 'livekit',
  credentials: { apiKey: 'APIabc' },
  summary: 'API key APIabc',
  name: 'LiveKit dev',
  env: '生产',
  appId: null,
};

async function generator(lang: string, profiles: ProfileView[] = [ZEGO_PROFILE, COMMSEASE_PROFILE, LIVEKIT_PROFILE]) {
  const backend = fakeBackend({ 'profiles:list': () => ({ profiles }) });
  const stores = storesFor(backend);
  await stores.profiles.getState().load();
  renderWith(stores, <GeneratorScreen />, undefined, lang);
  return { backend, user: userEvent.setup() };
}

describe('Generator in Chinese', () => {
  it('labels the ZEGO form and explains a missing user ID in words, not “error 3”', async () => {
    const { user, backend } = await generator('zh-CN');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('生成器');
    await user.selectOptions(screen.getByRole('combobox', { name: '配置档案' }), ZEGO_PROFILE.id);
    await user.click(screen.getByRole('button', { name: '生成' }));
    const userId = screen.getByRole('textbox', { name: '用户 ID' });
    const message = document.getElementById(userId.getAttribute('aria-describedby')!)?.textContent ?? '';
    expect(message).toBe('需要填写用户 ID：官方生成器不接受空值。');
    expect(message).not.toMatch(/error|\d/);
    expect(backend.calls.filter((c) => c.channel.startsWith('tokens:'))).toEqual([]);
  });

  it('says which SDKs accept the GCM and CBC layouts', async () => {
    const { user } = await generator('zh-CN');
    await user.selectOptions(screen.getByRole('combobox', { name: '配置档案' }), ZEGO_PROFILE.id);
    const layout = screen.getByRole('group', { name: '加密方式' });
    expect(within(layout).getByRole('radio', { name: 'GCM（当前）' })).toBeTruthy();
    expect(document.getElementById(layout.getAttribute('aria-describedby')!)?.textContent).toMatch(/ZIM 与 Express 两种都接受/);
  });

  it('shows a LiveKit profile’s fields in Chinese, from the family catalogue', async () => {
    const { user } = await generator('zh-CN');
    await user.selectOptions(screen.getByRole('combobox', { name: '配置档案' }), LIVEKIT_PROFILE.id);
    expect(screen.getByRole('checkbox', { name: '房间管理员' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: '身份标识（identity）（可选）' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: '1 小时' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'LiveKit 访问令牌（JWT）' })).toBeTruthy();
    expect(within(screen.getByRole('combobox', { name: '令牌类型' })).getByRole('option', { name: '网易云信动态令牌' })).toBeTruthy();
  });
});

describe('Generator in English', () => {
  it('explains a zero lifetime without the vendor’s error number', async () => {
    const { user } = await generator('en');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Profile' }), ZEGO_PROFILE.id);
    await user.click(screen.getByRole('radio', { name: 'Other' }));
    await user.type(screen.getByRole('textbox', { name: 'Lifetime value' }), '0');
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    const text = screen.getByText(/The lifetime must be above 0/).textContent ?? '';
    expect(text).not.toMatch(/error \d/);
  });
});

async function profilesScreen(lang: string, profiles: ProfileView[]) {
  const backend = fakeBackend({
    'vault:status': () => ({ keychain: { state: 'available', message: '', remedy: null }, dataDir: '/home/me/.config/TokenLab', corruptBackup: null }),
    'profiles:list': () => ({ profiles }),
    'profiles:export': () => ({ json: '{}', count: profiles.length }),
  });
  const stores = storesFor(backend);
  await stores.profiles.getState().load();
  renderWith(stores, <ProfilesScreen />, undefined, lang);
  await act(settle);
  return { user: userEvent.setup() };
}

describe('Profiles', () => {
  it('lays out every family’s card the same way: name and tag, app, secret, actions', async () => {
    await profilesScreen('en', [ZEGO_PROFILE, COMMSEASE_PROFILE, LIVEKIT_PROFILE, { ...ZEGO_PROFILE, id: 'dddddddddddddddd', name: 'New', secretStored: false }]);
    const cards = screen.getAllByRole('listitem');
    const shape = (card: HTMLElement) => [...card.children].map((c) => `${c.tagName}.${c.className}`);
    expect(cards).toHaveLength(4);
    for (const card of cards) {
      expect(shape(card)).toEqual(shape(cards[0]!));
      // The app line has its own row: in the head row it wrapped or not with its length.
      expect(within(card.querySelector<HTMLElement>('.profile-head')!).queryByText(/appId|appKey|API key/)).toBeNull();
    }
    expect(within(screen.getByRole('listitem', { name: 'Profile New' })).getByRole('button', { name: 'Store the secret of New' }).textContent).toBe('Store secret');
  });

  it('shows a notice beside the toolbar buttons, not above the list', async () => {
    Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined });
    const { user } = await profilesScreen('en', [ZEGO_PROFILE, COMMSEASE_PROFILE]);
    const list = screen.getByRole('region', { name: 'Stored profiles' });
    const before = list.previousElementSibling;
    await user.click(screen.getByRole('button', { name: 'Export all' }));
    const notice = screen.getAllByRole('status').find((s) => s.textContent === 'Exported 2 profiles (without secrets).');
    expect(notice?.closest('.toolbar')).toBeTruthy();
    // Nothing was inserted between the toolbar and the list.
    expect(list.previousElementSibling).toBe(before);
  });

  it('speaks Chinese: the add form with the family’s own field texts, and the cards', async () => {
    await profilesScreen('zh-CN', [COMMSEASE_PROFILE]);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('配置档案');
    const form = screen.getByRole('form', { name: '添加配置档案' });
    expect(within(form).getByText('即 ZEGO 控制台中的数字')).toBeTruthy();
    expect(within(form).getByLabelText('AppID')).toBeTruthy();
    expect(within(form).getByRole('radio', { name: '声网 AccessToken2（007）' })).toBeTruthy();
    const card = screen.getByRole('listitem', { name: '配置档案 IM prod' });
    expect(within(card).getByRole('button', { name: '更换 IM prod 的密钥' })).toBeTruthy();
    expect(within(card).getByTitle('环境：prod').textContent).toBe('prod');
  });

  it('names the platforms in Chinese on the cards and in the platform picker, and in English in English', async () => {
    await profilesScreen('zh-CN', [ZEGO_PROFILE, COMMSEASE_PROFILE, LIVEKIT_PROFILE]);
    const app = (name: string) => screen.getByRole('listitem', { name: `配置档案 ${name}` }).querySelector('.profile-app')?.textContent ?? '';
    expect(app(ZEGO_PROFILE.name)).toMatch(/^即构 ZEGOCLOUD /);
    expect(app(COMMSEASE_PROFILE.name)).toMatch(/^网易云信 /);
    expect(app(LIVEKIT_PROFILE.name)).toMatch(/^LiveKit /);
    const picker = screen.getByRole('group', { name: '平台' });
    const names = within(picker).getAllByRole('radio').map((r) => r.closest('label')?.textContent ?? '');
    for (const name of ['即构 ZEGOCLOUD', '网易云信', '腾讯云', '声网 AccessToken2（007）', 'LiveKit', 'Twilio']) expect(names, name).toContain(name);
    expect(names.join('\n')).not.toMatch(/NetEase|CommsEase|Tencent|Agora/);
  });

  it('keeps the vendors’ own names in English', async () => {
    await profilesScreen('en', [ZEGO_PROFILE, COMMSEASE_PROFILE]);
    const picker = screen.getByRole('group', { name: 'Platform' });
    const names = within(picker).getAllByRole('radio').map((r) => r.closest('label')?.textContent ?? '');
    for (const name of ['ZEGOCLOUD', 'NetEase CommsEase', 'Tencent Cloud', 'Twilio']) expect(names, name).toContain(name);
    expect(screen.getByRole('listitem', { name: `Profile ${COMMSEASE_PROFILE.name}` }).querySelector('.profile-app')?.textContent).toMatch(/^NetEase CommsEase /);
  });
});
