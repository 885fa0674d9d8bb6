import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDestinationApprovals, DESTINATION_APPROVALS_FILE } from '../../../src/main/security/destinationApprovals';
import { createDestinationGate } from '../../../src/main/security/destinationGate';
import { createNativeConfirm } from '../../../src/main/electron/nativeConfirm';
import { createFakeConfirm } from '../../support/fakeConfirm';

const PROFILE = { id: '00000000000000aa', name: 'acme', env: 'prod' };
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tokenlab-gate-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function gate(answer: boolean) {
  const confirm = createFakeConfirm(answer);
  return { confirm, gate: createDestinationGate({ approvals: createDestinationApprovals({ dataDir: dir, nowMs: () => 0 }), confirm }) };
}

describe('destination gate', () => {
  it('remembers a "yes" per profile and origin (in the data folder), never a "no"', async () => {
    const no = gate(false);
    await expect(no.gate.require(PROFILE, 'https://cb.example.com/a', 'callback')).rejects.toMatchObject({ code: 'NOT_CONFIRMED' });
    const yes = gate(true);
    await yes.gate.require(PROFILE, 'https://cb.example.com/a', 'callback');
    await yes.gate.require(PROFILE, 'https://cb.example.com/b?x', 'callback');
    expect(yes.confirm.questions).toHaveLength(1);
    expect(yes.confirm.questions[0]?.message).toContain('https://cb.example.com');
    // Another origin, purpose or profile is asked again.
    await yes.gate.require(PROFILE, 'https://cb.example.com:8443/a', 'callback');
    await yes.gate.require(PROFILE, 'https://cb.example.com/a', 'api');
    await yes.gate.require({ ...PROFILE, id: '00000000000000bb' }, 'https://cb.example.com/a', 'callback');
    expect(yes.confirm.questions).toHaveLength(4);
  });

  it('never asks for CommsEase\'s documented API base', async () => {
    const { gate: g, confirm } = gate(false);
    await g.require(PROFILE, 'https://api.netease.im/nimserver', 'api');
    expect(confirm.questions).toHaveLength(0);
  });

  it('fails closed: an unreadable approvals file means asking again', async () => {
    await gate(true).gate.require(PROFILE, 'https://cb.example.com', 'callback');
    await writeFile(join(dir, DESTINATION_APPROVALS_FILE), '{ not json');
    await expect(gate(false).gate.require(PROFILE, 'https://cb.example.com', 'callback')).rejects.toMatchObject({ code: 'NOT_CONFIRMED' });
  });
});

describe('destination gate in Chinese', () => {
  it('asks in the language it is given, buttons included, and refuses in it', async () => {
    const confirm = createFakeConfirm(false);
    const language = { current: 'en' as 'en' | 'zh-CN' };
    const g = createDestinationGate({ approvals: createDestinationApprovals({ dataDir: dir, nowMs: () => 0 }), confirm, language: () => language.current });
    const english = await g.require(PROFILE, 'https://proxy.example.com/nimserver', 'api').catch((e: Error) => e);
    language.current = 'zh-CN';
    const chinese = await g.require(PROFILE, 'https://proxy.example.com/nimserver', 'api').catch((e: Error) => e);
    const [en, zh] = confirm.questions;
    expect(en).toMatchObject({ title: 'Send signed CommsEase API calls to this address?', confirmLabel: 'Send', cancelLabel: 'Cancel' });
    expect(en?.message).toBe('profile "acme" [prod] sends its server API calls to https://proxy.example.com, not to CommsEase\'s documented https://api.netease.im.');
    expect(zh).toMatchObject({ title: '要把签名的云信 API 调用发送到这个地址吗？', confirmLabel: '发送', cancelLabel: '取消' });
    expect(zh?.message).toBe('档案“acme”[prod]把服务端 API 调用发往 https://proxy.example.com，而不是云信文档中的 https://api.netease.im。');
    // The error keeps main's English message (logs, the CLI's --json); the dispatcher words it for the page.
    expect(english).toMatchObject({ code: 'NOT_CONFIRMED', message: 'signed API calls of acme to https://proxy.example.com were not approved; nothing was sent' });
    expect(chinese).toMatchObject({ code: 'NOT_CONFIRMED', textKey: 'apiNotApproved' });
  });
});

describe('native confirmation (Electron dialog)', () => {
  const window = { isDestroyed: () => false } as never;

  it('shows a modal warning on the app window with Cancel as default; only "Send" says yes', async () => {
    const shown: unknown[] = [];
    const confirm = createNativeConfirm(async (parent, options) => {
      shown.push({ parent, options });
      return { response: 1, checkboxChecked: false };
    }, () => window);
    expect(await confirm.confirm({ title: 't', message: 'm', detail: 'd' })).toBe(true);
    expect(shown[0]).toMatchObject({ parent: window, options: { type: 'warning', buttons: ['Cancel', 'Send'], defaultId: 0, cancelId: 0, message: 'm', detail: 'd' } });
    const cancel = createNativeConfirm(async () => ({ response: 0, checkboxChecked: false }), () => window);
    expect(await cancel.confirm({ title: 't', message: 'm', detail: 'd' })).toBe(false);
  });

  it('words its buttons in the language main speaks when the question names none', async () => {
    const shown: Array<{ buttons?: string[] }> = [];
    const confirm = createNativeConfirm(async (_parent, options) => (shown.push(options), { response: 0, checkboxChecked: false }), () => window, () => 'zh-CN');
    await confirm.confirm({ title: 't', message: 'm', detail: 'd' });
    expect(shown[0]?.buttons).toEqual(['取消', '发送']);
  });

  it('refuses when there is no window to ask on', async () => {
    const confirm = createNativeConfirm(async () => ({ response: 1, checkboxChecked: false }), () => null);
    expect(await confirm.confirm({ title: 't', message: 'm', detail: 'd' })).toBe(false);
  });
});
