/**
 * The inspector speaks the newer families: pasting an Agora AccessToken2, a Tencent UserSig
 * and a LiveKit token shows each family's name and readable fields, with screenshots.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startAppUnderTest, type AppUnderTest } from './support/appUnderTest';
import { loadVectors } from './support/vectorFiles';

let app: AppUnderTest;

beforeAll(async () => {
  app = await startAppUnderTest();
});

afterAll(async () => {
  if (app) await app.close();
});

const result = (page: Page) => page.getByRole('region', { name: 'Inspection result' });
const firstValid = (file: string) => loadVectors(file).find((v) => v.expect.verdict === 'valid')!;

describe('inspector, newer families', () => {
  it.each([
    ['agora-accesstoken2.json', 'Agora AccessToken2', 'inspector-agora007'],
    ['tencent-usersig-v2.json', 'Tencent UserSig', 'inspector-tencent'],
    ['livekit-jwt.json', 'LiveKit', 'inspector-livekit'],
  ])('%s shows its family and fields', async (file, label, shot) => {
    const v = firstValid(file);
    const { page, errors } = await app.open();
    await page.getByRole('textbox', { name: 'Token or text' }).fill(v.token);
    await expect.poll(() => result(page).locator('.badge').textContent()).toBe('Unverified');
    await expect.poll(() => result(page).getByRole('heading', { name: 'Summary' }).textContent()).toContain(label);
    await app.screenshot(page, shot);
    expect(errors).toEqual([]);
  });
});
