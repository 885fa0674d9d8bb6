/**
 * The simulator's assumptions in Chinese in Debian's Chromium against the BUILT renderer: a run's
 * assumption list opened and the live mode's events, screenshotted for a reader to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/shared/sim/presets';
import { startAppUnderTest, type AppUnderTest } from './support/appUnderTest';

let app: AppUnderTest;

beforeAll(async () => {
  app = await startAppUnderTest();
});
afterAll(async () => {
  await app?.close();
});

describe('simulator assumptions, zh-CN', () => {
  it('lists the run of the Agora preset with its assumptions in Chinese', async () => {
    const { page, errors } = await app.open({ locale: 'zh-CN' });
    await page.keyboard.press('Control+4');
    await page.locator('.sim-presets button').nth(PRESETS.findIndex((p) => p.id === 'agora-privilege-early')).click();
    await page.locator('.sim-toolbar button.button').first().click();
    await expect.poll(() => page.locator('.sim-summary-list').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const details = page.locator('.sim-summary details').first();
    await details.locator('summary').click();
    const items = details.locator('li');
    await expect.poll(() => items.count()).toBeGreaterThan(3);
    for (const text of await items.allTextContents()) expect(text).toMatch(/[\u4e00-\u9fff].*[\u4e00-\u9fff]/);
    await details.scrollIntoViewIfNeeded();
    await app.screenshot(page, 'simulator-assumptions-zh-CN');
    expect(errors).toEqual([]);
  });
});
