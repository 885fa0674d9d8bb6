/**
 * Which page the window loads: our own `app://tokenlab/`, or electron-vite's dev server.
 *
 * `ELECTRON_RENDERER_URL` comes from the environment, and the page it names becomes the IPC
 * bridge's one trusted sender. So it is honoured only in an unpackaged (development) run, and
 * only for an http(s) server on this machine's loopback interface: an environment variable
 * set by anything else must not hand a remote page the secrets' front door.
 */
import { APP_ENTRY_URL } from './appUrl';

export interface RendererUrlChoice {
  url: string;
  source: 'app' | 'dev-server';
  /** Why a given ELECTRON_RENDERER_URL was not used. */
  ignored?: 'packaged' | 'not-loopback';
}

/** 127.0.0.0/8, ::1 and "localhost" (which WHATWG URL and every OS resolve to loopback). */
export function isLoopbackHost(hostname: string): boolean {
  if (hostname === 'localhost' || hostname === '[::1]') return true;
  // WHATWG URL has already normalised IPv4 spellings (0x7f.1, 2130706433) to dotted decimal.
  const octets = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(hostname);
  return octets !== null && octets[1] === '127';
}

/** The URL of a loopback http(s) dev server without credentials, normalised; otherwise null. */
export function loopbackDevServerUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  return isLoopbackHost(url.hostname) ? url.href : null;
}

export function chooseRendererUrl(devServerUrl: string | undefined, isPackaged: boolean): RendererUrlChoice {
  if (devServerUrl === undefined || devServerUrl === '') return { url: APP_ENTRY_URL, source: 'app' };
  if (isPackaged) return { url: APP_ENTRY_URL, source: 'app', ignored: 'packaged' };
  const dev = loopbackDevServerUrl(devServerUrl);
  return dev === null ? { url: APP_ENTRY_URL, source: 'app', ignored: 'not-loopback' } : { url: dev, source: 'dev-server' };
}
