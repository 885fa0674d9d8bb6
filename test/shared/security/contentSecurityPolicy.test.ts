import { describe, expect, it } from 'vitest';
import { TokenLabError } from '../../../src/shared/errors';
import { CONTENT_SECURITY_POLICY, developmentContentSecurityPolicy } from '../../../src/shared/security/contentSecurityPolicy';

const directives = (policy: string): Map<string, string> =>
  new Map(policy.split('; ').map((d) => [d.slice(0, d.indexOf(' ')), d.slice(d.indexOf(' ') + 1)]));

describe('the content security policy', () => {
  it('is, in production, exactly the strict policy SECURITY.md documents', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'",
    );
  });

  it('adds, for the dev server only, inline script and style and the HMR socket — nothing else', () => {
    const dev = directives(developmentContentSecurityPolicy('http://localhost:5173'));
    const prod = directives(CONTENT_SECURITY_POLICY);
    expect([...dev.keys()]).toEqual([...prod.keys()]);
    expect(dev.get('script-src')).toBe("'self' 'unsafe-inline'");
    expect(dev.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(dev.get('connect-src')).toBe("'self' ws://localhost:5173");
    for (const [name, sources] of prod) if (!['script-src', 'style-src', 'connect-src'].includes(name)) expect(dev.get(name), name).toBe(sources);
    expect(developmentContentSecurityPolicy('https://127.0.0.1:8443/')).toContain("connect-src 'self' wss://127.0.0.1:8443;");
  });

  it('refuses a dev server address that is not an http(s) URL, with a typed error', () => {
    for (const bad of ['', 'localhost:5173', 'app://tokenlab/', 'file:///tmp/index.html']) {
      expect(() => developmentContentSecurityPolicy(bad), bad).toThrow(TokenLabError);
    }
  });
});
