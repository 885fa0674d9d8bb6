import { describe, expect, it, vi } from 'vitest';
import { inspectToken } from '../../../src/shared/tokens/inspect';
import type { Inspection } from '../../../src/shared/tokens/types';
import { effectiveInspection } from '../../../src/renderer/src/features/inspector/inspectorStore';
import { fakeBackend, ipcFailure, settle, storesFor, ZEGO_PROFILE } from '../support/fakeBackend';
import { commsEaseVectors, gcmVectors, negativeVectors, vector } from '../support/vectors';

const room = vector(gcmVectors, (v) => v.variant === 'priv_login_only');
const identity = vector(gcmVectors, (v) => v.variant === 'identity');
const commsEase = commsEaseVectors[0]!;

/** What main would answer: the same engine, judged as valid (main holds the secret). */
function judged(token: string, verdict: Inspection['verdict']): Inspection {
  return { ...inspectToken(token, { now: room.expect.now }), verdict, reason: `judged ${verdict}` };
}

describe('inspector store', () => {
  it('decodes as the text changes, without any IPC', () => {
    const backend = fakeBackend();
    const { inspector } = storesFor(backend);
    inspector.getState().setText(`  ${room.token}\n`);
    const { rows } = inspector.getState();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.local.format).toBe('zego-token04');
    expect(rows[0]!.local.layout).toBe('gcm');
    expect(rows[0]!.local.verdict).toBe('unverified');
    expect(rows[0]!.local.expiresAt).toBe(room.expect.headerExpire);
    expect(backend.calls).toEqual([]);
  });

  it('finds tokens inside log lines and several per line, with their line numbers', () => {
    const { inspector } = storesFor(fakeBackend());
    inspector.getState().setText(
      [`2024-02-12 INFO login user=u1001 token=${room.token} ok`, '', `${identity.token} ${commsEase.token}`, 'no token here'].join('\n'),
    );
    const rows = inspector.getState().rows;
    expect(rows.map((r) => [r.line, r.local.format])).toEqual([
      [1, 'zego-token04'],
      [3, 'zego-token04'],
      [3, 'commsease-dynamic'],
      [4, 'unknown'],
    ]);
    expect(rows[3]!.local.verdict).toBe('malformed');
  });

  it('verifies through main when a profile is chosen, and shows main’s verdict', async () => {
    const backend = fakeBackend({ 'tokens:inspect': ({ token }) => ({ inspection: judged(token, 'valid') }) });
    const { inspector } = storesFor(backend);
    inspector.getState().setText(room.token);
    inspector.getState().setProfile(ZEGO_PROFILE.id);
    await settle();
    expect(backend.callsTo('tokens:inspect')).toEqual([{ token: room.token, profileId: ZEGO_PROFILE.id }]);
    expect(effectiveInspection(inspector.getState(), 0)?.verdict).toBe('valid');

    inspector.getState().setProfile(null);
    await settle();
    expect(effectiveInspection(inspector.getState(), 0)?.verdict).toBe('unverified');
  });

  it('drops a verification reply that arrives after the text changed', async () => {
    const pending: ((value: unknown) => void)[] = [];
    const backend = fakeBackend({ 'tokens:inspect': () => new Promise((resolve) => pending.push(resolve)) });
    const { inspector } = storesFor(backend);
    inspector.getState().setProfile(ZEGO_PROFILE.id);
    inspector.getState().setText(room.token);
    inspector.getState().setText(identity.token);
    await settle();
    expect(pending).toHaveLength(2);
    pending[1]!({ inspection: judged(identity.token, 'expired') });
    await settle();
    pending[0]!({ inspection: judged(room.token, 'valid') });
    await settle();
    const state = inspector.getState();
    expect(state.rows[0]!.token).toBe(identity.token);
    expect(effectiveInspection(state, 0)?.verdict).toBe('expired');
  });

  it('verifies many tokens in one request and explains a failure', async () => {
    const backend = fakeBackend({ 'tokens:inspectMany': () => Promise.reject(ipcFailure('KEYCHAIN_LOCKED', 'the keychain is locked')) });
    const { inspector } = storesFor(backend);
    inspector.getState().setProfile(ZEGO_PROFILE.id);
    inspector.getState().setText(`${room.token}\n${identity.token}`);
    await settle();
    expect(backend.callsTo('tokens:inspectMany')).toEqual([{ tokens: [room.token, identity.token], profileId: ZEGO_PROFILE.id }]);
    expect(inspector.getState().verifyError).toEqual({ code: 'KEYCHAIN_LOCKED', message: 'the keychain is locked' });
    expect(inspector.getState().verifying).toBe(false);
  });

  it('keeps the malformed offset of a broken token', () => {
    const broken = vector(negativeVectors, (v) => v.expect.verdict === 'malformed' && v.token.startsWith('04'));
    const { inspector } = storesFor(fakeBackend());
    inspector.getState().setText(broken.token);
    expect(inspector.getState().rows[0]!.local.verdict).toBe('malformed');
    expect(inspector.getState().rows[0]!.local.offset).not.toBeNull();
  });

  it('waits for a pause in typing before verifying a big paste, then sends one request', async () => {
    vi.useFakeTimers();
    try {
      const backend = fakeBackend({ 'tokens:inspectMany': ({ tokens }) => ({ inspections: tokens.map((t) => judged(t, 'expired')) }) });
      const { inspector } = storesFor(backend);
      inspector.getState().setProfile(ZEGO_PROFILE.id);
      const text = Array.from({ length: 600 }, (_, i) => gcmVectors[i % gcmVectors.length]!.token).join('\n');
      inspector.getState().setText(text);
      inspector.getState().setText(`${text}\n`);
      expect(inspector.getState().verifying).toBe(true);
      expect(backend.callsTo('tokens:inspectMany')).toEqual([]);
      await vi.advanceTimersByTimeAsync(500);
      expect(backend.callsTo('tokens:inspectMany')).toHaveLength(1);
      expect(effectiveInspection(inspector.getState(), 599)?.verdict).toBe('expired');
      expect(inspector.getState().verifying).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('handles 10,000 pasted lines, and an edit re-inspects only the changed lines', () => {
    const { inspector } = storesFor(fakeBackend());
    const lines = Array.from({ length: 10_000 }, (_, i) => `${i} token=${gcmVectors[i % gcmVectors.length]!.token}`);
    inspector.getState().setText(lines.join('\n'));
    const rows = inspector.getState().rows;
    expect(rows).toHaveLength(10_000);
    // The rest comes from the cache: unchanged lines keep their inspection objects.
    inspector.getState().setText(`${lines.join('\n')}\nx`);
    const after = inspector.getState().rows;
    expect(after).toHaveLength(10_001);
    expect(after[0]!.local).toBe(rows[0]!.local);
    expect(after[9_999]!.local).toBe(rows[9_999]!.local);
  });
});
