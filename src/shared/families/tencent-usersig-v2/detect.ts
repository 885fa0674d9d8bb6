/** How sure pasted text is a UserSig, without crypto (see TokenFamily.detect). */
import { utf8DecodeStrict } from '../../encoding/bytes';
import { inflateZlibStrict } from '../../encoding/zlib';
import { decodeUserSigText } from './format';

const USERSIG_TEXT = /^[A-Za-z0-9*\-_+/=]+$/;

export function detectUserSig(token: string): number {
  if (token.length < 16 || !USERSIG_TEXT.test(token)) return 0;
  // zlib's first byte 0x78 encodes as "e" + [A-P] (CommsEase's JSON starts "ey", ZEGO "04", Agora "00").
  const zlibStart = /^e[A-P]/.test(token);
  const std = token.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '=');
  const decoded = decodeUserSigText(token.replace(/\+/g, '*').replace(/\//g, '-').replace(/=/g, '_'));
  if (decoded.ok) {
    const inflated = inflateZlibStrict(decoded.bytes, 4096);
    const text = inflated.ok ? utf8DecodeStrict(inflated.bytes) : null;
    if (text !== null && text.includes('"TLS.sig"')) return std === token && /[+/=]/.test(token) ? 0.9 : 1;
  }
  if (zlibStart) return 0.7;
  // "*" appears in no other base64 alphabet; "_" padding at the end is UserSig's own.
  if (/\*/.test(token) || /[^_]_{1,2}$/.test(token)) return 0.4;
  return 0;
}
