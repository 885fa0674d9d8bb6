import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventQueue, type QueueEntry } from '../../../src/shared/sim/eventQueue';

function drain(q: EventQueue): QueueEntry[] {
  const out: QueueEntry[] = [];
  const e: QueueEntry = { timeMs: 0, client: 0, kind: 0, a: 0, b: 0 };
  while (q.pop(e)) out.push({ ...e });
  return out;
}

describe('EventQueue', () => {
  it('pops by time, and entries due at the same time in the order they were pushed', () => {
    const q = new EventQueue();
    q.push(50, 1, 1);
    q.push(10, 2, 1);
    q.push(50, 3, 1);
    q.push(10, 4, 1);
    q.push(0, 5, 1);
    expect(drain(q).map((e) => e.client)).toEqual([5, 2, 4, 1, 3]);
  });

  it('carries kind and both arguments through', () => {
    const q = new EventQueue();
    q.push(5, 7, 3, 123_456_789_012, -4.5);
    expect(drain(q)).toEqual([{ timeMs: 5, client: 7, kind: 3, a: 123_456_789_012, b: -4.5 }]);
    expect(q.length).toBe(0);
    expect(q.peekTime()).toBe(Infinity);
  });

  it('agrees with a stable sort for any interleaving of pushes and pops (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constant(-1)), { maxLength: 3000 }),
        (ops) => {
          const q = new EventQueue();
          const reference: { time: number; id: number }[] = [];
          const e: QueueEntry = { timeMs: 0, client: 0, kind: 0, a: 0, b: 0 };
          let id = 0;
          for (const op of ops) {
            if (op === -1) {
              const had = q.pop(e);
              expect(had).toBe(reference.length > 0);
              if (!had) continue;
              reference.sort((x, y) => x.time - y.time || x.id - y.id);
              const want = reference.shift()!;
              expect([e.timeMs, e.client]).toEqual([want.time, want.id]);
            } else {
              q.push(op, id, 1);
              reference.push({ time: op, id });
              id++;
            }
          }
          expect(q.length).toBe(reference.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
