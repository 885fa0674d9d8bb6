/**
 * The simulator with one token of each newer family, in English and Chinese, in Debian's
 * Chromium against the built renderer: the live mode counts the token down on its family's
 * platform, and the vendor's preset runs in main with real tokens. Screenshots:
 * simulator-live-<family>-<lang>, simulator-run-<preset>-<lang>. Selected by ids and
 * positions, not by words, so the same steps run in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/shared/sim/presets';
import { inspectToken } from '../../src/shared/tokens/inspect';
import { startAppUnderTest, type AppUnderTest } from './support/appUnderTest';
import { loadVectors } from './support/vectorFiles';

let app: AppUnderTest;

beforeAll(async () => {
  app = await startAppUnderTest();
});
afterAll(async () => {
  await app?.close();
});

/** A vector token of the family whose expiry is readable without a secret. */
function tokenOf(file: string): { token: string; expiresAt: number; format: string } {
  for (const v of loadVectors(file)) {
    if (typeof v.token !== 'string') continue;
    const inspection = inspectToken(v.token, { now: 0 });
    if (inspection.format === v.format && inspection.expiresAt !== null) return { token: v.token, expiresAt: inspection.expiresAt, format: v.format };
  }
  throw new Error(`no vector of ${file} with a readable expiry`);
}

const FAMILIES = [
  ['agora-accesstoken2.json', 'agora-rtc-native', 'agora-privilege-early'],
  ['tencent-usersig-v2.json', 'tencent-im', 'tencent-im-no-warning'],
  ['livekit-jwt.json', 'livekit', 'livekit-long-outage'],
  ['twilio-jwt.json', 'twilio-video', 'twilio-video-keeps-call'],
] as const;

describe.each([
  ['en', 'en-US'],
  ['zh-CN', 'zh-CN'],
] as const)('simulator, newer families, %s', (lang, locale) => {
  it.each(FAMILIES)('%s: live countdown on %s, and the %s preset run', async (file, platform, presetId) => {
    const { token, expiresAt, format } = tokenOf(file);
    const { page, errors } = await app.open({
      locale,
      pausedClockAt: (expiresAt - 100) * 1000,
      beforePause: async (p) => {
        await p.keyboard.press('Control+4');
        await p.locator('input[name="sim-mode"]').nth(1).check();
      },
    });
    await page.locator('#sim-live-token').fill(token);
    await expect.poll(() => page.locator('#sim-live-platform').inputValue()).toBe(platform);
    await expect.poll(() => page.locator('.sim-live-event').count()).toBeGreaterThan(1);
    await app.screenshot(page, `simulator-live-${format}-${lang}`);

    await page.locator('input[name="sim-mode"]').nth(0).check();
    await page.locator('.sim-presets button').nth(PRESETS.findIndex((p) => p.id === presetId)).click();
    await page.locator('.sim-toolbar button.button').first().click();
    await expect.poll(() => page.locator('.sim-summary-list').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await app.screenshot(page, `simulator-run-${presetId}-${lang}`);
    expect(errors).toEqual([]);
  });
});
