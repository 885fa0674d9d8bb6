/**
 * Untrusted text (tokens, their decoded fields, server answers, file contents, profile names
 * from an import) made safe for a terminal: a terminal obeys control characters, so a token
 * holding `ESC[2J` would clear the screen, OSC 52 would write the clipboard, `\r` would
 * overwrite the line before it and a bidi override would reorder what the reader sees.
 *
 * Controls are shown as `\xNN` (C0, DEL, C1) and the invisible reordering characters as
 * `\u{…}`, so the text stays readable and nothing in it acts on the terminal.
 */

/** Invisible characters that reorder or break what is shown: bidi marks and overrides, line separators. */
const INVISIBLE = '\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069';
/** C0 controls (newline included), DEL, C1 controls, and the invisible ones. */
const HOSTILE_ANY = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f${INVISIBLE}]`, 'g');
/** The same without the newline: in a whole line of output, our own newlines stay. */
const HOSTILE_BUT_NEWLINE = new RegExp(`[\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f${INVISIBLE}]`, 'g');
/** The same, to test for one (not global: no lastIndex to carry). */
const ANY_HOSTILE_BUT_NEWLINE = new RegExp(HOSTILE_BUT_NEWLINE.source);
/** The painter's colour codes (kept when colouring), or one hostile character. */
const OUR_COLOUR_OR_HOSTILE = new RegExp(`\\u001b\\[(?:0|2|3[1-6])m|${HOSTILE_BUT_NEWLINE.source}`, 'g');
/** What JSON.stringify leaves raw: DEL, C1 and the invisible ones (it escapes C0 itself). */
const JSON_UNSAFE = new RegExp(`[\\u007f-\\u009f${INVISIBLE}]`, 'g');

function escapeChar(ch: string): string {
  const code = ch.codePointAt(0) as number;
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}

/** One untrusted value, newlines included: it can never start a line of its own. */
export function shown(text: string): string {
  return text.replace(HOSTILE_ANY, escapeChar);
}

/**
 * The safety net at the CLI's output: every control but the newline is escaped. With colour
 * on, the colour codes the painter writes (`ESC[31m` …, nothing else) pass; they can only
 * recolour text, never move the cursor, clear, retitle or reach the clipboard.
 */
export function terminalSafe(text: string, colour: boolean): string {
  if (!colour) return text.replace(HOSTILE_BUT_NEWLINE, escapeChar);
  return text.replace(OUR_COLOUR_OR_HOSTILE, (match) => (match.length > 1 ? match : escapeChar(match)));
}

/**
 * Whether `text` holds a character `terminalSafe` or `jsonSafe` would escape (the first's set
 * holds the second's). Without one, both leave it as it is: a batch chunk is tested once
 * instead of being rewritten twice.
 */
export function holdsHostile(text: string): boolean {
  return ANY_HOSTILE_BUT_NEWLINE.test(text);
}

/**
 * JSON for output: `JSON.stringify` escapes C0 controls but leaves DEL, C1 (U+009B is CSI) and
 * bidi characters raw; they are written as `\uXXXX`, which parses back to the same value.
 */
export function jsonText(value: unknown, indent?: number): string {
  return jsonSafe(JSON.stringify(value, null, indent));
}

/**
 * What `jsonText` does after `JSON.stringify`. Each character is escaped on its own, so it can
 * be applied once to many records joined (the batch does, per chunk) with the same bytes.
 */
export function jsonSafe(json: string): string {
  return json.replace(JSON_UNSAFE, (ch) => `\\u${(ch.codePointAt(0) as number).toString(16).padStart(4, '0')}`);
}
