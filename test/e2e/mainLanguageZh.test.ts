/**
 * Main follows the page's language, end to end: a Chinese page tells main it shows Chinese
 * (settings:setLanguage), and what main words itself — the CommsEase verifier's explanation and
 * an error it returns — reaches the screen in Chinese; switched to English, main says English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileView } from '../../src/shared/ipc/schemas/profile';
import { startAppUnderTest, type AppUnderTest } from './support/appUnderTest';

let app: AppUnderTest;
let profile: ProfileView;

beforeAll(async () => {
  app = await startAppUnderTest();
  const reply = await app.services.dispatch('profiles:add', { provider: 'commsease', name: `E2E 语言 ${Date.now().toString(36)}`, env: 'dev', appKey: 'e2e-lang-app-key', secret: 'e2e-lang-secret' });
  if (!reply.ok) throw new Error(`could not seed a profile: ${reply.error.message}`);
  profile = (reply.value as { profile: ProfileView }).profile;
});
afterAll(async () => {
  if (!app) return;
  if (profile) await app.services.dispatch('profiles:delete', { id: profile.id });
  await app.close();
});

describe("main's language follows the page", () => {
  it("a Chinese page gets main's verifier explanation in Chinese, and English after switching", async () => {
    const { page, errors } = await app.open({ locale: 'zh-CN' });
    await expect.poll(() => app.services.language.current()).toBe('zh-CN');
    await page.keyboard.press('Control+5');
    await page.locator('#ce-verify-headers').fill('AppKey: e2e-lang-app-key');
    await page.locator('#ce-verify-body').fill('{}');
    await page.locator('#ce-verify-headers').press('Tab');
    await page.getByRole('form', { name: /./ }).filter({ has: page.locator('#ce-verify-headers') }).locator('button[type="submit"]').click();
    const result = page.locator('#ce-verify-title').locator('xpath=..').locator('[aria-live="polite"]');
    await expect.poll(() => result.textContent(), { timeout: 15_000 }).toContain('粘贴的请求头缺少 MD5，以及 CheckSum 或 CurTime');
    await app.screenshot(page, 'commsease-verifier-main-zh-CN');

    await page.getByRole('combobox', { name: '语言' }).selectOption('en');
    await expect.poll(() => app.services.language.current()).toBe('en');
    await page.getByRole('form', { name: /./ }).filter({ has: page.locator('#ce-verify-headers') }).locator('button[type="submit"]').click();
    await expect.poll(() => result.textContent(), { timeout: 15_000 }).toContain('The pasted headers lack MD5 and CheckSum or CurTime');
    expect(errors).toEqual([]);
  });
});
