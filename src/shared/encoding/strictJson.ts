/**
 * A strict JSON reader for signed token payloads: rejects duplicate keys (JSON.parse keeps the
 * last one silently, as Go does — an attacker's second "TLS.identifier" must not win), and
 * keeps the difference between `1` and `1.0`, which JSON.parse erases. Top-level object members
 * come back with their character span, for the byte map.
 */

/** A number written with a fraction or exponent: never an integer field, whatever its value. */
export class JsonNonInteger {
  constructor(readonly value: number) {}
}

export interface JsonMemberSpan {
  key: string;
  /** Character range of `"key": value` in the text. */
  start: number;
  end: number;
}

export type StrictJsonResult =
  | { ok: true; value: Record<string, unknown>; members: JsonMemberSpan[] }
  | { ok: false; offset: number; message: string };

class JsonSyntax extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const MAX_DEPTH = 64;

class Reader {
  i = 0;
  constructor(private readonly s: string) {}

  fail(message: string): never {
    throw new JsonSyntax(this.i, message);
  }

  ws(): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) this.i++;
      else break;
    }
  }

  value(depth: number): unknown {
    if (depth > MAX_DEPTH) this.fail('nested too deeply');
    this.ws();
    const c = this.s[this.i];
    if (c === '{') return this.object(depth, null);
    if (c === '[') return this.array(depth);
    if (c === '"') return this.string();
    if (c === 't') return this.word('true', true);
    if (c === 'f') return this.word('false', false);
    if (c === 'n') return this.word('null', null);
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
    return this.fail(c === undefined ? 'unexpected end of JSON' : `unexpected character ${JSON.stringify(c)}`);
  }

  word<T>(w: string, v: T): T {
    if (this.s.startsWith(w, this.i)) {
      this.i += w.length;
      return v;
    }
    return this.fail('not a JSON value (NaN, Infinity and bare words are not JSON)');
  }

  number(): number | JsonNonInteger {
    const m = /^-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.s.slice(this.i, this.i + 400));
    if (!m) return this.fail('a malformed number');
    this.i += m[0].length;
    const v = Number(m[0]);
    if (!Number.isFinite(v)) this.fail('a number out of range');
    return m[1] !== undefined || m[2] !== undefined ? new JsonNonInteger(v) : v;
  }

  string(): string {
    const s = this.s;
    this.i++; // opening quote
    let out = '';
    let run = this.i;
    for (;;) {
      if (this.i >= s.length) this.fail('an unterminated string');
      const c = s.charCodeAt(this.i);
      if (c === 0x22) {
        out += s.slice(run, this.i);
        this.i++;
        return out;
      }
      if (c < 0x20) this.fail('a control character inside a string');
      if (c === 0x5c) {
        out += s.slice(run, this.i);
        const e = s[this.i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) {
          out += simple[e];
          this.i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(this.i + 2, this.i + 6))) {
          out += String.fromCharCode(parseInt(s.slice(this.i + 2, this.i + 6), 16));
          this.i += 6;
        } else this.fail('a bad escape in a string');
        run = this.i;
        continue;
      }
      this.i++;
    }
  }

  array(depth: number): unknown[] {
    this.i++;
    const out: unknown[] = [];
    this.ws();
    if (this.s[this.i] === ']') {
      this.i++;
      return out;
    }
    for (;;) {
      out.push(this.value(depth + 1));
      this.ws();
      const c = this.s[this.i++];
      if (c === ']') return out;
      if (c !== ',') this.fail('expected "," or "]"');
    }
  }

  object(depth: number, spans: JsonMemberSpan[] | null): Record<string, unknown> {
    this.i++;
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    this.ws();
    if (this.s[this.i] === '}') {
      this.i++;
      return out;
    }
    for (;;) {
      this.ws();
      const start = this.i;
      if (this.s[this.i] !== '"') this.fail('expected a key');
      const key = this.string();
      if (Object.prototype.hasOwnProperty.call(out, key)) throw new JsonSyntax(start, `duplicate key ${JSON.stringify(key)}`);
      this.ws();
      if (this.s[this.i++] !== ':') this.fail('expected ":"');
      out[key] = this.value(depth + 1);
      spans?.push({ key, start, end: this.i });
      this.ws();
      const c = this.s[this.i++];
      if (c === '}') return out;
      if (c !== ',') this.fail('expected "," or "}"');
    }
  }

  topObject(): { value: Record<string, unknown>; members: JsonMemberSpan[] } {
    this.ws();
    if (this.s[this.i] !== '{') this.fail('not a JSON object');
    const members: JsonMemberSpan[] = [];
    const value = this.object(0, members);
    this.ws();
    if (this.i !== this.s.length) this.fail('text after the JSON object');
    return { value, members };
  }
}

/** One JSON object (surrounding JSON whitespace allowed), strictly. */
export function parseStrictJsonObject(text: string): StrictJsonResult {
  try {
    return { ok: true, ...new Reader(text).topObject() };
  } catch (error) {
    if (error instanceof JsonSyntax) return { ok: false, offset: error.offset, message: error.message };
    throw error;
  }
}
