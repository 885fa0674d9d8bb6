/** The strict JSON reader agrees with JSON.parse on valid objects and refuses what signed payloads must not carry. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonNonInteger, parseStrictJsonObject } from '../../../src/shared/encoding/strictJson';

describe('parseStrictJsonObject', () => {
  it('reads what JSON.stringify writes', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const text = JSON.stringify(obj);
        const r = parseStrictJsonObject(text);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const plain = JSON.parse(JSON.stringify(r.value, (_k, v: unknown) => (v instanceof JsonNonInteger ? v.value : v))) as unknown;
        expect(plain).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses duplicate keys, NaN, text after the object and non-objects', () => {
    expect(parseStrictJsonObject('{"a":1,"a":2}')).toMatchObject({ ok: false, message: 'duplicate key "a"' });
    expect(parseStrictJsonObject('{"a":NaN}').ok).toBe(false);
    expect(parseStrictJsonObject('{"a":1} x').ok).toBe(false);
    expect(parseStrictJsonObject('[1]').ok).toBe(false);
    expect(parseStrictJsonObject(' {"a":1}\n').ok).toBe(true);
  });

  it('keeps 1.0 apart from 1', () => {
    const r = parseStrictJsonObject('{"a":1,"b":1.0,"c":1e3}');
    expect(r.ok && r.value['a']).toBe(1);
    expect(r.ok && r.value['b']).toBeInstanceOf(JsonNonInteger);
    expect(r.ok && r.value['c']).toBeInstanceOf(JsonNonInteger);
  });
});
