/**
 * ELECTRON_RENDERER_URL names the page that becomes the IPC bridge's trusted sender, so only a
 * development run may use it, and only for a dev server on this machine's loopback interface.
 */
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from '../../../src/main/security/appUrl';
import { chooseRendererUrl, isLoopbackHost, loopbackDevServerUrl } from '../../../src/main/security/devServerUrl';

describe('loopbackDevServerUrl', () => {
  it.each([
    ['http://localhost:5173', 'http://localhost:5173/'],
    ['http://127.0.0.1:5173/', 'http://127.0.0.1:5173/'],
    ['http://127.1.2.3:8080/index.html', 'http://127.1.2.3:8080/index.html'],
    ['https://localhost:5173/', 'https://localhost:5173/'],
    ['http://[::1]:5173/', 'http://[::1]:5173/'],
    ['http://LOCALHOST:5173/', 'http://localhost:5173/'],
    ['http://2130706433:5173/', 'http://127.0.0.1:5173/'], // 127.0.0.1 as one number, normalised
  ])('accepts %s', (raw, normalised) => {
    expect(loopbackDevServerUrl(raw)).toBe(normalised);
  });

  it.each([
    'https://evil.example/',
    'http://192.168.1.10:5173/',
    'http://0.0.0.0:5173/',
    'http://10.0.0.1/',
    'http://localhost.evil.example:5173/',
    'http://127.0.0.1.evil.example/',
    'http://evil.example/#@localhost',
    'http://user:pw@localhost:5173/',
    'http://[::ffff:7f00:1]:5173/', // IPv4-mapped: not the ::1 loopback a dev server binds
    'file:///opt/tokenlab/index.html',
    'ws://localhost:5173/',
    'javascript:alert(1)',
    'app://tokenlab/index.html',
    'localhost:5173',
    'not a url',
  ])('refuses %s', (raw) => {
    expect(loopbackDevServerUrl(raw)).toBeNull();
  });

  it('knows the loopback host names', () => {
    expect(['localhost', '127.0.0.1', '127.255.255.254', '[::1]'].every(isLoopbackHost)).toBe(true);
    expect(['128.0.0.1', '1.127.0.0', '::1', 'localhost.', 'example.com'].some(isLoopbackHost)).toBe(false);
  });
});

describe('chooseRendererUrl', () => {
  it('uses our own app:// page when no dev server is named', () => {
    expect(chooseRendererUrl(undefined, false)).toEqual({ url: APP_ENTRY_URL, source: 'app' });
    expect(chooseRendererUrl('', false)).toEqual({ url: APP_ENTRY_URL, source: 'app' });
  });

  it('uses a loopback dev server only when the app is not packaged', () => {
    expect(chooseRendererUrl('http://localhost:5173', false)).toEqual({ url: 'http://localhost:5173/', source: 'dev-server' });
    expect(chooseRendererUrl('http://localhost:5173', true)).toEqual({ url: APP_ENTRY_URL, source: 'app', ignored: 'packaged' });
  });

  it('ignores a remote dev server even when unpackaged', () => {
    expect(chooseRendererUrl('https://evil.example/', false)).toEqual({ url: APP_ENTRY_URL, source: 'app', ignored: 'not-loopback' });
  });
});
