/**
 * Inspect any pasted string: detect its format, map its bytes and, given a secret, judge it.
 *
 * Never throws on any input: every string ends in exactly one verdict. Without a secret (or
 * without a CryptoPort) it needs no cryptography, so the renderer can decode as you type.
 */
import type { CryptoPort } from '../crypto/cryptoPort';
import { decodeBase64Strict } from '../encoding/base64';
import { commsEaseCandidateText, inspectCommsEase } from './commsease/inspectCommsEase';
import { diagnose, emptyInspection, malformedAt } from './inspection';
import type { Inspection, VerifyOptions } from './types';
import { inspectZego } from './zego/inspectZego';

/**
 * What copy-paste and editors leave around a token: ASCII whitespace, plus the invisible
 * characters that chat apps, word processors and Windows tools add (a BOM at the start of a
 * file or of stdin, no-break and zero-width spaces, Unicode line separators). Each with the
 * words the trimming note uses.
 */
const EDGE_CHARACTERS: ReadonlyMap<number, string> = new Map([
  [0x20, 'space'],
  [0x09, 'tab'],
  [0x0a, 'line break'],
  [0x0d, 'line break'],
  [0x0b, 'vertical tab'],
  [0x0c, 'form feed'],
  [0x85, 'next-line character (U+0085)'],
  [0xa0, 'no-break space (U+00A0)'],
  [0x200b, 'zero-width space (U+200B)'],
  [0x200c, 'zero-width non-joiner (U+200C)'],
  [0x200d, 'zero-width joiner (U+200D)'],
  [0x2060, 'word joiner (U+2060)'],
  [0x202f, 'narrow no-break space (U+202F)'],
  [0x2028, 'line separator (U+2028)'],
  [0x2029, 'paragraph separator (U+2029)'],
  [0x3000, 'ideographic space (U+3000)'],
  [0xfeff, 'byte-order mark (U+FEFF)'],
]);

const isEdgeCharacter = (c: number) => EDGE_CHARACTERS.has(c);

export function trimTokenText(raw: string): string {
  let start = 0;
  let end = raw.length;
  while (start < end && isEdgeCharacter(raw.charCodeAt(start))) start++;
  while (end > start && isEdgeCharacter(raw.charCodeAt(end - 1))) end--;
  // Most tokens arrive clean: no copy is made then.
  return start === 0 && end === raw.length ? raw : raw.slice(start, end);
}

/** The distinct names of the characters in `text`, in order of first appearance. */
function namesOf(text: string): string[] {
  const names: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const name = EDGE_CHARACTERS.get(text.charCodeAt(i));
    if (name !== undefined && !names.includes(name)) names.push(name);
  }
  return names;
}

/** The trimming note: which characters were removed, and from which end. */
export function describeTrimming(raw: string, token: string): string {
  const at = raw.indexOf(token);
  const before = namesOf(token === '' ? raw : raw.slice(0, at));
  const after = token === '' ? [] : namesOf(raw.slice(at + token.length));
  const parts: string[] = [];
  if (before.length > 0) parts.push(`${before.join(', ')} ${token === '' ? 'only' : 'before the token'}`);
  if (after.length > 0) parts.push(`${after.join(', ')} after it`);
  return `Trimmed what copy-paste or an editor added: ${parts.join('; ')}.`;
}

export function inspectToken(raw: string, options: VerifyOptions, crypto?: CryptoPort): Inspection {
  const token = trimTokenText(raw);
  const out = emptyInspection(token, token !== raw, 'unknown', token !== raw ? describeTrimming(raw, token) : undefined);
  if (token === '') return malformedAt(out, 0, 'text', 'empty token');

  if (/^0[0-9]/.test(token)) {
    if (token.startsWith('04')) return inspectZego(out, options, crypto);
    const version = token.slice(0, 2);
    diagnose(out, options, 'wrong_version', 'error', () =>
        version === '03'
          ? 'This is a ZEGO token03, an older format that TokenLab does not decode; current servers issue Token04.'
          : `Version prefix "${version}" is not a known ZEGO token version (expected "04").`);
    return malformedAt(out, 0, 'text', `unknown version prefix '${version}' (expected '04')`);
  }

  const decoded = decodeBase64Strict(token);
  const text = decoded.ok ? commsEaseCandidateText(decoded.bytes) : null;
  if (text !== null) return inspectCommsEase(out, text, options, crypto);
  if (!decoded.ok && decoded.problem === 'base64url_alphabet') {
    diagnose(out, options, 'base64url_alphabet', 'error', 'This string uses the base64url alphabet ("-", "_"); CommsEase and ZEGO tokens use standard base64.');
  }
  const why = decoded.ok ? 'decodes, but not to a known token format' : `is not standard base64 (${decoded.message})`;
  return malformedAt(out, decoded.ok ? 0 : decoded.offset, 'text', `not a ZEGO Token04 or CommsEase token: the text ${why}`);
}
