/**
 * One e2e session: the built renderer on a local server, Debian's Chromium, and the real
 * main-side services (engine, vault on the OS keychain, history) behind the test transport.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createAppServices, type AppServices } from '../../../src/main/composition';
import type { HistoryEntry } from '../../../src/shared/ipc/channels/history';
import type { SecretStore } from '../../../src/main/vault/secretStore';
import { attachBridge, emitToPage } from './browserBridge';
import { ensureRendererBuilt } from './ensureBuilt';
import { secretStoreForE2e } from './keychainForE2e';
import { serveStatic, type StaticServer } from './staticServer';

export const ROOT = resolve(__dirname, '../../..');
export const SCREENS_DIR = resolve(ROOT, 'test-results/screens');

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

export interface OpenOptions {
  /**
   * Give the page Playwright's clock and pause it at this epoch ms once the page is up (and
   * `beforePause` has run): from then on its time (Date, timers, requestAnimationFrame) moves
   * only when the test says so — page.clock.runFor, fastForward or pauseAt — never with the
   * wall clock, so a busy machine cannot shift what the page shows.
   */
  pausedClockAt?: number;
  /**
   * Steps to take while the page clock still runs, e.g. opening a lazily loaded screen: React
   * reveals a suspended screen on a page timer, which a paused clock would never fire.
   */
  beforePause?: (page: Page) => Promise<void>;
  /** The browser's language (navigator.language); default en-US. */
  locale?: string;
}

export interface AppUnderTest {
  services: AppServices;
  /**
   * Stop main's clock at this epoch ms (null: the real clock again), so tokens minted in main
   * and the page's paused clock agree to the second.
   */
  setMainTime(ms: number | null): void;
  secrets: SecretStore;
  keychainKind: 'os-keychain' | 'in-memory';
  clipboardText(): string;
  pinnedSeen: HistoryEntry[][];
  builtNow: boolean;
  open(options?: OpenOptions): Promise<OpenedPage>;
  screenshot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * The page clock is installed this long before `pausedClockAt` and runs until the pause:
 * pauseAt may only move forward, and this keeps it a jump forward however slow the machine
 * is (nothing the tests check depends on the time before the pause).
 */
const CLOCK_INSTALL_LEAD_MS = 10 * 60 * 1000;

export async function startAppUnderTest(): Promise<AppUnderTest> {
  const { built } = ensureRendererBuilt(ROOT);
  const server: StaticServer = await serveStatic(join(ROOT, 'out/renderer'));
  const dataDir = await mkdtemp(join(tmpdir(), 'tokenlab-e2e-'));
  await mkdir(SCREENS_DIR, { recursive: true });
  const { secrets, kind } = await secretStoreForE2e();
  const clipboard = { text: '', readText: () => clipboard.text, writeText: (t: string) => void (clipboard.text = t) };
  const pinnedSeen: HistoryEntry[][] = [];
  let lastPage: Page | null = null;
  let mainTime: number | null = null;
  const services = createAppServices({
    dataDir,
    nowMs: () => mainTime ?? Date.now(),
    secrets,
    clipboard,
    onClipboardCleared: (at) => {
      if (lastPage) void emitToPage(lastPage, 'clipboard:cleared', { at }).catch(() => undefined);
    },
    onPinnedChange: (pinned) => pinnedSeen.push([...pinned]),
    onTokenServerLog: (entry) => {
      if (lastPage) void emitToPage(lastPage, 'tokenServer:logged', entry).catch(() => undefined);
    },
  });
  const browser: Browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const contexts: BrowserContext[] = [];

  return {
    services,
    setMainTime: (ms) => void (mainTime = ms),
    secrets,
    keychainKind: kind,
    clipboardText: () => clipboard.text,
    pinnedSeen,
    builtNow: built,
    async open(options = {}) {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 840 },
        colorScheme: 'light',
        acceptDownloads: true,
        locale: options.locale ?? 'en-US',
      });
      contexts.push(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        // A CSP delivered by <meta> cannot carry frame-ancestors; the header does. Expected.
        if (message.type() === 'error' && !message.text().includes("'frame-ancestors'")) errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await attachBridge(page, services.dispatch);
      const pausedAt = options.pausedClockAt;
      if (pausedAt !== undefined) await page.clock.install({ time: pausedAt - CLOCK_INSTALL_LEAD_MS });
      await page.goto(server.url);
      // By id: the label is in the page's language.
      await page.locator('#inspector-input').waitFor();
      if (pausedAt !== undefined) {
        await options.beforePause?.(page);
        await page.clock.pauseAt(pausedAt);
      }
      lastPage = page;
      return { context, page, errors };
    },
    async screenshot(page, name) {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        // Flush styles without waiting on page timers or frames: under a paused clock neither
        // runs, and the screenshot renders a fresh frame of whatever style is current.
        await page.evaluate(() => getComputedStyle(document.documentElement).color);
        await page.screenshot({ path: join(SCREENS_DIR, `${name}-${scheme}.png`) });
      }
      await page.emulateMedia({ colorScheme: 'light' });
    },
    async close() {
      await services.tokenServer.stop();
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
