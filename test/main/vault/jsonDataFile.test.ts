import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createSerialQueue, fieldOf, openJsonDocument, salvageArray, type DocumentTextFile, type JsonDocumentSpec } from '../../../src/main/vault/jsonDataFile';
import { parseJsonLeniently } from '../../../src/main/vault/lenientJson';

function memoryFile(text: string | null) {
  const state = { text, kept: [] as string[], writes: 0 };
  const file: DocumentTextFile = {
    path: '/data/x.json',
    read: async () => state.text,
    write: async (next) => {
      state.text = next;
      state.writes++;
    },
    locked: (operation) => operation(),
    keepAside: async (damaged) => {
      state.kept.push(damaged);
      return '/data/x.json.corrupt-1';
    },
  };
  return { file, state };
}

const item = z.strictObject({ id: z.string(), n: z.number().int() });
const schema = z.strictObject({ schemaVersion: z.literal(1), items: z.array(item) });
type Doc = z.infer<typeof schema>;
const spec: JsonDocumentSpec<Doc> = {
  schema,
  empty: () => ({ schemaVersion: 1, items: [] }),
  entries: 'testCases',
  salvage(value) {
    const { items, dropped } = salvageArray(fieldOf(value, 'items'), item, (i) => [i.id]);
    return { document: { schemaVersion: 1, items }, kept: items.length, dropped };
  },
};

describe('JSON data files', () => {
  it('reads a valid file, and gives the empty document for a missing one without writing', async () => {
    expect(await openJsonDocument(memoryFile('{"schemaVersion":1,"items":[{"id":"a","n":1}]}').file, spec).read()).toEqual({ schemaVersion: 1, items: [{ id: 'a', n: 1 }] });
    const missing = memoryFile(null);
    const doc = openJsonDocument(missing.file, spec);
    expect(await doc.read()).toEqual({ schemaVersion: 1, items: [] });
    expect(missing.state.writes).toBe(0);
    expect(doc.damage()).toBeNull();
  });

  it('repairs a damaged file: the original kept aside, every entry that parses written back, the rest counted', async () => {
    const damaged = '{"schemaVersion":1,"items":[{"id":"a","n":1},{"id":"b","n":1.5},{"id":"a","n":2},{"id":"c","n":3},{"id":"d","n":';
    const { file, state } = memoryFile(damaged);
    const doc = openJsonDocument(file, spec);
    expect(await doc.read()).toEqual({ schemaVersion: 1, items: [{ id: 'a', n: 1 }, { id: 'c', n: 3 }] });
    expect(state.kept).toEqual([damaged]);
    expect(JSON.parse(state.text as string)).toEqual({ schemaVersion: 1, items: [{ id: 'a', n: 1 }, { id: 'c', n: 3 }] });
    expect(doc.damage()).toMatchObject({ backupPath: '/data/x.json.corrupt-1', kept: 2, dropped: 3 });
    expect(doc.damage()?.reason).toMatch(/not valid JSON.*2 test cases recovered, 3 unreadable/);
    // Repaired once: reading again finds a healthy file.
    await doc.read();
    expect(state.kept).toHaveLength(1);
  });

  it('refuses to write a document that would not read back, leaving the file as it was', async () => {
    const { file, state } = memoryFile('{"schemaVersion":1,"items":[]}');
    const doc = openJsonDocument(file, spec);
    await expect(doc.transact((_current, save) => save({ schemaVersion: 1, items: [{ id: 'x', n: 0.5 }] }))).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringMatching(/refused to write x\.json/),
    });
    expect(state.text).toBe('{"schemaVersion":1,"items":[]}');
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

describe('lenient JSON', () => {
  it('reads valid JSON exactly as JSON.parse does', () => {
    const text = '{"a":[1,-2.5e3,"x\\u00e9\\n",true,false,null,{}],"b":{"c":[]},"__proto__":{"polluted":1}}';
    const parsed = parseJsonLeniently(text);
    expect(parsed).toEqual({ value: JSON.parse(text), damaged: false });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(parsed?.value)).toBe(Object.prototype);
  });

  it.each([
    ['cut short inside an entry', '[{"a":1},{"a":2},{"a":', [{ a: 1 }, { a: 2 }, {}]],
    ['a broken value in the middle', '[{"a":1},{"a":tru},{"a":3}]', [{ a: 1 }, {}, { a: 3 }]],
    ['a stray token between entries', '[{"a":1} x {"a":2},{"a":3}]', [{ a: 1 }, { a: 3 }]],
    ['a missing comma', '[1 2,3]', [1, 3]],
    ['garbage after the end', '[1,2] trailing', [1, 2]],
    ['an unquoted key', '{"a":1,b:2,"c":3}', { a: 1, c: 3 }],
    ['a bracket that never closes', '{"x":[1,2', { x: [1, 2] }],
  ])('keeps what still parses when %s', (_what, text, expected) => {
    expect(parseJsonLeniently(text)).toEqual({ value: expected, damaged: true });
  });

  it('gives up only when not even the start parses, and bounds nesting', () => {
    expect(parseJsonLeniently('')).toBeNull();
    expect(parseJsonLeniently('\u0000\u0001binary')).toBeNull();
    expect(parseJsonLeniently(`${'['.repeat(100_000)}1`)?.damaged).toBe(true);
  });
});
