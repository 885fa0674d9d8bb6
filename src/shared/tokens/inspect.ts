/**
 * Inspect any pasted string: detect its format, map its bytes and, given a secret, judge it.
 *
 * Never throws on any input: every string ends in exactly one verdict. Without a secret (or
 * without a CryptoPort) it needs no cryptography, so the renderer can decode as you type.
 */
import type { CryptoPort } from '../crypto/cryptoPort';
import { decodeBase64Strict } from '../encoding/base64';
import { commsEaseCandidateText, inspectCommsEase } from '../families/commsease-dynamic/inspectCommsEase';
import { diagnose, emptyInspection, malformedAt } from './inspection';
import type { Inspection, VerifyOptions } from './types';
import { inspectZego } from '../families/zego-token04/inspectZego';

/** The ASCII whitespace copy-paste adds: space, \t, \n, \v, \f, \r. */
const EDGE_WHITESPACE = /^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g;

const isEdgeWhitespace = (c: number) => c === 32 || (c >= 9 && c <= 13);

export function trimTokenText(raw: string): string {
  // Most tokens arrive clean: skip the regex when neither end is whitespace.
  if (raw.length > 0 && !isEdgeWhitespace(raw.charCodeAt(0)) && !isEdgeWhitespace(raw.charCodeAt(raw.length - 1))) return raw;
  return raw.replace(EDGE_WHITESPACE, '');
}

export function inspectToken(raw: string, options: VerifyOptions, crypto?: CryptoPort): Inspection {
  const token = trimTokenText(raw);
  const out = emptyInspection(token, token !== raw, 'unknown');
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
