/**
 * `npm run dev` in Chromium: the renderer from Vite's dev server, under the CSP main sends in
 * development (a header on every response, as lockdown.ts adds it; here the server adds it)
 * and the meta tag the dev plugin writes. The app must boot — React Refresh's inline preamble, Vite's client, the HMR
 * socket — with no CSP violation; and the production policy must refuse that same page, so
 * it is the development policy that makes dev work while production stays strict.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../../src/main/composition';
import { createMemorySecretStore } from '../../src/main/vault/memorySecretStore';
import { CONTENT_SECURITY_POLICY, developmentContentSecurityPolicy } from '../../src/shared/security/contentSecurityPolicy';
import { startRendererDevServer, type RendererDevServer } from '../support/rendererVite';
import { CHROMIUM_ARGS } from './support/appUnderTest';
import { attachBridge } from './support/browserBridge';
import { loadVectors } from './support/vectorFiles';

const token = loadVectors('zego-token04-gcm.json')[0]!.token;

let server: RendererDevServer;
let browser: Browser;
let services: AppServices;
let dataDir: string;
/** The header policy for the next responses: what main would send. */
let sessionPolicy: 'development' | 'production' = 'development';

beforeAll(async () => {
  server = await startRendererDevServer({
    contentSecurityPolicyHeader: () => (sessionPolicy === 'development' ? developmentContentSecurityPolicy(server.url) : CONTENT_SECURITY_POLICY),
  });
  dataDir = await mkdtemp(join(tmpdir(), 'tokenlab-e2e-dev-'));
  const clipboard = { text: '', readText: () => clipboard.text, writeText: (t: string) => void (clipboard.text = t) };
  services = createAppServices({ dataDir, secrets: createMemorySecretStore(), clipboard });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** The dev page, its every response carrying `policy`'s CSP header as main would send it. */
async function openDevPage(policy: typeof sessionPolicy): Promise<{ page: Page; messages: ConsoleMessage[]; pageErrors: string[] }> {
  sessionPolicy = policy;
  const context = await browser.newContext();
  const page = await context.newPage();
  const messages: ConsoleMessage[] = [];
  const pageErrors: string[] = [];
  page.on('console', (message) => messages.push(message));
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await attachBridge(page, services.dispatch);
  await page.goto(server.url);
  return { page, messages, pageErrors };
}

describe('npm run dev (Vite dev server) in Chromium', () => {
  it('boots under the development policy: preamble, Vite client and HMR socket, no violation', async () => {
    const { page, messages, pageErrors } = await openDevPage('development');
    const box = page.getByRole('textbox', { name: 'Token or text' });
    await box.fill(token);
    await page.getByRole('region', { name: 'Inspection result' }).getByText('Unverified').waitFor();
    await expect.poll(() => messages.some((m) => m.text().includes('[vite] connected'))).toBe(true);
    // A meta-delivered CSP cannot carry frame-ancestors; the header does. Expected, not a violation.
    const errors = messages.filter((m) => m.type() === 'error' && !m.text().includes("'frame-ancestors'")).map((m) => m.text());
    expect(errors).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('is refused by the production policy (the preamble is inline script)', async () => {
    const { page, messages } = await openDevPage('production');
    await expect
      .poll(() => messages.some((m) => m.type() === 'error' && /inline script.*Content Security Policy directive/.test(m.text())))
      .toBe(true);
    await page.context().close();
  });
});
