/** How sure pasted text is an AccessToken2, without crypto (see TokenFamily.detect). */

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export function detectAccessToken2(token: string): number {
  if (token.startsWith('007')) {
    const body = token.slice(3);
    // zlib's first byte 0x78 encodes as "e" + [A-P]; an uncompressed 007 body starts with
    // the signature length 0x2000 ("IAA…").
    if (/^e[A-P]/.test(body)) return BASE64.test(body) ? 1 : 0.9;
    if (/^[0-9a-fA-F]{32}/.test(body)) return 0.2; // a 006 body under a 007 prefix: 006 claims it
    return 0.6;
  }
  // A 007 body under another version prefix ("006eJ…"): ours, with a wrong version.
  if (/^00[0-9]e[A-P]/.test(token)) return 0.5;
  return 0;
}
