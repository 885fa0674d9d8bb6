/**
 * `tokens:inspectMany` with hostile volume: 2,000 tokens of 16 KB once held main for 32 s.
 * A request is capped by its total size, the renderer splits a big paste to fit, and main
 * inspects in slices, answering other calls in between.
 */
import { describe, expect, it } from 'vitest';
import { INSPECT_MANY_MAX_CHARS, INSPECT_MANY_MAX_TOKENS, inspectManyBatches } from '../../src/shared/ipc/channels/tokens';
import { startIpcTestApp } from '../support/ipcTestApp';

const bigToken = (i: number) => Buffer.from(JSON.stringify({ signature: 'x'.repeat(12_000), curTime: 1_700_000_000_000 + i, ttl: 600 })).toString('base64').slice(0, 16_384);

describe('tokens:inspectMany is bounded by total size', () => {
  it('2,000 tokens of 16 KB are refused as one request, with a message saying why', async () => {
    const app = await startIpcTestApp();
    try {
      const reply = await app.dispatch('tokens:inspectMany', { tokens: Array.from({ length: 2_000 }, () => 'A'.repeat(16_384)) });
      expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('characters in all') } });
    } finally {
      await app.close();
    }
  });

  it('inspectManyBatches splits in order, each batch within both limits', () => {
    const tokens = [...Array.from({ length: 300 }, (_, i) => bigToken(i)), ...Array.from({ length: 25_000 }, (_, i) => `t${i}`)];
    const batches = inspectManyBatches(tokens);
    expect(batches.flat()).toEqual(tokens);
    for (const batch of batches) {
      expect(batch.length).toBeLessThanOrEqual(INSPECT_MANY_MAX_TOKENS);
      expect(batch.reduce((sum, t) => sum + t.length, 0)).toBeLessThanOrEqual(INSPECT_MANY_MAX_CHARS);
    }
  });
});

describe('main keeps answering while it inspects a full request', () => {
  it('the event loop turns during a 2 Mi-character request, and other calls are answered before it ends', async () => {
    const app = await startIpcTestApp();
    try {
      const tokens = inspectManyBatches(Array.from({ length: 400 }, (_, i) => bigToken(i)))[0] as string[];
      expect(tokens.reduce((sum, t) => sum + t.length, 0)).toBeGreaterThan(INSPECT_MANY_MAX_CHARS / 2);
      let turns = 0;
      let finished = false;
      const ticker = setInterval(() => void turns++, 0);
      const events: string[] = [];
      const big = app.dispatch('tokens:inspectMany', { tokens }).then((reply) => {
        finished = true;
        events.push('inspectMany');
        return reply;
      });
      // A small call made just after the big one is answered while the big one is still working.
      await new Promise((resolve) => setImmediate(resolve));
      const small = app.dispatch('tokens:inspect', { token: 'AAAA' }).then(() => events.push(finished ? 'inspect after' : 'inspect'));
      const [reply] = await Promise.all([big, small]);
      clearInterval(ticker);
      expect(reply).toMatchObject({ ok: true });
      expect((reply as { ok: true; value: { inspections: unknown[] } }).value.inspections).toHaveLength(tokens.length);
      expect(turns).toBeGreaterThan(1);
      expect(events).toEqual(['inspect', 'inspectMany']);
    } finally {
      await app.close();
    }
  });
});
