/**
 * The fixed-shape JSON reader stands in for UTF-8 decoding plus JSON.parse on the official
 * token JSON. Property: whenever it answers, JSON.parse of the same bytes is an object with
 * exactly those members, in that order, with those values; and it answers for what the
 * official generators write.
 */
import { describe, expect, it } from 'vitest';
import { fixedJsonShape, readFixedJson, type FixedMemberKind } from '../../../../src/shared/families/support/fixedJson';

const members: [string, FixedMemberKind][] = [
  ['signature', 'string'],
  ['curTime', 'integer'],
  ['ttl', 'integer'],
];
const shape = fixedJsonShape(members);
const bytesOf = (text: string) => new TextEncoder().encode(text);

function agreesWithJsonParse(text: string): boolean | 'not read' {
  const values = readFixedJson(bytesOf(text), shape);
  if (values === null) return 'not read';
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return false;
  }
  const entries = Object.entries(json as Record<string, unknown>);
  return (
    entries.length === members.length &&
    entries.every(([key, value], i) => key === members[i]![0] && Object.is(value, values[i]))
  );
}

describe('reading a fixed-shape JSON object from its bytes', () => {
  it('reads the official CommsEase JSON', () => {
    const text = '{"signature":"e57c0e1576acfb81afb69a487510c9396e0b5f1c","curTime":1700000000000,"ttl":3600}';
    expect(readFixedJson(bytesOf(text), shape)).toStrictEqual(['e57c0e1576acfb81afb69a487510c9396e0b5f1c', 1700000000000, 3600]);
    expect(agreesWithJsonParse(text)).toBe(true);
  });

  it('agrees with JSON.parse on 20,000 mutations of it, and leaves the rest alone', () => {
    const base = '{"signature":"abc","curTime":1700000000000,"ttl":-3600}';
    // Characters that change meaning in JSON, numbers or strings.
    const alphabet = ['0', '1', '9', '-', '+', '.', 'e', 'E', '"', '\\', ' ', ',', ':', '{', '}', 'n', 'u', 'l', '\t', '\u00e9', 'a'];
    let seed = 7;
    const rand = (n: number) => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) % n);
    let read = 0;
    for (let c = 0; c < 20_000; c++) {
      const chars = [...base];
      for (let e = 1 + rand(3); e > 0; e--) {
        const at = rand(chars.length + 1);
        const op = rand(3);
        const ch = alphabet[rand(alphabet.length)]!;
        if (op === 0) chars.splice(at, 1);
        else if (op === 1) chars.splice(at, 0, ch);
        else chars[at] = ch;
      }
      const text = chars.join('');
      const verdict = agreesWithJsonParse(text);
      if (verdict === 'not read') continue;
      read++;
      expect(verdict, text).toBe(true);
    }
    // Many mutations keep the shape (another digit, another letter in the string).
    expect(read).toBeGreaterThan(1000);
  });

  it.each([
    ['-0', '{"signature":"a","curTime":-0,"ttl":1}'],
    ['16 digits', '{"signature":"a","curTime":1234567890123456,"ttl":1}'],
    ['a duplicate member', '{"signature":"a","curTime":1,"ttl":1,"ttl":2}'],
    ['another order', '{"curTime":1,"signature":"a","ttl":1}'],
    ['an escape', '{"signature":"a\\u0041","curTime":1,"ttl":1}'],
  ])('leaves %s to JSON.parse', (_name, text) => {
    expect(readFixedJson(bytesOf(text), shape)).toBeNull();
  });
});
