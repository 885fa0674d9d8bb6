/**
 * The Token server screen in Debian's Chromium against the BUILT renderer and the real
 * main-side service, in English and Chinese: start it with "40-s tokens, 3rd renewal fails",
 * let an "app" (this test, over real HTTP on 127.0.0.1) fetch ZEGO and LiveKit tokens with the
 * key the screen shows, watch the requests arrive in the log and on the simulator's timeline,
 * and save screenshots in light and dark.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../src/shared/i18n';
import { startAppUnderTest, type AppUnderTest } from './support/appUnderTest';

let app: AppUnderTest;

beforeAll(async () => {
  app = await startAppUnderTest();
  await app.services.vault.add({ provider: 'zego', name: 'acme-dev', env: 'dev', appId: 1234567890, secret: 'fa94dd0f974cf2e293728a526b028271' });
  await app.services.vault.add({ family: 'livekit-jwt', name: 'lk-dev', env: 'dev', credentials: { apiKey: 'APIkey123' }, secret: 'livekit-secret-livekit-secret-0123456789' });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

describe.each([
  ['en', 'en-US'],
  ['zh-CN', 'zh-CN'],
] as const)('token server screen in %s', (lang, locale) => {
  it('starts, shows the key once, logs the app requests live with their faults, draws them on the timeline, and stops', async () => {
    const words = CATALOGUES[lang].tokenServer;
    const { page, errors } = await app.open({ locale });
    await page.keyboard.press('Control+7');
    await page.getByRole('heading', { name: words.title, level: 1 }).waitFor();
    await page.getByRole('button', { name: words.presets.short }).click();
    await page.getByRole('button', { name: words.start }).click();

    const key = (await page.getByLabel(words.running.keyAria).textContent())!;
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const url = app.services.tokenServer.status().url!;
    const auth = { headers: { Authorization: `Bearer ${key}` } };
    const statuses: number[] = [];
    for (const user of ['alice', 'alice', 'alice', 'bob']) statuses.push((await fetch(`${url}/token?profile=acme-dev&user=${user}&ttl=3600&room=r1`, auth)).status);
    statuses.push((await fetch(`${url}/token/livekit?profile=lk-dev&identity=carol&room=standup`, auth)).status);
    statuses.push((await fetch(`${url}/token?profile=acme-dev&user=carol&uid=7`, auth)).status);
    expect(statuses).toEqual([200, 200, 500, 200, 200, 400]);

    const rows = page.getByRole('table').getByRole('row');
    await expect.poll(() => rows.count()).toBe(7); // header + 6 requests
    await expect.poll(() => page.getByRole('table').textContent()).toContain(words.faultName['nth-request']);
    const story = page.getByRole('list', { name: words.timeline.storyLabel }).getByRole('listitem');
    await expect.poll(() => story.count()).toBe(4);
    await page.locator('.sim-timeline').waitFor();
    expect(await page.getByRole('table').textContent()).not.toContain(key);
    await app.screenshot(page, `token-server-${lang}`);
    await page.locator('.ts-timeline').scrollIntoViewIfNeeded();
    await app.screenshot(page, `token-server-timeline-${lang}`);

    // A saved log of a slower run opens on the same timeline: the 30-s warning, the renewal 4 s
    // after it, the third request failing, and the story told per token.
    const T0 = 1_700_000_000;
    const saved = [
      [1, 0, 200, ['ttl-override']],
      [2, 14, 200, ['ttl-override']],
      [3, 48, 500, ['nth-request']],
      [4, 56, 200, ['ttl-override']],
    ].map(([seq, at, status, faults]) => JSON.stringify({ seq, at: (T0 + (at as number)) * 1000, route: '/token', family: 'zego', profile: 'acme-dev', user: 'alice', latencyMs: 2, faults, status, expiresAt: status === 200 ? T0 + (at as number) + 40 : null, error: status === 200 ? null : 'injected_failure' }));
    await page.locator('.ts-timeline input[type=file]').setInputFiles({ name: 'run.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(saved.join('\n')) });
    await page.getByRole('heading', { name: words.timeline.titleOpened.replace('{{name}}', 'run.jsonl') }).waitFor();
    await expect.poll(() => story.count()).toBe(3);
    await page.locator('.ts-timeline').scrollIntoViewIfNeeded();
    await app.screenshot(page, `token-server-saved-log-${lang}`);
    await page.getByRole('button', { name: words.timeline.back }).click();

    await page.getByRole('button', { name: words.stop }).click();
    await page.getByRole('button', { name: words.start }).waitFor();
    expect(app.services.tokenServer.status().running).toBe(false);
    expect(errors).toEqual([]);
  });
});
