import { describe, expect, it } from 'vitest';
import { buildTokenlabApi, type IpcInvoke, type IpcSubscribe } from '../../../src/shared/ipc/buildApi';
import { IPC_CHANNELS } from '../../../src/shared/ipc/contract';

function recordingTransport(reply: unknown = { ok: true, value: { profiles: [] } }) {
  const calls: Array<{ channel: string; request: unknown }> = [];
  const invoke: IpcInvoke = async (channel, request) => {
    calls.push({ channel, request });
    return reply;
  };
  const listeners = new Map<string, (payload: unknown) => void>();
  const subscribe: IpcSubscribe = (event, listener) => {
    listeners.set(event, listener);
    return () => listeners.delete(event);
  };
  return { calls, invoke, subscribe, listeners };
}

describe('buildTokenlabApi', () => {
  it('has exactly one method per contract channel, grouped by domain, plus events', () => {
    const t = recordingTransport();
    const api = buildTokenlabApi(t.invoke, t.subscribe) as unknown as Record<string, Record<string, unknown>>;
    const methods = Object.entries(api)
      .filter(([domain]) => domain !== 'events')
      .flatMap(([domain, group]) => Object.keys(group).map((verb) => `${domain}:${verb}`));
    expect(methods.sort()).toEqual([...IPC_CHANNELS].sort());
    expect(Object.keys(api.events ?? {})).toEqual(['on']);
    expect('invoke' in api).toBe(false);
  });

  it('sends the call on its own channel with the request (or {} when omitted)', async () => {
    const t = recordingTransport();
    const api = buildTokenlabApi(t.invoke, t.subscribe);
    await api.profiles.list();
    await api.profiles.rename({ id: '0123456789abcdef', name: 'prod' });
    expect(t.calls).toEqual([
      { channel: 'profiles:list', request: {} },
      { channel: 'profiles:rename', request: { id: '0123456789abcdef', name: 'prod' } },
    ]);
  });

  it('turns a transport failure or a reply of the wrong shape into a typed error, never a rejection', async () => {
    const failing = buildTokenlabApi(
      async () => {
        throw new Error('No handler registered');
      },
      () => () => {},
    );
    await expect(failing.vault.status()).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const garbage = buildTokenlabApi(async () => 'surprise', () => () => {});
    await expect(garbage.vault.status()).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('passes typed error replies through unchanged', async () => {
    const t = recordingTransport({ ok: false, error: { code: 'KEYCHAIN_LOCKED', message: 'unlock it' } });
    const api = buildTokenlabApi(t.invoke, t.subscribe);
    await expect(api.profiles.list()).resolves.toEqual({ ok: false, error: { code: 'KEYCHAIN_LOCKED', message: 'unlock it' } });
  });

  it('subscribes only to listed events and hands back an unsubscribe', () => {
    const t = recordingTransport();
    const api = buildTokenlabApi(t.invoke, t.subscribe);
    const seen: unknown[] = [];
    const off = api.events.on('app:command', (payload) => seen.push(payload.command));
    t.listeners.get('app:command')?.({ command: 'paste-and-inspect' });
    expect(seen).toEqual(['paste-and-inspect']);
    off();
    expect(t.listeners.has('app:command')).toBe(false);
    expect(() => api.events.on('ipc:anything' as never, () => {})).toThrow(/unknown event/);
  });

  it('is frozen, so page scripts cannot swap a method', () => {
    const t = recordingTransport();
    const api = buildTokenlabApi(t.invoke, t.subscribe);
    expect(Object.isFrozen(api)).toBe(true);
  });
});
