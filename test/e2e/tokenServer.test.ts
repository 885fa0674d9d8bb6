/**
 * The Token server screen in Debian's Chromium against the BUILT renderer and the real
 * main-side service: start it with "40-s tokens, 3rd renewal fails", let an "app" (this test,
 * over real HTTP on 127.0.0.1) fetch tokens with the key the screen shows, watch the requests
 * arrive in the log and the timeline, and save screenshots in light and dark.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppUnderTest, type AppUnderTest } from './support/appUnderTest';

let app: AppUnderTest;

beforeAll(async () => {
  app = await startAppUnderTest();
  await app.services.vault.add({ provider: 'zego', name: 'acme-dev', env: 'dev', appId: 1234567890, secret: 'fa94dd0f974cf2e293728a526b028271' });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

describe('token server screen', () => {
  it('starts, shows the key once, logs the app requests live with their faults, and stops', async () => {
    const { page, errors } = await app.open();
    await page.keyboard.press('Control+7');
    await page.getByRole('heading', { name: 'Token server', level: 1 }).waitFor();
    await page.getByRole('button', { name: '40-s tokens, 3rd renewal fails' }).click();
    await page.getByRole('button', { name: 'Start server' }).click();

    const key = (await page.getByLabel('Bearer key').textContent())!;
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const url = app.services.tokenServer.status().url!;
    const statuses: number[] = [];
    for (const user of ['alice', 'alice', 'alice', 'bob']) {
      const res = await fetch(`${url}/token?profile=acme-dev&user=${user}&ttl=3600&room=r1`, { headers: { Authorization: `Bearer ${key}` } });
      statuses.push(res.status);
    }
    const unknown = await fetch(`${url}/token?profile=acme-dev&user=carol&uid=7`, { headers: { Authorization: `Bearer ${key}` } });
    expect([...statuses, unknown.status]).toEqual([200, 200, 500, 200, 400]);

    const rows = page.getByRole('table').getByRole('row');
    await expect.poll(() => rows.count()).toBe(6); // header + 5 requests
    await expect.poll(() => page.getByRole('table').textContent()).toContain('nth-request');
    const story = page.getByRole('list', { name: 'What happened to each token' }).getByRole('listitem');
    await expect.poll(() => story.count()).toBe(3);
    expect(await page.getByRole('table').textContent()).not.toContain(key);
    await app.screenshot(page, 'token-server');

    await page.getByRole('button', { name: 'Stop server' }).click();
    await page.getByRole('button', { name: 'Start server' }).waitFor();
    expect(app.services.tokenServer.status().running).toBe(false);
    expect(errors).toEqual([]);
  });
});
