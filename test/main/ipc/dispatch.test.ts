import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineChannel } from '../../../src/shared/ipc/channel';
import { TokenLabError } from '../../../src/shared/errors';
import { createContractDispatcher } from '../../../src/main/ipc/dispatch';

const contract = {
  'demo:echo': defineChannel({
    summary: 'echo a name',
    request: z.strictObject({ name: z.string().min(1) }),
    response: z.strictObject({ greeting: z.string() }),
  }),
};

function dispatcherWith(echo: (req: { name: string }) => unknown) {
  const log: string[] = [];
  const dispatch = createContractDispatcher(contract, { 'demo:echo': echo as never }, { log: (line) => log.push(line) });
  return { dispatch, log };
}

describe('createContractDispatcher', () => {
  it('validates, runs the handler and returns its validated value', async () => {
    const { dispatch, log } = dispatcherWith(({ name }) => ({ greeting: `hi ${name}` }));
    await expect(dispatch('demo:echo', { name: 'ada' })).resolves.toEqual({ ok: true, value: { greeting: 'hi ada' } });
    expect(log).toEqual(['ipc demo:echo → ok']);
  });

  it('refuses an invalid request before the handler runs, naming the path but not the value', async () => {
    let ran = false;
    const { dispatch } = dispatcherWith(() => {
      ran = true;
      return { greeting: '' };
    });
    const reply = await dispatch('demo:echo', { name: '', extra: 'SECRET-VALUE' });
    expect(ran).toBe(false);
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(JSON.stringify(reply)).not.toContain('SECRET-VALUE');
  });

  it('answers an unknown or inherited channel name with UNKNOWN_CHANNEL', async () => {
    const { dispatch } = dispatcherWith(() => ({ greeting: '' }));
    await expect(dispatch('demo:nope', {})).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    await expect(dispatch('toString', {})).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('maps a TokenLabError to its code and message', async () => {
    const { dispatch } = dispatcherWith(() => {
      throw new TokenLabError('KEYCHAIN_LOCKED', 'unlock your keyring');
    });
    await expect(dispatch('demo:echo', { name: 'a' })).resolves.toEqual({
      ok: false,
      error: { code: 'KEYCHAIN_LOCKED', message: 'unlock your keyring' },
    });
  });

  it('hides the message of an unexpected error (it might quote a secret)', async () => {
    const { dispatch, log } = dispatcherWith(async () => {
      throw new Error('boom with SECRET-VALUE inside');
    });
    const reply = await dispatch('demo:echo', { name: 'a' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(reply) + log.join('\n')).not.toContain('SECRET-VALUE');
  });

  it('refuses a reply that does not match the contract, e.g. one with an extra field', async () => {
    const { dispatch } = dispatcherWith(() => ({ greeting: 'x', secret: 'SECRET-VALUE' }));
    const reply = await dispatch('demo:echo', { name: 'a' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(reply)).not.toContain('SECRET-VALUE');
  });
});
