/**
 * TEST-ONLY transport between a Playwright page and the real main-side services: bundles
 * pageBridge.entry.ts for the page (esbuild, as an init script) and binds its invoke to the
 * dispatcher, so the renderer under test talks to the same handlers the app registers with
 * ipcMain — minus Electron's sender check, which has its own tests.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { IpcDispatch } from '../../../src/main/ipc/dispatch';

let bundled: string | null = null;

export async function pageBridgeScript(): Promise<string> {
  if (bundled) return bundled;
  const result = await build({
    entryPoints: [join(__dirname, 'pageBridge.entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
  bundled = result.outputFiles[0]!.text;
  return bundled;
}

export async function attachBridge(page: Page, dispatch: IpcDispatch): Promise<void> {
  // Requests and replies cross as JSON text: Playwright moves one long string far faster than
  // a deep object graph (a 10,000-token reply is ~14 MB), and the contract's values are plain JSON.
  await page.exposeFunction('__tokenlabInvoke', async (channel: string, requestJson: string) =>
    JSON.stringify(await dispatch(channel, JSON.parse(requestJson) as unknown)),
  );
  await page.addInitScript({ content: await pageBridgeScript() });
}

export async function emitToPage(page: Page, event: string, payload: unknown): Promise<void> {
  await page.evaluate(([e, p]) => (window as unknown as { __tokenlabEmit(e: string, p: unknown): void }).__tokenlabEmit(e, p), [event, payload] as const);
}
