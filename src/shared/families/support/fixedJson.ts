/**
 * A JSON object of a fixed shape, read straight from its bytes: the members a token's official
 * generator writes, in its order, with no whitespace; string values of printable ASCII without
 * escapes; integers `-?(0|[1-9][0-9]*)` of at most 15 digits, not -0.
 *
 * For such bytes that is exactly what UTF-8 decoding and JSON.parse give, at a fraction of the
 * cost for a token of ~100 bytes. Anything else — escapes, non-ASCII, another order, spaces,
 * `null`, `1.0`, `1e3`, `-0`, a leading zero, a longer number, a duplicate or extra member —
 * reads as null, and the caller takes its general path (JSON.parse), which decides it as before.
 */

export type FixedMemberKind = 'integer' | 'string';

/** A shape: member names and kinds, in the generator's order. */
export interface FixedJsonShape {
  /** For each member, the bytes before its value: `{"name":` for the first, `,"name":` after. */
  readonly prefixes: readonly Uint8Array[];
  readonly kinds: readonly FixedMemberKind[];
}

export function fixedJsonShape(members: readonly (readonly [string, FixedMemberKind])[]): FixedJsonShape {
  return {
    prefixes: members.map(([name], i) => Uint8Array.from(`${i === 0 ? '{' : ','}"${name}":`, (c) => c.charCodeAt(0))),
    kinds: members.map(([, kind]) => kind),
  };
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** A number of at most this many digits is exact in a double, as JSON.parse reads it. */
const MAX_DIGITS = 15;

/** Strings longer than this are decoded in one call: character by character costs more (V8 chains the pieces). */
const SHORT_STRING = 12;
/** For ASCII (all this reader takes) UTF-8 decoding is the identity on character codes. */
const asciiDecoder = new TextDecoder();

/** The text of ASCII bytes [start, end). */
function asciiText(bytes: Uint8Array, start: number, end: number): string {
  if (end - start > SHORT_STRING) return asciiDecoder.decode(bytes.subarray(start, end));
  let text = '';
  for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i] as number);
  return text;
}

/** The values of the members, in the shape's order; null when the bytes are anything else. */
export function readFixedJson(bytes: Uint8Array, shape: FixedJsonShape): (number | string)[] | null {
  const n = bytes.length;
  const values: (number | string)[] = [];
  let at = 0;
  for (let m = 0; m < shape.kinds.length; m++) {
    const prefix = shape.prefixes[m] as Uint8Array;
    if (at + prefix.length > n) return null;
    for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return null;
    at += prefix.length;
    if (shape.kinds[m] === 'integer') {
      const negative = bytes[at] === 0x2d;
      if (negative) at++;
      const first = at;
      let value = 0;
      while (at < n) {
        const d = (bytes[at] as number) - 0x30;
        if (d < 0 || d > 9) break;
        value = value * 10 + d;
        at++;
      }
      const digits = at - first;
      if (digits === 0 || digits > MAX_DIGITS) return null;
      if (bytes[first] === 0x30 && (digits > 1 || negative)) return null; // a leading zero, or -0
      const next = bytes[at];
      if (next === 0x2e || next === 0x65 || next === 0x45) return null; // a fraction or an exponent
      values.push(negative ? -value : value);
    } else {
      if (bytes[at] !== QUOTE) return null;
      const start = ++at;
      while (at < n && bytes[at] !== QUOTE) {
        const b = bytes[at] as number;
        if (b < 0x20 || b > 0x7f || b === BACKSLASH) return null;
        at++;
      }
      if (at === n) return null;
      values.push(asciiText(bytes, start, at));
      at++; // the closing quote
    }
  }
  return at === n - 1 && bytes[at] === 0x7d ? values : null;
}
