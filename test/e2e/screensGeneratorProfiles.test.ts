/**
 * The Generator, Board, Profiles and Inspector screens as a QA engineer meets them, in English
 * and Chinese (the browser's language), light and dark; screenshots go to
 * test-results/screens/gp-<screen>-<lang>-<scheme>.png. Checks what each screen fix promises:
 * the minted token scrolls into view, a profile notice does not push the list down, the theme
 * is chosen in the app, an unauthenticated expiry is marked, every label is in the language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startAppUnderTest, type AppUnderTest } from './support/appUnderTest';
import { loadVectors } from './support/vectorFiles';
import { CATALOGUES } from '../../src/shared/i18n';
import type { ProfileView } from '../../src/shared/ipc/schemas/profile';
import { SAMPLE_TOKENS } from '../../src/shared/tokens/sampleTokens';

const gcm = loadVectors('zego-token04-gcm.json');
const ce = loadVectors('commsease-dynamic.json')[0]!;
const room = gcm.find((v) => v.variant === 'priv_login_only')!;
const batch = [...gcm.slice(0, 4), ...loadVectors('commsease-dynamic.json').slice(0, 2), ...loadVectors('negative.json').slice(0, 4)];
const otherSecret = gcm.find((v) => v.inputs['secret'] !== room.inputs['secret'])!;
/** The order of the sidebar (Ctrl+1…7). */
const NAV = { inspector: 0, generator: 1, board: 2, profiles: 5 } as const;

let app: AppUnderTest;
const seeded: ProfileView[] = [];

async function add(request: Record<string, unknown>): Promise<ProfileView> {
  const reply = await app.services.dispatch('profiles:add', request);
  if (!reply.ok) throw new Error(`could not seed a profile: ${reply.error.message}`);
  const profile = (reply.value as { profile: ProfileView }).profile;
  seeded.push(profile);
  return profile;
}

beforeAll(async () => {
  app = await startAppUnderTest();
  const suffix = Date.now().toString(36);
  await add({ provider: 'zego', name: `GP ZEGO ${suffix}`, env: 'staging', appId: room.inputs['appId'], secret: room.inputs['secret'] });
  await add({ provider: 'zego', name: `GP ZEGO other secret ${suffix}`, env: '测试', appId: room.inputs['appId'], secret: otherSecret.inputs['secret'] });
  await add({ provider: 'commsease', name: `GP IM ${suffix}`, env: 'prod', appKey: ce.inputs['appKey'], secret: ce.inputs['appSecret'] });
});

afterAll(async () => {
  if (!app) return;
  for (const p of seeded) await app.services.dispatch('profiles:delete', { id: p.id });
  for (const entry of await app.services.history.list()) if (entry.pinned) await app.services.history.unpin(entry.id);
  await app.close();
});

const go = (page: Page, screen: keyof typeof NAV) => page.locator('.nav-item').nth(NAV[screen]).click();

/** Whether the element's top edge is inside the scrolled view. */
const inView = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const top = el.getBoundingClientRect().top;
    return top >= 0 && top < window.innerHeight;
  });

describe.each([
  ['en', 'en-US'],
  ['zh-CN', 'zh-CN'],
] as const)('generator, board, profiles and inspector in %s', (lang, locale) => {
  const words = CATALOGUES[lang];

  it('mints a token that scrolls into view, and shows it on the board', async () => {
    const { page, errors } = await app.open({ locale });
    await go(page, 'generator');
    await page.locator('#gen-profile').selectOption(seeded[0]!.id);
    await page.locator('#gen-user').fill('alice');
    await page.getByRole('radio', { name: words.generator.roomToken }).check();
    await page.locator('#gen-room').fill('room-42');
    await app.screenshot(page, `gp-generator-form-${lang}`);
    await page.getByRole('button', { name: words.generator.generate, exact: true }).click();
    await page.getByRole('region', { name: words.generator.minted }).waitFor();
    await expect.poll(() => inView(page, '.minted > h2')).toBe(true);
    await app.screenshot(page, `gp-generator-minted-${lang}`);

    await go(page, 'board');
    await expect.poll(() => page.locator('.board-row').count()).toBeGreaterThan(0);
    await app.screenshot(page, `gp-board-${lang}`);
    expect(errors).toEqual([]);
  });

  it('keeps the profile list in place when a notice appears, and has every label in the language', async () => {
    const { page, errors } = await app.open({ locale });
    await go(page, 'profiles');
    const firstCard = page.locator('.profile-card').first();
    await firstCard.waitFor();
    const before = await firstCard.boundingBox();
    await page.getByRole('button', { name: words.profiles.exportAll }).click();
    await expect.poll(() => page.locator('.toolbar-status').textContent()).toContain(words.profiles.exported_other.split('{{count}}')[0]!.trim().slice(0, 4));
    expect((await firstCard.boundingBox())?.y).toBe(before?.y);
    await expect.poll(() => page.getByRole('heading', { name: words.profiles.add.title }).count()).toBe(1);
    await app.screenshot(page, `gp-profiles-${lang}`);
    expect(errors).toEqual([]);
  });

  it('marks an expiry that no secret proved, and follows the theme chosen in the app', async () => {
    const { page, errors } = await app.open({ locale });
    await page.locator('#inspector-profile').selectOption(seeded[1]!.id);
    await page.locator('#inspector-input').fill(room.token);
    const headline = page.getByRole('heading', { name: words.headline.label });
    await expect.poll(() => headline.textContent()).toContain(words.verdict.wrong_secret_or_tampered);
    expect(await headline.locator('.unauth-mark').textContent()).toBe(words.time.unauthenticated);
    await app.screenshot(page, `gp-inspector-wrong-secret-${lang}`);

    await page.locator('.preferences select').nth(1).selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    // The app's choice wins over the OS: a light OS still gets the dark page.
    await page.emulateMedia({ colorScheme: 'light' });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.locator('.preferences select').nth(1).selectOption('light');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(background);
    await page.locator('.preferences select').nth(1).selectOption('system');
    expect(errors).toEqual([]);
  });

  it('offers a sample of every family, and shows each batch row’s reason whole', async () => {
    const { page, errors } = await app.open({ locale });
    const samples = page.getByRole('region', { name: words.inspector.tryExample });
    expect(await samples.getByRole('button').count()).toBe(SAMPLE_TOKENS.length);
    await app.screenshot(page, `gp-inspector-examples-${lang}`);
    await samples.getByRole('button', { name: /AccessToken2/ }).click();
    await expect.poll(() => page.getByRole('heading', { name: words.headline.label }).textContent()).toContain('AccessToken2');
    await app.screenshot(page, `gp-inspector-agora-sample-${lang}`);

    await page.locator('#inspector-input').fill(batch.map((v) => v.token).join('\n'));
    await page.getByRole('table').waitFor();
    const clipped = await page.locator('.batch-body .batch-row').evaluateAll((rows) =>
      rows.flatMap((row) => {
        const reason = row.querySelector('.batch-reason') as HTMLElement;
        const inRow = reason.getBoundingClientRect().bottom <= row.getBoundingClientRect().bottom + 1;
        return reason.scrollHeight > reason.clientHeight + 1 || !inRow || /…$/.test(reason.textContent ?? '') ? [reason.textContent] : [];
      }),
    );
    expect(clipped).toEqual([]);
    await app.screenshot(page, `gp-inspector-batch-${lang}`);
    expect(errors).toEqual([]);
  });
});
