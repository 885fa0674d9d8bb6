/**
 * TokenLab's Content-Security-Policy, as one string used in two places.
 *
 * Main sends it as a response header for every page load (src/main/electron/lockdown.ts and
 * appProtocol.ts) and src/renderer/index.html repeats it, verbatim, in
 * `<meta http-equiv="Content-Security-Policy" content="…">` — so the page is locked down even
 * before the session hook runs, and a test checks the two are equal.
 * No inline script, no eval, no remote origin of any kind: the renderer talks only to the
 * preload bridge. (`frame-ancestors` is ignored in a meta tag; the header carries it.)
 */
import { TokenLabError } from '../errors';

const DIRECTIVES: readonly (readonly [name: string, sources: string])[] = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
  ['object-src', "'none'"],
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.map(([name, sources]) => `${name} ${sources}`).join('; ');

/**
 * The policy for `npm run dev` only — the page served by Vite's dev server, never a packaged
 * app: the production policy plus what the dev server needs and nothing more. React Refresh's
 * preamble is an inline module script Vite writes into the page; Vite's client inserts CSS
 * imports as <style> elements; hot reload talks over a WebSocket back to the dev server.
 */
export function developmentContentSecurityPolicy(devServerUrl: string): string {
  let server: URL;
  try {
    server = new URL(devServerUrl);
  } catch {
    throw new TokenLabError('INVALID_INPUT', 'the dev server address is not a URL');
  }
  if (server.protocol !== 'http:' && server.protocol !== 'https:') {
    throw new TokenLabError('INVALID_INPUT', 'the dev server address must be http: or https:');
  }
  const socket = `${server.protocol === 'https:' ? 'wss:' : 'ws:'}//${server.host}`;
  const extra: Record<string, string> = {
    'script-src': "'unsafe-inline'",
    'style-src': "'unsafe-inline'",
    'connect-src': socket,
  };
  return DIRECTIVES.map(([name, sources]) => `${name} ${sources}${extra[name] ? ` ${extra[name]}` : ''}`).join('; ');
}
