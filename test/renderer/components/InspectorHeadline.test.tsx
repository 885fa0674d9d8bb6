/** Issue 12: the headline, the unauthenticated expiry, the byte-map legend, samples and zh-CN. */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { inspectToken } from '../../../src/shared/tokens/inspect';
import { InspectorScreen } from '../../../src/renderer/src/features/inspector/InspectorScreen';
import { PrivilegeSummary } from '../../../src/renderer/src/features/inspector/components/PrivilegeSummary';
import { SAMPLE_TOKENS } from '../../../src/shared/tokens/sampleTokens';
import { fakeBackend, settle, storesFor, ZEGO_PROFILE } from '../support/fakeBackend';
import { manualClock, renderWith } from '../support/renderApp';
import { gcmVectors, vector } from '../support/vectors';

const room = vector(gcmVectors, (v) => v.variant === 'priv_login_only');
const DAY = 86_400;

async function setup(lang = 'en', nowSeconds = room.expect.now, verdict: 'valid' | 'wrong_secret_or_tampered' = 'valid') {
  const backend = fakeBackend({
    'profiles:list': () => ({ profiles: [ZEGO_PROFILE] }),
    'tokens:inspect': ({ token }) => {
      const inspection = inspectToken(token, { now: nowSeconds });
      return verdict === 'valid'
        ? { inspection: { ...inspection, verdict, fields: room.expect.fields, privilege: { roomId: 'room1', canLogin: true, canPublish: false, streamIds: null } } }
        : { inspection: { ...inspection, verdict, reason: 'could not decrypt or authenticate' } };
    },
  });
  const stores = storesFor(backend, () => nowSeconds);
  await stores.profiles.getState().load();
  renderWith(stores, <InspectorScreen />, manualClock(nowSeconds * 1000).clock, lang);
  return { stores, user: userEvent.setup() };
}

describe('inspection headline', () => {
  it('says verdict, family, user, app and room in one line on top, with the absolute expiry', async () => {
    const { user } = await setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Verify with' }), ZEGO_PROFILE.id);
    await user.click(screen.getByRole('textbox', { name: 'Token or text' }));
    await user.paste(room.token);
    await act(settle);
    const headline = screen.getByRole('heading', { name: 'Summary' });
    const fields = room.expect.fields as { user_id: string; app_id: number };
    expect(headline.textContent).toContain('Valid');
    expect(headline.textContent).toContain('ZEGO Token04');
    expect(headline.textContent).toContain(`user ${fields.user_id}`);
    expect(headline.textContent).toContain(`app ${fields.app_id}`);
    expect(headline.textContent).toContain('room room1');
    expect(headline.textContent).toMatch(/2024.*\(expires in 1h 50m\)/);
    expect(within(headline).queryByText('unauthenticated')).toBeNull();
  });

  it('marks an expiry read from an unauthenticated header, and reads long spans in years', async () => {
    const { user } = await setup('en', room.expect.now + 1086 * DAY, 'wrong_secret_or_tampered');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Verify with' }), ZEGO_PROFILE.id);
    await user.click(screen.getByRole('textbox', { name: 'Token or text' }));
    await user.paste(room.token);
    await act(settle);
    const headline = screen.getByRole('heading', { name: 'Summary' });
    expect(headline.textContent).toContain('Wrong secret or tampered');
    expect(within(headline).getByText('unauthenticated').getAttribute('title')).toMatch(/not proven/);
    expect(headline.textContent).toMatch(/expired 3 years ago/);
    const row = screen.getByRole('row', { name: /expire \(outer header\)/ });
    expect(row.textContent).toMatch(/expired 3 years ago.*unauthenticated/);
    expect(row.textContent).not.toMatch(/1086/);
  });

  it('explains every colour of the byte map in a legend, not only the GCM nonce', async () => {
    const { user } = await setup();
    await user.click(screen.getByRole('textbox', { name: 'Token or text' }));
    await user.paste(room.token);
    const legend = screen.getByLabelText('Colour legend');
    for (const part of ['expire', 'nonce', 'ciphertext', 'tag', 'mode']) {
      const item = legend.querySelector(`[data-seg="${part}"] dd`);
      expect(item?.textContent, part).toBeTruthy();
    }
    expect(legend.querySelector('[data-seg="tag"] dd')?.textContent).toMatch(/authenticate/);
  });

  it('offers labelled sample tokens when empty, and a picked sample is inspected', async () => {
    const { user } = await setup();
    const samples = screen.getByRole('region', { name: 'Try an example' });
    expect(within(samples).getAllByText('Sample')).toHaveLength(SAMPLE_TOKENS.length);
    await user.click(within(samples).getByRole('button', { name: /CommsEase/ }));
    expect(screen.getByRole('heading', { name: 'Summary' }).textContent).toContain('CommsEase');
    expect(screen.queryByRole('region', { name: 'Try an example' })).toBeNull();
  });

  it('keeps a 32-character App ID from breaking the line: head…tail, the whole id as its title', async () => {
    const { user } = await setup();
    const agora = SAMPLE_TOKENS.find((s) => s.token.startsWith('007'))!;
    await user.click(within(screen.getByRole('region', { name: 'Try an example' })).getByRole('button', { name: new RegExp(agora.label.slice(0, 18).replace(/[()]/g, '\\$&')) }));
    const app = screen.getByRole('heading', { name: 'Summary' }).querySelector<HTMLElement>('[data-part="app"]')!;
    expect(app.textContent).toBe('app 01234567…cdef');
    expect(app.title).toBe('app 0123456789abcdef0123456789abcdef');
  });

  it('speaks Chinese when the OS does', async () => {
    const { user } = await setup('zh-CN');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('令牌检查');
    await user.click(screen.getByRole('textbox', { name: '令牌或文本' }));
    await user.paste(room.token);
    const headline = screen.getByRole('heading', { name: '摘要' });
    expect(headline.textContent).toContain('未验证');
    expect(headline.textContent).toContain('未经认证');
    expect(headline.textContent).toMatch(/1小时50分钟后过期/);
    const legend = screen.getByLabelText('颜色图例');
    expect(legend.querySelector('[data-seg="expire"] dt')?.textContent).toBe('过期时间（外层，未经认证）');
    expect(legend.querySelector('[data-seg="expire"] dd')?.textContent).toMatch(/无需密钥即可读取/);
    expect(screen.getByRole('list', { name: '发现' }).textContent).toMatch(/说明/);
  });

  it('explains another family’s parts in its own words, never in ZEGO’s', async () => {
    const { user } = await setup();
    const agora = SAMPLE_TOKENS.find((s) => s.token.startsWith('007'))!;
    await user.click(within(screen.getByRole('region', { name: 'Try an example' })).getByRole('button', { name: new RegExp(agora.label.slice(0, 18).replace(/[()]/g, '\\$&')) }));
    const legend = screen.getByLabelText('Colour legend');
    for (const item of legend.querySelectorAll('dd')) expect(item.textContent).not.toMatch(/"04"|ZEGO|GCM|AppSecret/);
  });

  it('reads a room privilege in Chinese, ids in code type', () => {
    const stores = storesFor(fakeBackend());
    renderWith(stores, <PrivilegeSummary privilege={{ roomId: 'room1', canLogin: true, canPublish: true, streamIds: ['s1', 's2'] }} />, undefined, 'zh-CN');
    const summary = screen.getByLabelText('房间权限');
    expect(summary.textContent).toBe('房间权限： 可登录房间 room1；仅可推流 s1、s2');
    expect([...summary.querySelectorAll('code')].map((c) => c.textContent)).toEqual(['room1', 's1', 's2']);
  });
});
