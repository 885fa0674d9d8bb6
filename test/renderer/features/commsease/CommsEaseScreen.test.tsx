import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CommsEaseScreen } from '../../../../src/renderer/src/features/commsease';
import { storesFor } from '../../support/fakeBackend';
import { renderWith } from '../../support/renderApp';
import { commsEaseBackend, DEV, PROD, report } from './fixtures';

function renderScreen() {
  const backend = commsEaseBackend();
  const stores = storesFor(backend, () => 1_700_000_000);
  // The shell loads the app's one profile list at start; this screen only reads it.
  void stores.profiles.getState().load();
  renderWith(stores, <CommsEaseScreen />);
  return { backend, store: stores.commsease, user: userEvent.setup() };
}

const callbackReport = {
  request: { method: 'POST', url: 'https://customer.example/cb', headers: { AppKey: 'k', CurTime: '1', MD5: 'm', CheckSum: 'c', 'Content-Type': 'application/json;charset=utf-8' }, bodyShown: '{"token":"•••"}' },
  response: { status: 200, contentType: 'application/json', body: '{"errCode":1}', truncated: false },
  elapsedMs: 12,
  timeoutMs: 2000,
  decision: { kind: 'login_refused', clientExperience: 'The login fails: the SDK reports code 302 (accid and token do not match).', reason: 'HTTP 2xx with "errCode": 1', errCode: 1, responseCode: null },
};

