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

  it('refuses when there is no window to ask on', async () => {
    const confirm = createNativeConfirm(async () => ({ response: 1, checkboxChecked: false }), () => null);
    expect(await confirm.confirm({ title: 't', message: 'm', detail: 'd' })).toBe(false);
  });
});
