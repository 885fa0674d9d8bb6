/**
 * `history:copyPinned` through the real dispatcher: main reads a pinned token from the keychain
 * and writes the clipboard itself (with the auto-clear); the text never appears in a reply.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IpcReply } from '../../../../src/shared/ipc/reply';
import { IPC_CHANNELS } from '../../../../src/shared/ipc/contract';
import { startIpcTestApp, type IpcTestApp } from '../../../support/ipcTestApp';

const SECRET = 'HiStOrYsEcReT0123456789abcdefghi';
let app: IpcTestApp;
let id = '';
let token = '';

async function call<T>(channel: string, request: unknown): Promise<IpcReply<T>> {
  return (await app.dispatch(channel as never, request as never)) as IpcReply<T>;
}

beforeEach(async () => {
  app = await startIpcTestApp({ nowMs: 1_700_000_000_000 });
  const added = await call<{ profile: { id: string } }>('profiles:add', { provider: 'zego', name: 'z', appId: 1234, secret: SECRET });
  if (!added.ok) throw new Error(added.error.message);
  const minted = await call<{ token: string }>('tokens:generateZego', { profileId: added.value.profile.id, userId: 'u', ttlSeconds: 3600 });
  if (!minted.ok) throw new Error(minted.error.message);
  token = minted.value.token;
  const history = await call<{ entries: Array<{ id: string }> }>('history:add', { items: [{ token, source: 'minted' }] });
  if (!history.ok) throw new Error(history.error.message);
  id = history.value.entries[0]!.id;
});
afterEach(() => app.close());

describe('history:copyPinned', () => {
  it('copies the pinned text in main, clears it later, and replies without it', async () => {
    await call('history:pin', { id, token });
    app.clipboard.text = '';
    const reply = await call('history:copyPinned', { id });
    expect(reply).toEqual({ ok: true, value: { clearsAt: 1_700_000_060 } });
    expect(JSON.stringify(reply)).not.toContain(token);
    expect(app.clipboard.text).toBe(token);
    app.timers.runAll();
    await new Promise((resolve) => setImmediate(resolve)); // the clear reads the clipboard first
    expect(app.clipboard.text).toBe('');
  });

  it('refuses an entry that is not pinned', async () => {
    expect(await call('history:copyPinned', { id })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('no channel returns a pinned token any more', () => {
    expect(IPC_CHANNELS).not.toContain('history:pinnedToken');
  });
});
