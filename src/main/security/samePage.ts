/**
 * Is a URL our own renderer page? The one comparison both the sender policy and the
 * navigation/request rules use.
 *
 * Compares scheme and host explicitly: for a custom scheme such as app://, WHATWG `URL.origin`
 * is the opaque "null" for every host, so comparing origins would accept any app:// page.
 * For file: URLs (not used by TokenLab, kept safe anyway) the exact file must match.
 */
export function isSameRendererPage(rendererUrl: string, candidate: string): boolean {
  let expected: URL;
  let url: URL;
  try {
    expected = new URL(rendererUrl);
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.protocol !== expected.protocol) return false;
  if (expected.protocol === 'file:') return url.pathname === expected.pathname;
  return url.host !== '' && url.host === expected.host;
}
