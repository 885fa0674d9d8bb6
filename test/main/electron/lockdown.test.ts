/**
 * The CSP header main adds to every response: the production policy unless startApp asks for
 * the development one (only when it loads Vite's dev server, never when packaged).
 */
import type { Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { lockDownSession } from '../../../src/main/electron/lockdown';
import { CONTENT_SECURITY_POLICY, developmentContentSecurityPolicy } from '../../../src/shared/security/contentSecurityPolicy';

type HeadersHook = (details: { responseHeaders?: Record<string, string[]> }, callback: (r: { responseHeaders?: Record<string, string[]> }) => void) => void;

function headerSent(policy: Parameters<typeof lockDownSession>[1]): string[] | undefined {
  let hook: HeadersHook | null = null;
  const session = {
    setPermissionRequestHandler: () => {},
    setPermissionCheckHandler: () => {},
    setDevicePermissionHandler: () => {},
    webRequest: { onBeforeRequest: () => {}, onHeadersReceived: (h: HeadersHook) => void (hook = h) },
  } as unknown as Session;
  lockDownSession(session, policy);
  let sent: string[] | undefined;
  (hook as HeadersHook | null)?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, (r) => (sent = r.responseHeaders?.['Content-Security-Policy']));
  return sent;
}

describe('the session CSP header', () => {
  it('is the production policy by default', () => {
    expect(headerSent({ rendererUrl: 'app://tokenlab/index.html' })).toEqual([CONTENT_SECURITY_POLICY]);
  });

  it('is the policy startApp chose, for the dev server', () => {
    const dev = developmentContentSecurityPolicy('http://localhost:5173');
    expect(headerSent({ rendererUrl: 'http://localhost:5173', contentSecurityPolicy: dev })).toEqual([dev]);
  });
});
