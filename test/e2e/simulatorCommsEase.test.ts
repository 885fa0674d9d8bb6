/**
 * The simulator and the CommsEase screen in English and Chinese, light and dark, in Debian's
 * Chromium against the BUILT renderer: a preset run on the virtual clock (the readout under
 * the scrubber, the chosen preset named, the form's defaults as values, the start time as a
 * date), and CommsEase's live-account calls set apart from the local ones. Screenshots go to
 * test-results/screens/{simulator-run,simulator-form,commsease-calls,commsease-confirm}-<lang>-<scheme>.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../src/shared/i18n';
import type { ProfileView } from '../../src/shared/ipc/schemas/profile';
import { join } from 'node:path';
import { SCREENS_DIR, startAppUnderTest, type AppUnderTest } from './support/appUnderTest';
import { loadVectors } from './support/vectorFiles';

const ce = loadVectors('commsease-dynamic.json')[0]!;
let app: AppUnderTest;
let prod: ProfileView;

beforeAll(async () => {
  app = await startAppUnderTest();
  const reply = await app.services.dispatch('profiles:add', {
    provider: 'commsease',
    name: `E2E CE ${Date.now().toString(36)}`,
    env: 'prod',
    appKey: ce.inputs['appKey'],
    secret: ce.inputs['appSecret'],
  });
  if (!reply.ok) throw new Error(`could not seed a profile: ${reply.error.message}`);
  prod = (reply.value as { profile: ProfileView }).profile;
});
afterAll(async () => {
  // Leave the keychain as we found it.
  if (prod) await app?.services.dispatch('profiles:delete', { id: prod.id });
  await app?.close();
});

describe.each([
  ['en', 'en-US'],
  ['zh-CN', 'zh-CN'],
] as const)('simulator in %s', (lang, locale) => {
  it('runs a preset and shows it, with the readout clear of the scrubber', async () => {
    const { page, errors } = await app.open({ locale });
    const words = CATALOGUES[lang].simulator;
    await page.keyboard.press('Control+4');
    const presets = page.getByRole('region', { name: words.presets });
    await presets.getByRole('button', { name: words.readyMade['slow-server'].label }).click();
    await expect.poll(() => page.locator('.sim-preset-chosen').textContent()).toContain(words.readyMade['slow-server'].label);
    // Defaults are values, not placeholders.
    expect(await page.getByRole('spinbutton', { name: words.form.seed, exact: true }).inputValue()).not.toBe('');
    await page.getByRole('button', { name: words.run, exact: true }).click();
    await page.getByRole('group', { name: words.timelineOf.replace('{{slot}}', 'A').replace('{{client}}', '0') }).waitFor();
    await page.getByRole('button', { name: words.clock.step }).click();

    // The readout sits below the scrubber: their boxes do not overlap.
    const slider = await page.locator('#sim-scrub').boundingBox();
    const readout = await page.locator('.sim-clock-readout').boundingBox();
    expect(slider && readout).toBeTruthy();
    expect(readout!.y).toBeGreaterThanOrEqual(slider!.y + slider!.height - 0.5);

    // The platform select shows its whole label.
    const clipped = await page.locator('#sim-a-platform').evaluate((el) => el.scrollWidth > el.clientWidth + 1);
    expect(clipped).toBe(false);
    await app.screenshot(page, `simulator-run-${lang}`);
    await page.locator('.sim-form').scrollIntoViewIfNeeded();
    await page.locator('#sim-a-startTime').scrollIntoViewIfNeeded();
    await app.screenshot(page, `simulator-form-${lang}`);
    // The whole form with an outage row, as one image.
    await presets.getByRole('button', { name: words.readyMade['server-down'].label }).click();
    // The content pane scrolls inside the window, so a tall window shows the whole form at once.
    await page.setViewportSize({ width: 1280, height: 2600 });
    await page.locator('.sim-form').screenshot({ path: join(SCREENS_DIR, `simulator-form-full-${lang}.png`) });
    await page.setViewportSize({ width: 1280, height: 840 });

    // The live mode in the same language: a vector token (long expired), its refused login.
    await page.getByRole('radio', { name: words.modeLive }).check();
    await page.getByRole('textbox', { name: words.live.token }).fill(ce.token);
    await page.getByRole('list', { name: words.live.events }).waitFor();
    expect(await page.getByRole('timer', { name: words.live.timeToExpiry }).textContent()).toContain(lang === 'en' ? 'ago' : '前');
    await app.screenshot(page, `simulator-live-${lang}`);
    expect(errors).toEqual([]);
  });
});

describe.each([
  ['en', 'en-US'],
  ['zh-CN', 'zh-CN'],
] as const)('CommsEase in %s', (lang, locale) => {
  it('sets the live-account calls apart from the local actions, prod in red', async () => {
    const { page, errors } = await app.open({ locale });
    const words = CATALOGUES[lang].commsease;
    await page.keyboard.press('Control+5');
    await page.locator('#ce-profile').selectOption(prod.id);
    await page.locator('#ce-static-accid').fill('alice');
    const live = page.getByRole('group', { name: words.static.live });
    const local = page.getByRole('group', { name: words.static.local });
    await expect.poll(() => live.getAttribute('data-prod')).toBe('true');
    const refresh = live.getByRole('button', { name: words.static.refresh });
    const store = local.getByRole('button', { name: words.static.store });
    const background = (el: Element) => getComputedStyle(el).backgroundColor;
    expect(await refresh.evaluate(background)).not.toBe(await store.evaluate(background));
    expect(await page.locator('.ce-accid-term').textContent()).toContain(words.accidExplained);
    await app.screenshot(page, `commsease-calls-${lang}`);

    await refresh.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await app.screenshot(page, `commsease-confirm-${lang}`);
    await dialog.getByRole('button', { name: words.confirm.cancel }).click();
    expect(errors).toEqual([]);
  });
});
