/**
 * Where the members of a JSON object sit in its UTF-8 bytes.
 *
 * JSON.parse says what a text means but not where each value lies. CBC tokens need the
 * "where": the first 16 plaintext bytes can be rewritten through the IV, so the inspector
 * names the fields whose values fall in that range. Works on bytes (not UTF-16 units):
 * every structural JSON character is ASCII, and no byte of a multi-byte UTF-8 sequence is.
 */
import { utf8DecodeStrict } from './bytes';

export interface JsonMemberSpan {
  key: string;
  /** Half-open byte range of the value (a string value includes its quotes). */
  valueStart: number;
  valueEnd: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const isJsonSpace = (b: number | undefined) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

/** The end (exclusive) of the string whose opening quote is at `at`, or -1. */
function stringEnd(bytes: Uint8Array, at: number): number {
  for (let i = at + 1; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === BACKSLASH) i++;
    else if (b === QUOTE) return i + 1;
  }
  return -1;
}

/** The end (exclusive) of the value starting at `at`, or -1. Nested values are skipped whole. */
function valueEnd(bytes: Uint8Array, at: number): number {
  const first = bytes[at];
  if (first === QUOTE) return stringEnd(bytes, at);
  if (first === 0x7b || first === 0x5b) {
    let depth = 0;
    for (let i = at; i < bytes.length; i++) {
      const b = bytes[i];
      if (b === QUOTE) {
        i = stringEnd(bytes, i) - 1;
        if (i < 0) return -1;
      } else if (b === 0x7b || b === 0x5b) depth++;
      else if (b === 0x7d || b === 0x5d) {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return -1;
  }
  // A number or a literal: runs to the next delimiter.
  let i = at;
  while (i < bytes.length && bytes[i] !== 0x2c && bytes[i] !== 0x7d && bytes[i] !== 0x5d && !isJsonSpace(bytes[i])) i++;
  return i > at ? i : -1;
}

/** A key's text: plain ASCII keys (all a token has) without a decoder, others through JSON. */
function keyText(bytes: Uint8Array, start: number, end: number): string | null {
  let plain = '';
  for (let i = start + 1; i < end - 1; i++) {
    const b = bytes[i] as number;
    if (b >= 0x80 || b === BACKSLASH) {
      const text = utf8DecodeStrict(bytes.subarray(start, end));
      if (text === null) return null;
      try {
        return JSON.parse(text) as string;
      } catch {
        return null;
      }
    }
    plain += String.fromCharCode(b);
  }
  return plain;
}

/**
 * The top-level members of the JSON object in `bytes`, in byte order; `null` when the bytes
 * are not a JSON object (the caller has usually parsed them already). With `stopAt`, members
 * whose key starts at or after that byte are not read (the rest is then not checked either).
 */
export function jsonObjectMemberSpans(bytes: Uint8Array, stopAt = Infinity): JsonMemberSpan[] | null {
  let i = 0;
  const skipSpace = () => {
    while (isJsonSpace(bytes[i])) i++;
  };
  skipSpace();
  if (bytes[i] !== 0x7b) return null;
  i++;
  const members: JsonMemberSpan[] = [];
  skipSpace();
  if (bytes[i] === 0x7d) return members;
  for (;;) {
    skipSpace();
    if (i >= stopAt) return members;
    if (bytes[i] !== QUOTE) return null;
    const keyEnd = stringEnd(bytes, i);
    if (keyEnd < 0) return null;
    const key = keyText(bytes, i, keyEnd);
    if (key === null) return null;
    i = keyEnd;
    skipSpace();
    if (bytes[i] !== 0x3a) return null;
    i++;
    skipSpace();
    const end = valueEnd(bytes, i);
    if (end < 0) return null;
    members.push({ key, valueStart: i, valueEnd: end });
    i = end;
    skipSpace();
    if (bytes[i] === 0x7d) return members;
    if (bytes[i] !== 0x2c) return null;
    i++;
  }
}

/** A member whose value overlaps a byte range, and whether the value lies wholly inside it. */
export interface MemberInRange {
  key: string;
  whole: boolean;
}

/** The top-level members whose values overlap bytes [start, end) of the JSON object. */
export function jsonMembersInByteRange(bytes: Uint8Array, start: number, end: number): MemberInRange[] {
  const spans = jsonObjectMemberSpans(bytes, end) ?? [];
  return spans
    .filter((m) => m.valueStart < end && m.valueEnd > start)
    .map((m) => ({ key: m.key, whole: m.valueStart >= start && m.valueEnd <= end }));
}
