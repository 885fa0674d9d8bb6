import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppAsset } from '../../../src/main/security/appUrl';
import { isSameRendererPage } from '../../../src/main/security/samePage';

const root = '/opt/tokenlab/out/renderer';

describe('resolveAppAsset', () => {
  it('maps app://tokenlab paths to files in the renderer folder', () => {
    expect(resolveAppAsset(root, 'app://tokenlab/')).toBe(join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://tokenlab/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://tokenlab/assets/index-abc.js?v=1#x')).toBe(join(root, 'assets/index-abc.js'));
  });

  it.each([
    'app://tokenlab/..%2f..%2fetc/passwd',
    'app://tokenlab/assets/..%2f..%2f..%2fsecret',
    'app://tokenlab/a%00.js',
    'app://tokenlab/..%5c..%5cwin.ini',
    'app://tokenlab/%E0%A4%A',
    'app://evil/index.html',
    'file:///opt/tokenlab/out/renderer/index.html',
    'https://tokenlab/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppAsset(root, url)).toBeNull();
  });
});

it('keeps dot-segments the URL parser resolves inside the folder', () => {
  expect(resolveAppAsset(root, 'app://tokenlab/%2e%2e/%2e%2e/etc/passwd')).toBe(join(root, 'etc/passwd'));
  expect(resolveAppAsset(root, 'app://tokenlab/../../etc/passwd')).toBe(join(root, 'etc/passwd'));
});

describe('isSameRendererPage', () => {
  it('compares scheme and host, because app:// origins are all "null"', () => {
    expect(new URL('app://evil/').origin).toBe(new URL('app://tokenlab/').origin); // why this module exists
    expect(isSameRendererPage('app://tokenlab/index.html', 'app://tokenlab/other')).toBe(true);
    expect(isSameRendererPage('app://tokenlab/index.html', 'app://evil/index.html')).toBe(false);
    expect(isSameRendererPage('app://tokenlab/index.html', 'https://tokenlab/index.html')).toBe(false);
    expect(isSameRendererPage('http://localhost:5173/', 'http://localhost:5173/src/main.tsx')).toBe(true);
    expect(isSameRendererPage('http://localhost:5173/', 'http://localhost:5174/')).toBe(false);
    expect(isSameRendererPage('file:///a/index.html', 'file:///a/other.html')).toBe(false);
    expect(isSameRendererPage('app://tokenlab/', 'garbage')).toBe(false);
  });
});
