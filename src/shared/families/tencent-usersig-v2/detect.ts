/** How sure pasted text is a UserSig, without crypto (see TokenFamily.detect). */
import { utf8DecodeStrict } from '../../encoding/bytes';
import { inflateZlibStrict } from '../../encoding/zlib';
import { decodeUserSigText } from './format';

const USERSIG_TEXT = /^[A-Za-z0-9*\-_+/=]+$/;

const SIXTET = new Int8Array(128).fill(-1);
for (const [i, c] of [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'].entries()) SIXTET[c.charCodeAt(0)] = i;
for (const c of '*+') SIXTET[c.charCodeAt(0)] = 62;
for (const c of '-/') SIXTET[c.charCodeAt(0)] = 63;

/**
 * Whether the first two bytes the text decodes to (from its first three characters) could
 * open a zlib stream, checked as inflateZlibStrict checks them: when they cannot, decoding and
 * inflating the whole text would fail anyway, so detection skips that work (most pasted
 * tokens are another family's).
 */
function mayOpenZlib(token: string): boolean {
  const a = SIXTET[token.charCodeAt(0)] ?? -1;
  const b = SIXTET[token.charCodeAt(1)] ?? -1;
  const c = SIXTET[token.charCodeAt(2)] ?? -1;
  if (a < 0 || b < 0 || c < 0) return false; // padding this early fails decoding
  const cmf = (a << 2) | (b >> 4);
  const flg = ((b & 15) << 4) | (c >> 2);
  return (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && ((cmf << 8) | flg) % 31 === 0 && (flg & 0x20) === 0;
}

export function detectUserSig(token: string): number {
  return detectUserSigCarrying(token).confidence;
}

const NONE = { confidence: 0 };

/**
 * The confidence, and the inflated JSON text when it was read from the token itself (no
 * standard-alphabet characters swapped in): inspectUserSig then starts from that text.
 */
export function detectUserSigCarrying(token: string): { confidence: number; carried?: string } {
  if (token.length < 16 || !USERSIG_TEXT.test(token)) return NONE;
  // zlib's first byte 0x78 encodes as "e" + [A-P] (CommsEase's JSON starts "ey", ZEGO "04", Agora "00").
  const zlibStart = /^e[A-P]/.test(token);
  // Standard-alphabet characters are read as their UserSig twins (most tokens have none: no copy then).
  const standard = /[+/=]/.test(token);
  const decoded = mayOpenZlib(token) ? decodeUserSigText(standard ? token.replace(/\+/g, '*').replace(/\//g, '-').replace(/=/g, '_') : token) : null;
  if (decoded?.ok) {
    const inflated = inflateZlibStrict(decoded.bytes, 4096);
    const text = inflated.ok ? utf8DecodeStrict(inflated.bytes) : null;
    // Standard base64 all through (no "*", "-" or "_"): a re-encoded UserSig, not quite certain.
    if (text !== null && text.includes('"TLS.sig"')) return standard ? { confidence: !/[*\-_]/.test(token) ? 0.9 : 1 } : { confidence: 1, carried: text };
  }
  if (zlibStart) return { confidence: 0.7 };
  // "*" appears in no other base64 alphabet; "_" padding at the end is UserSig's own.
  if (/\*/.test(token) || /[^_]_{1,2}$/.test(token)) return { confidence: 0.4 };
  return NONE;
}
