/**
 * Read as much of a damaged JSON file as still parses.
 *
 * A data file cut short by a full disk, or edited by hand with one typo, should not cost every
 * entry in it. This parser reads standard JSON, and where an array element or an object member
 * is broken it drops just that one and carries on at the next `,` of the same level; at the end
 * of a truncated text it closes whatever is still open. What comes back is untrusted: each store
 * validates every entry with its own schema and keeps only those that pass.
 */

export interface LenientParse {
  value: unknown;
  /** true when something had to be dropped or closed. */
  damaged: boolean;
}

const MAX_DEPTH = 64;
// A JSON string: no raw control characters (U+0000–U+001F), escapes as JSON allows them.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS: ReadonlyArray<[string, unknown]> = [
  ['true', true],
  ['false', false],
  ['null', null],
];

const FAILED = Symbol('failed');
type Parsed = unknown | typeof FAILED;

/** The value the text holds (damaged parts left out), or null when not even its start parses. */
export function parseJsonLeniently(text: string): LenientParse | null {
  let pos = 0;
  let damaged = false;

  const skipSpace = (): void => {
    while (pos < text.length && ' \t\n\r'.includes(text[pos] as string)) pos++;
  };

  function match(pattern: RegExp): string | null {
    pattern.lastIndex = pos;
    const found = pattern.exec(text);
    if (!found) return null;
    pos += found[0].length;
    return found[0];
  }

  /** After a broken element: move past the next `,` of this level (true) or its closing bracket (false). */
  function skipToNext(): boolean {
    let depth = 0;
    while (pos < text.length) {
      const c = text[pos] as string;
      if (c === '"') {
        if (match(STRING) === null) pos++;
        continue;
      }
      pos++;
      if (c === '[' || c === '{') depth++;
      else if (c === ']' || c === '}') {
        if (depth === 0) return false;
        depth--;
      } else if (c === ',' && depth === 0) return true;
    }
    return false;
  }

  function parseValue(depth: number): Parsed {
    skipSpace();
    const c = text[pos];
    if (c === '{' || c === '[') {
      if (depth >= MAX_DEPTH) return FAILED;
      pos++;
      return c === '{' ? parseObject(depth + 1) : parseArray(depth + 1);
    }
    if (c === '"') {
      const raw = match(STRING);
      return raw === null ? FAILED : (JSON.parse(raw) as string);
    }
    const number = match(NUMBER);
    if (number !== null) return Number(number);
    for (const [word, value] of LITERALS) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return value;
      }
    }
    return FAILED;
  }

  /** Reads `,` or the closing bracket after an element; anything else counts as damage. */
  function afterElement(close: string): boolean {
    skipSpace();
    if (text[pos] === ',') {
      pos++;
      return true;
    }
    if (text[pos] === close) {
      pos++;
      return false;
    }
    damaged = true;
    return skipToNext();
  }

  function parseArray(depth: number): unknown[] {
    const items: unknown[] = [];
    skipSpace();
    if (text[pos] === ']') {
      pos++;
      return items;
    }
    for (;;) {
      skipSpace();
      if (pos >= text.length) {
        damaged = true;
        return items;
      }
      const value = parseValue(depth);
      if (value === FAILED) {
        damaged = true;
        if (!skipToNext()) return items;
        continue;
      }
      items.push(value);
      if (!afterElement(']')) return items;
    }
  }

  function parseObject(depth: number): Record<string, unknown> {
    const object: Record<string, unknown> = {};
    skipSpace();
    if (text[pos] === '}') {
      pos++;
      return object;
    }
    for (;;) {
      skipSpace();
      if (pos >= text.length) {
        damaged = true;
        return object;
      }
      const rawKey = text[pos] === '"' ? match(STRING) : null;
      skipSpace();
      let value: Parsed = FAILED;
      if (rawKey !== null && text[pos] === ':') {
        pos++;
        value = parseValue(depth);
      }
      if (value === FAILED) {
        damaged = true;
        if (!skipToNext()) return object;
        continue;
      }
      // defineProperty: a "__proto__" key is data, as with JSON.parse, never the prototype.
      Object.defineProperty(object, JSON.parse(rawKey as string) as string, { value, enumerable: true, writable: true, configurable: true });
      if (!afterElement('}')) return object;
    }
  }

  const value = parseValue(0);
  if (value === FAILED) return null;
  skipSpace();
  if (pos < text.length) damaged = true;
  return { value, damaged };
}
