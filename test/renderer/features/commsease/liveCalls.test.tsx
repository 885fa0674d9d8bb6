/**
 * The CommsEase screen's issue-12 fixes: calls that change the live account look different
 * from local actions, a prod profile says so in red, "accid" is explained once, and the
 * screen speaks Chinese.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CommsEaseScreen } from '../../../../src/renderer/src/features/commsease';
import { storesFor } from '../../support/fakeBackend';
import { renderWith } from '../../support/renderApp';
import { commsEaseBackend, PROD } from './fixtures';

function renderScreen(lang = 'en') {
  const backend = commsEaseBackend();
  const stores = storesFor(backend, () => 1_700_000_000);
  void stores.profiles.getState().load();
  renderWith(stores, <CommsEaseScreen />, undefined, lang);
  return { backend, user: userEvent.setup() };
}

describe('CommsEase live-account calls', () => {
  it('puts store and check in a local group and create, update, refresh in the live-account group, update and refresh destructive', async () => {
    renderScreen();
    await screen.findByText('alice');
    const local = within(screen.getByRole('group', { name: 'In TokenLab, on this computer' }));
    const live = within(screen.getByRole('group', { name: /^On the live CommsEase account/ }));
    expect(local.getAllByRole('button').map((b) => b.textContent)).toEqual(['Store in keychain', 'Check token']);
    expect(live.getAllByRole('button').map((b) => b.textContent)).toEqual(['Create account on CommsEase', 'Update token on CommsEase…', 'Refresh token on CommsEase…']);
    for (const b of local.getAllByRole('button')) expect(b.classList.contains('danger')).toBe(false);
    expect(live.getByRole('button', { name: 'Update token on CommsEase…' }).classList.contains('danger')).toBe(true);
    expect(live.getByRole('button', { name: 'Refresh token on CommsEase…' }).classList.contains('danger')).toBe(true);
    // Each group says what it touches.
    expect(screen.getByRole('group', { name: 'In TokenLab, on this computer' }).getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(screen.getByRole('group', { name: /^On the live CommsEase account/ }).getAttribute('aria-describedby')!)?.textContent).toMatch(
      /change the account on the CommsEase server/,
    );
  });

  it('marks a prod profile in red on the live-account group and its confirmation, not a dev one', async () => {
    const { user } = renderScreen();
    await screen.findByText('alice');
    const live = () => screen.getByRole('group', { name: /^On the live CommsEase account/ });
    expect(live().dataset['prod']).toBeUndefined();
    expect(within(live()).getByText('dev').className).toContain('env-green');

    await user.selectOptions(screen.getByLabelText('CommsEase profile'), PROD.id);
    expect(live().dataset['prod']).toBe('true');
    expect(within(live()).getByText('prod').className).toContain('env-red');
    expect(within(live()).getByText('Production account: users log in with these tokens right now.').className).toContain('ce-prod-warning');

    await user.type(screen.getByLabelText('accid'), 'bob');
    await user.click(screen.getByRole('button', { name: 'Refresh token on CommsEase…' }));
    const dialog = screen.getByRole('dialog');
    expect(dialog.classList.contains('ce-prod')).toBe(true);
    expect(within(dialog).getByRole('button', { name: 'Confirm' }).classList.contains('danger')).toBe(true);
  });

  it('explains accid once, and the accid fields point to it', async () => {
    renderScreen();
    await screen.findByText('alice');
    const definitions = document.querySelectorAll('dfn');
    expect([...definitions].map((d) => d.textContent)).toEqual(['accid']);
    expect(screen.getAllByText(/CommsEase account ID/)).toHaveLength(1);
    expect(screen.getByLabelText('accid').getAttribute('aria-describedby')).toBe('ce-accid-term');
  });

  it('speaks Chinese, including what a form is missing', async () => {
    const { user } = renderScreen('zh-CN');
    await screen.findByText('alice');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('网易云信');
    expect(screen.getByRole('group', { name: /^在线上的云信账号上/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '校验令牌' }));
    expect(screen.getByRole('alert').textContent).toBe('请输入 accid。');
  });
});