describe('CommsEase screen', () => {
  it('gives every control an accessible name', async () => {
    renderScreen();
    await screen.findByText('alice');
    for (const role of ['button', 'textbox', 'combobox', 'radio'] as const) {
      const all = screen.queryAllByRole(role);
      expect(all.length).toBeGreaterThan(0);
      expect(screen.queryAllByRole(role, { name: /\S/ })).toHaveLength(all.length);
    }
    // Password inputs have no role: check their labels directly.
    expect(screen.getByLabelText('Token')).toHaveProperty('type', 'password');
    expect(screen.getByLabelText('Login token')).toHaveProperty('type', 'password');
  });

  it('checks a pasted static token and shows the verdict', async () => {
    const { backend, user } = renderScreen();
    backend.handle('commsease:staticCheck', ({ token }) => ({ verdict: token === 'right' ? 'matches' : 'does_not_match' }));
    await screen.findByText('alice');
    await user.type(screen.getByLabelText('accid'), 'alice');
    await user.type(screen.getByLabelText('Token'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Check token' }));
    expect(await screen.findByText(/Does not match the stored static token/)).toBeTruthy();
    expect(backend.callsTo('commsease:staticCheck')).toEqual([{ profileId: DEV.id, accid: 'alice', token: 'wrong' }]);
  });

  it('refresh on a prod profile asks twice, naming the tag, before anything is sent', async () => {
    const { backend, user } = renderScreen();
    backend.handle('commsease:staticRefresh', () => report({ env: 'prod', profileId: PROD.id }));
    await screen.findByText('alice');
    await user.selectOptions(screen.getByLabelText('CommsEase profile'), PROD.id);
    await user.type(screen.getByLabelText('accid'), 'bob');
    await user.click(screen.getByRole('button', { name: 'Refresh token on CommsEase…' }));

    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('heading').textContent).toContain('prod');
    await user.type(within(dialog).getByRole('textbox'), 'yes');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    const second = within(screen.getByRole('dialog')).getByRole('textbox', { name: /Type the environment tag "prod"/ });
    await user.type(second, 'dev');
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Confirm' }));
    expect(screen.getByRole('alert').textContent).toContain('"prod"');
    expect(backend.callsTo('commsease:staticRefresh')).toEqual([]);

    await user.clear(second);
    await user.type(second, 'prod');
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(backend.callsTo('commsease:staticRefresh')).toHaveLength(1));
    expect(backend.callsTo('commsease:staticRefresh')[0]?.confirmation).toEqual({ env: 'prod', twice: true });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await screen.findByText(/new random token is stored in the keychain/)).toBeTruthy();
  });

  it('Cancel closes the confirmation without a call', async () => {
    const { backend, user } = renderScreen();
    await screen.findByText('alice');
    await user.type(screen.getByLabelText('accid'), 'alice');
    await user.click(screen.getByRole('button', { name: 'Refresh token on CommsEase…' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(backend.callsTo('commsease:staticRefresh')).toEqual([]);
  });

  it('sends a login callback and shows the decision the client would see', async () => {
    const { backend, user } = renderScreen();
    backend.handle('commsease:callbackSend', () => callbackReport);
    await screen.findByText('alice');
    await user.type(screen.getByLabelText('Callback URL'), 'https://customer.example/cb');
    await user.type(screen.getByLabelText('accid (fromAccount)'), 'alice');
    await user.type(screen.getByLabelText('Login token'), 'tok');
    await user.selectOptions(screen.getByLabelText('Client type (fromClientType)'), 'IOS');
    await user.click(screen.getByRole('button', { name: 'Send login callback' }));
    expect(await screen.findByText('Login refused (302)')).toBeTruthy();
    expect(backend.callsTo('commsease:callbackSend')[0]).toMatchObject({ profileId: DEV.id, url: 'https://customer.example/cb', accid: 'alice', clientType: 'IOS', token: 'tok' });
    expect(screen.getByLabelText('Request sent').textContent).toContain('"token":"•••"');
  });

  it('verifies a pasted callback and says which check failed', async () => {
    const { backend, user } = renderScreen();
    backend.handle('commsease:callbackVerify', () => ({
      verdict: 'checksum_mismatch',
      explanation: 'The body matches its MD5 header, but the CheckSum does not.',
      md5: { status: 'ok', received: 'aa', computed: 'aa', hint: null },
      checkSum: { status: 'mismatch', received: 'bb' },
      appKey: { status: 'matches', received: 'k' },
      curTime: { received: '1', note: null },
      body: null,
      headerProblems: [],
    }));
    await screen.findByText('alice');
    await user.type(screen.getByLabelText('Headers ("Name: value" lines)'), 'MD5: aa');
    await user.type(screen.getByLabelText('Raw body'), 'x');
    await user.click(screen.getByRole('button', { name: 'Verify MD5 and CheckSum' }));
    expect(await screen.findByText('CheckSum FAILS')).toBeTruthy();
    expect(screen.getByText(/MD5 holds/)).toBeTruthy();
  });

  it('adds a case and runs all cases in one click, showing pass/fail per row', async () => {
    const { backend, user } = renderScreen();
    const cases: unknown[] = [];
    backend.handle('commsease:caseSave', ({ testCase }) => {
      const saved = { id: 'aaaaaaaaaaaaaaa1', ...{ clientIp: '', loginExt: '' }, ...testCase, tokenStored: true };
      delete (saved as { token?: string }).token;
      cases.push(saved);
      return { testCase: saved };
    });
    backend.handle('commsease:casesList', () => ({ callbackUrl: 'https://customer.example/cb', cases }));
    backend.handle('commsease:casesRun', () => ({
      results: [{ caseId: 'aaaaaaaaaaaaaaa1', name: 'alice ok', expected: 'allowed', passed: false, summary: 'expected allowed, got refused', decision: null, httpStatus: 200, elapsedMs: 5 }],
    }));
    await screen.findByText('alice');
    await user.type(screen.getByLabelText('Case name'), 'alice ok');
    await user.type(screen.getByLabelText('Case accid'), 'alice');
    await user.type(screen.getByLabelText('Case token'), 'secret-tok');
    await user.click(screen.getByRole('button', { name: 'Add case' }));
    const table = await screen.findByRole('table', { name: 'Saved test cases' });
    expect(within(table).getByText('alice ok')).toBeTruthy();
    expect(backend.callsTo('commsease:caseSave')[0]?.testCase).toMatchObject({ name: 'alice ok', accid: 'alice', token: 'secret-tok', tokenSource: 'case', expected: 'allowed' });

    await user.click(screen.getByRole('button', { name: 'Run all cases' }));
    expect(await within(table).findByText(/FAIL — expected allowed, got refused/)).toBeTruthy();
    expect(screen.getByText('0 of 1 passed')).toBeTruthy();
    expect(backend.callsTo('commsease:casesRun')).toEqual([{ profileId: DEV.id, url: 'https://customer.example/cb' }]);
  });
});
