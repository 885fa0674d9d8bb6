/**
 * The simulator's live mode in Debian's Chromium against the BUILT renderer: a real vector
 * token counted down on the page's (controlled) clock, its events crossed off as the warning
 * passes, with screenshots in light and dark.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectToken } from '../../src/shared/tokens/inspect';
import { startAppUnderTest, type AppUnderTest } from './support/appUnderTest';
import { loadVectors } from './support/vectorFiles';
import { CATALOGUES } from '../../src/shared/i18n';
import { defaultRegistry } from '../../src/shared/families/registry';

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
    await page.getByRole('textbox', { name: 'Real token (any format the inspector reads)' }).fill(token);

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

describe('simulator live mode in Chinese', () => {
  it('gives the gap between the join privilege’s end and the token’s expiry in Chinese units', async () => {
    // Agora 007 with joinChannel for 300 s of a 3600 s token: the user is kicked 55 minutes before the token expires.
    const agora = loadVectors('agora-accesstoken2.json').find((v) => v.id.startsWith('at2-pub-018'))!.token;
    const at = defaultRegistry.inspect(agora, { now: 0 }).expiresAt!;
    const words = CATALOGUES['zh-CN'].simulator;
    const { page, errors } = await app.open({
      locale: 'zh-CN',
      pausedClockAt: (at - 3600 + 60) * 1000,
      beforePause: async (p) => {
        await p.keyboard.press('Control+4');
        await p.getByRole('radio', { name: words.modeLive }).check();
      },
    });
    await page.locator('#sim-live-token').fill(agora);
    const events = page.getByRole('list', { name: words.live.events }).getByRole('listitem');
    await expect.poll(async () => (await events.allTextContents()).join('\n')).toContain('加入频道权限在令牌过期前 55分钟 结束');
    expect((await events.allTextContents()).join('\n')).not.toMatch(/\d+ (min|s)\b/);
    expect(await page.locator('#sim-live-token-status').textContent()).toMatch(/^声网 AccessToken2（007） · 签发于/);
    await app.screenshot(page, 'simulator-live-agora-zh');
    expect(errors).toEqual([]);
  });
});
