/**
 * TokenLab's Content-Security-Policy, as one string used in two places.
 *
 * Main sends it as a response header for every page load (src/main/electron/contentSecurity.ts)
 * and src/renderer/index.html repeats it, verbatim, in
 * `<meta http-equiv="Content-Security-Policy" content="…">` — so the page is locked down even
 * before the session hook runs, and a test checks the two are equal.
 * No inline script, no eval, no remote origin of any kind: the renderer talks only to the
 * preload bridge. (`frame-ancestors` is ignored in a meta tag; the header carries it.)
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
