/** How sure pasted text is an AccessToken (006), without crypto (see TokenFamily.detect). */

export function detectAccessToken(token: string): number {
  const hexAppId = /^[0-9a-fA-F]{32}/.test(token.slice(3));
  if (token.startsWith('006')) return hexAppId ? 1 : token.slice(3, 5) === 'eJ' ? 0.1 : 0.6;
  // "007" + a 32-hex App ID is a 006 body under the wrong prefix.
  if (/^00[0-9]/.test(token) && hexAppId) return 0.5;
  return 0;
}
