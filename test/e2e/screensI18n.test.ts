/**
 * Every screen in English and Chinese (the browser's language, as the OS gives it to the app),
 * light and dark, saved to test-results/screens/<screen>-<lang>-<scheme>.png. Checks the page
 * follows the language and that no screen throws.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppUnderTest, type AppUnderTest } from './support/appUnderTest';
import { CATALOGUES } from '../../src/shared/i18n';
import { loadVectors } from './support/vectorFiles';

const SCREENS = ['inspector', 'generator', 'board', 'simulator', 'commsease', 'profiles'] as const;
const batch = [...loadVectors('zego-token04-gcm.json').slice(0, 3), ...loadVectors('commsease-dynamic.json').slice(0, 2), ...loadVectors('negative.json').slice(0, 2)];

let app: AppUnderTest;

beforeAll(async () => {
  app = await startAppUnderTest();
});
afterAll(async () => {
  await app?.close();
});

describe.each([
  ['en', 'en-US'],
  ['zh-CN', 'zh-CN'],
] as const)('screens in %s', (lang, locale) => {
  it('shows every screen in the language, light and dark', async () => {
    const { page, errors } = await app.open({ locale });
    const words = CATALOGUES[lang];
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    await app.screenshot(page, `inspector-empty-${lang}`);
    await page.getByRole('region', { name: words.inspector.tryExample }).getByRole('button').first().click();
    await expect.poll(() => page.getByRole('heading', { name: words.headline.label }).textContent()).toContain(words.verdict.unverified);
    await app.screenshot(page, `inspector-sample-${lang}`);
    await page.locator('#inspector-input').fill(batch.map((v) => v.token).join('\n'));
    await page.getByRole('table').waitFor();
    await app.screenshot(page, `inspector-batch-${lang}`);
    for (const [i, screen] of SCREENS.entries()) {
      if (screen === 'inspector') continue;
      await page.locator('.nav-item').nth(i).click();
      // Lazily loaded screens show "Loading…" (no heading) first: wait for the screen itself.
      await page.locator('.content h1').first().waitFor();
      if (screen === 'board') expect(await page.locator('.content h1').first().textContent()).toBe(words.board.title);
      if (screen === 'simulator') expect(await page.locator('.content h1').first().textContent()).toBe(words.simulator.title);
      if (screen === 'commsease') expect(await page.locator('.content h1').first().textContent()).toBe(words.commsease.title);
      await app.screenshot(page, `${screen}-${lang}`);
    }
    expect(errors).toEqual([]);
  });
});
