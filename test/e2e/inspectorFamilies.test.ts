/**
 * The inspector and the generator speak the newer families: a token of each (pasted inside a
 * log line) shows its family and readable fields; a profile of each mints a token that the
 * generator shows as valid. Screenshots of both, per family.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ProfileView } from '../../src/shared/ipc/schemas/profile';
import { FAMILY_PROFILES } from '../support/ipcSamples';
import { startAppUnderTest, type AppUnderTest } from './support/appUnderTest';
import { loadVectors } from './support/vectorFiles';
import { defaultRegistry } from '../../src/shared/families/registry';
import { createI18n } from '../../src/shared/i18n';
import { familyTexts } from '../../src/shared/i18n/familyTexts';

let app: AppUnderTest;
const profiles = new Map<string, ProfileView>();

beforeAll(async () => {
  app = await startAppUnderTest();
  const suffix = Date.now().toString(36);
  for (const f of FAMILY_PROFILES) {
    const reply = await app.services.dispatch('profiles:add', { family: f.family, name: `E2E ${f.provider} ${suffix}`, env: 'dev', credentials: f.credentials, secret: f.secret });
    if (!reply.ok) throw new Error(`could not seed a ${f.family} profile: ${reply.error.message}`);
    profiles.set(f.family, (reply.value as { profile: ProfileView }).profile);
  }
});

afterAll(async () => {
  if (!app) return;
  for (const p of profiles.values()) await app.services.dispatch('profiles:delete', { id: p.id });
  for (const e of await app.services.history.list()) if (e.pinned) await app.services.history.unpin(e.id).catch(() => undefined);
  await app.close();
});

const result = (page: Page) => page.getByRole('region', { name: 'Inspection result' });
const firstValid = (file: string) => loadVectors(file).find((v) => v.expect.verdict === 'valid')!;

const FAMILIES = [
  ['agora-accesstoken2', 'Agora AccessToken2', 'agora007'],
  ['agora-accesstoken', 'Agora AccessToken (006', 'agora006'],
  ['tencent-usersig-v2', 'Tencent UserSig', 'tencent'],
  ['livekit-jwt', 'LiveKit', 'livekit'],
  ['twilio-jwt', 'Twilio', 'twilio'],
  ['jwt-generic', 'JWT', 'jwt'],
] as const;

describe('inspector, newer families', () => {
  it.each(FAMILIES)('%s: a token in a log line shows its family and fields', async (family, label, shot) => {
    const v = firstValid(`${family}.json`);
    const { page, errors } = await app.open();
    await page.getByRole('textbox', { name: 'Token or text' }).fill(`2026-12-02T10:00:00Z INFO join token=${v.token} uid=42`);
    await expect.poll(() => result(page).locator('.badge').textContent()).toBe('Unverified');
    await expect.poll(() => result(page).getByRole('heading', { name: 'Summary' }).textContent()).toContain(label);
    await app.screenshot(page, `inspector-${shot}`);
    expect(errors).toEqual([]);
  });
});

describe('inspector in Chinese, newer families', () => {
  it.each([
    ['twilio-jwt.json', 'tw-neg-pub-014', 'twilio_ttl_over_24h', '20157', 'inspector-twilio-ttl-zh'],
    ['agora-accesstoken2.json', 'at2-pub-018', 'privilege_expires_before_token', '', 'inspector-agora007-zh'],
  ])('%s %s: the findings read in Chinese', async (file, id, code, words, shot) => {
    const v = loadVectors(file).find((x) => x.id.startsWith(id))!;
    const { page, errors } = await app.open({ locale: 'zh-CN' });
    await page.locator('#inspector-input').fill(v.token);
    const finding = page.locator(`.diagnosis[data-code="${code}"]`);
    await finding.waitFor();
    await expect.poll(() => finding.textContent()).toContain(words);
    expect(await page.locator('.diagnoses').textContent()).not.toContain('{{');
    await finding.scrollIntoViewIfNeeded();
    await app.screenshot(page, shot);
    expect(errors).toEqual([]);
  });
});

describe('byte map in Chinese, newer families', () => {
  const zh = createI18n('zh-CN');
  it.each(FAMILIES.map(([file, , shot]) => [`${file}.json`, shot] as const))('%s: every part is named and explained in Chinese', async (file, shot) => {
    const v = firstValid(file);
    // What the page should say, from the engine and the zh-CN catalogue (the page inspects without a secret too).
    const inspection = defaultRegistry.inspect(v.token, { now: 1_700_000_000 });
    const texts = familyTexts((k, o) => zh.t(k, o), inspection.format);
    const { page, errors } = await app.open({ locale: 'zh-CN' });
    await page.locator('#inspector-input').fill(v.token);
    const map = page.locator('table.byte-map');
    await map.waitFor();
    expect(await map.locator('tbody th').allTextContents()).toEqual(inspection.segments.map((s) => texts.segmentLabel(s)));
    const legend = await page.locator('.seg-legend dd').allTextContents();
    expect(legend).toEqual([...new Set(inspection.segments.map((s) => s.name))].map((name) => texts.segmentHelp(name)));
    expect(legend.join('\n')).not.toMatch(/[A-Za-z]{3,} [a-z]{3,} [a-z]{3,}/);
    if (shot === 'agora007' || shot === 'tencent') {
      await map.scrollIntoViewIfNeeded();
      await app.screenshot(page, `inspector-bytemap-${shot}-zh`);
    }
    expect(errors).toEqual([]);
  });
});

describe('generator, newer families', () => {
  it.each(FAMILIES)('%s: a profile mints a token the generator shows as valid', async (family, _label, shot) => {
    const fixture = FAMILY_PROFILES.find((f) => f.family === family)!;
    const { page, errors } = await app.open();
    await page.keyboard.press('Control+2');
    await page.getByRole('heading', { name: 'Generator' }).waitFor();
    await page.getByRole('combobox', { name: 'Profile' }).selectOption({ value: profiles.get(family)!.id });
    await fillRequest(page, fixture.request);
    await page.getByRole('button', { name: 'Generate' }).click();
    const minted = page.getByRole('region', { name: 'Minted token' });
    await minted.waitFor();
    await expect.poll(() => minted.locator('.badge').textContent()).toBe('Valid');
    await minted.scrollIntoViewIfNeeded();
    await app.screenshot(page, `generator-${shot}`);
    expect(errors).toEqual([]);
  });
});

describe('countdown board, newer families', () => {
  it('lists each minted token by whom it is for and where', async () => {
    const { page, errors } = await app.open();
    await page.keyboard.press('Control+3');
    // The generator tests above minted one token per family; each is a row named by its user (and room).
    for (const name of [/^1001 in room demo:/, /^user_01:/, /^alice in room demo-room:/, /^alice in room DailyStandup:/, /^user-1:/]) {
      await expect.poll(() => page.getByRole('listitem', { name }).count()).toBeGreaterThan(0);
    }
    await app.screenshot(page, 'board-newer-families');
    expect(errors).toEqual([]);
  });
});

/** Types the fixture's request into the family's form (inputs `gen-field-<key>`); the lifetime stays the preset. */
async function fillRequest(page: Page, request: Record<string, string | number | boolean>): Promise<void> {
  for (const [key, value] of Object.entries(request)) {
    if (key === 'ttl') continue;
    const input = page.locator(`#gen-field-${key}`);
    if ((await input.count()) === 0) continue;
    const kind = await input.evaluate((el) => `${el.tagName}:${(el as HTMLInputElement).type}`);
    if (kind.startsWith('SELECT')) await input.selectOption(String(value));
    else if (kind.endsWith(':checkbox')) await input.setChecked(Boolean(value));
    else await input.fill(String(value));
  }
}
