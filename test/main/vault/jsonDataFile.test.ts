import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createSerialQueue, readJsonOrMoveAside } from '../../../src/main/vault/jsonDataFile';

function file(text: string | null) {
  const moved: string[] = [];
  return {
    moved,
    read: async () => text,
    moveAside: async () => {
      moved.push('x');
      return '/data/x.json.corrupt-1';
    },
  };
}

const schema = z.object({ schemaVersion: z.literal(1), items: z.array(z.string()) });

describe('JSON data files', () => {
  it('reads a valid file, and says nothing about a missing one', async () => {
    expect(await readJsonOrMoveAside(file('{"schemaVersion":1,"items":["a"]}'), schema, () => {})).toEqual({ schemaVersion: 1, items: ['a'] });
    const missing = file(null);
    expect(await readJsonOrMoveAside(missing, schema, () => {})).toBeNull();
    expect(missing.moved).toEqual([]);
  });

  it('moves aside a file that is not JSON or not the right shape, and reports where it went', async () => {
    for (const text of ['{oops', '{"schemaVersion":2,"items":[]}']) {
      const f = file(text);
      const kept: string[] = [];
      expect(await readJsonOrMoveAside(f, schema, (p) => kept.push(p))).toBeNull();
      expect(kept).toEqual(['/data/x.json.corrupt-1']);
    }
  });

  it('runs queued operations one at a time, even after one fails', async () => {
    const serial = createSerialQueue();
    const order: string[] = [];
    const slow = serial(async () => {
      await new Promise((r) => setTimeout(r, 20));
      order.push('slow');
      throw new Error('boom');
    });
    const fast = serial(async () => {
      order.push('fast');
      return 1;
    });
    await expect(slow).rejects.toThrow('boom');
    expect(await fast).toBe(1);
    expect(order).toEqual(['slow', 'fast']);
  });
});
