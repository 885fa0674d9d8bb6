/**
 * The simulator's live mode in Debian's Chromium against the BUILT renderer: a real vector
 * token counted down on the page's (controlled) clock, its events crossed off as the warning
 * passes, with screenshots in light and dark.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectToken } from '../../src/shared/tokens/inspect';
import { startAppUnderTest, type AppUnderTest } from './support/appUnderTest';
import { loadVectors } from './support/vectorFiles';

const token = loadVectors('zego-token04-gcm.json')[0]!.token;
const expiresAt = inspectToken(token, { now: 0 }).expiresAt!;

let app: AppUnderTest;

beforeAll(async () => {
  app = await startAppUnderTest();
});

afterAll(async () => {
  await app?.close();
});

describe('simulator live mode', () => {
  it('counts a pasted token down and crosses off the warning and the renewal request', async () => {
    // The page's clock stands still at 4 m 32 s before expiry and moves only when told to.
    const { page, errors } = await app.open({
      pausedClockAt: (expiresAt - 272) * 1000,
      beforePause: async (p) => {
        await p.keyboard.press('Control+4');
        await p.getByRole('radio', { name: 'Live token (real clock)' }).check();
      },
    });
    await page.getByRole('textbox', { name: 'Real token (ZEGO Token04 or CommsEase dynamic)' }).fill(token);

    const timer = page.getByRole('timer', { name: 'Time to expiry' });
    const events = page.getByRole('list', { name: 'Events of the live token' }).getByRole('listitem');
    await expect.poll(() => timer.textContent()).toBe('expires in 4m 32s');
    await expect.poll(() => events.count()).toBe(5);
    await expect.poll(() => events.nth(1).getAttribute('data-passed')).toBe('false');
    await app.screenshot(page, 'simulator-live');

    await page.clock.fastForward(260 * 1000);
    await expect.poll(() => timer.textContent()).toBe('expires in 12s');
    await expect.poll(() => events.nth(1).getAttribute('data-passed')).toBe('true');
    await expect.poll(() => events.nth(2).getAttribute('data-passed')).toBe('true');
    await expect.poll(() => events.nth(3).getAttribute('data-passed')).toBe('false');
    await app.screenshot(page, 'simulator-live-warning');
    expect(errors).toEqual([]);
  });
});
