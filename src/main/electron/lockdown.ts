/**
 * Deny by default: navigation, new windows, webviews, permissions and remote requests.
 *
 * Applied to the session and to every WebContents the app ever creates (via
 * `web-contents-created`), so a future window cannot forget it. The renderer is a single page
 * served from our own origin; it has no reason to leave it, open anything, or reach the network.
 */
import type { App, Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/contentSecurityPolicy';
import { isSameRendererPage } from '../security/samePage';

export interface LockdownPolicy {
  /** The page we load (app://tokenlab/index.html, or the dev server URL in development). */
  rendererUrl: string;
  /** The CSP header for every response; the production policy unless told otherwise. */
  contentSecurityPolicy?: string;
  log?: (line: string) => void;
}

/** Our own page (scheme and host; see samePage.ts for why not `origin`). */
export function isOwnPage(rendererUrl: string, candidate: string): boolean {
  return isSameRendererPage(rendererUrl, candidate);
}

/** Requests the page may make: its own origin, data: images, devtools; nothing remote. */
export function isAllowedRequest(rendererUrl: string, candidate: string): boolean {
  if (isOwnPage(rendererUrl, candidate)) return true;
  try {
    const url = new URL(candidate);
    if (url.protocol === 'data:' || url.protocol === 'devtools:' || url.protocol === 'chrome-extension:') return true;
    // Vite's dev server talks HMR over ws:// on the same host and port as the page.
    const expected = new URL(rendererUrl);
    return expected.protocol === 'http:' && url.protocol === 'ws:' && url.host === expected.host;
  } catch {
    return false;
  }
}

export function lockDownSession(session: Session, policy: LockdownPolicy): void {
  const log = policy.log ?? (() => {});
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`permission request denied: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(policy.rendererUrl, details.url);
    if (!allowed) log(`request blocked: ${new URL(details.url).protocol}`);
    callback({ cancel: !allowed });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [policy.contentSecurityPolicy ?? CONTENT_SECURITY_POLICY],
      },
    });
  });
}

export function lockDownWebContents(contents: WebContents, policy: LockdownPolicy): void {
  const log = policy.log ?? (() => {});
  contents.on('will-navigate', (event, url) => {
    if (!isOwnPage(policy.rendererUrl, url)) {
      event.preventDefault();
      log('navigation blocked');
    }
  });
  contents.on('will-redirect', (event, url) => {
    if (!isOwnPage(policy.rendererUrl, url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('webview blocked');
  });
  contents.setWindowOpenHandler(() => {
    log('window.open blocked');
    return { action: 'deny' };
  });
}

/** Apply `lockDownWebContents` to every WebContents created from now on. */
export function lockDownEveryWebContents(app: App, policy: LockdownPolicy): void {
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents, policy));
}
