/**
 * End-to-end in Debian's Chromium against the BUILT renderer, with `window.tokenlab` backed by
 * the real main-side services (engine, vault on the OS keychain, history) through a test-only
 * transport. Pastes the shared vectors, mints tokens, watches a countdown cross its thresholds
 * on a controlled clock, and saves screenshots of every screen in light and dark.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { Page } from 'playwright-core';
import { startAppUnderTest, type AppUnderTest } from './support/appUnderTest';
import { loadVectors } from './support/vectorFiles';
import type { ProfileView } from '../../src/shared/ipc/schemas/profile';

const gcm = loadVectors('zego-token04-gcm.json');
const cbc = loadVectors('zego-token04-cbc.json');
const commsEase = loadVectors('commsease-dynamic.json');
const negative = loadVectors('negative.json');
const room = gcm.find((v) => v.variant === 'priv_login_only')!;
const otherSecret = gcm.find((v) => v.inputs['secret'] !== room.inputs['secret'] && v.inputs['payload'] === '')!;
const ce = commsEase[0]!;

let app: AppUnderTest;
let zego: ProfileView;
let im: ProfileView;

async function add(request: Record<string, unknown>): Promise<ProfileView> {
  const reply = await app.services.dispatch('profiles:add', request);
  if (!reply.ok) throw new Error(`could not seed a profile: ${reply.error.message}`);
  return (reply.value as { profile: ProfileView }).profile;
}

beforeAll(async () => {
  app = await startAppUnderTest();
  console.log(`[e2e] secret store: ${app.keychainKind}${app.builtNow ? '; renderer rebuilt with electron-vite' : ''}`);
  const suffix = Date.now().toString(36);
  zego = await add({ provider: 'zego', name: `E2E ZEGO ${suffix}`, env: 'staging', appId: room.inputs['appId'], secret: room.inputs['secret'] });
  im = await add({ provider: 'commsease', name: `E2E IM ${suffix}`, env: 'prod', appKey: ce.inputs['appKey'], secret: ce.inputs['appSecret'] });
});

afterAll(async () => {
  if (!app) return;
  // Leave the keychain as we found it: profiles take their secrets along, unpinning deletes pins.
  const list = await app.services.dispatch('profiles:list', {});
  if (list.ok) for (const p of (list.value as { profiles: ProfileView[] }).profiles) await app.services.dispatch('profiles:delete', { id: p.id });
  for (const entry of await app.services.history.list()) if (entry.pinned) await app.services.history.unpin(entry.id);
  await app.close();
});

function result(page: Page) {
  return page.getByRole('region', { name: 'Inspection result' });
}

describe('inspector', () => {
  it('decodes a pasted vector as you type, then verifies it with a profile', async () => {
    const { page, errors } = await app.open();
    await page.getByRole('textbox', { name: 'Token or text' }).fill(`  ${room.token}\n`);
    await expect.poll(() => result(page).locator('.badge').textContent()).toBe('Unverified');
    await expect.poll(() => result(page).getByRole('heading', { name: 'Summary' }).textContent()).toContain('ZEGO Token04');
    await expect.poll(() => result(page).locator('.format-line').textContent()).toContain('AES-GCM layout');

    const nonce = result(page).getByRole('button', { name: /^GCM nonce: bytes 10–21 \(offset 10, length 12\)/ });
    await nonce.hover();
    await expect.poll(() => result(page).locator('.segment-detail').textContent()).toContain(room.inputs['gcmNonce']);
    await expect.poll(() => result(page).getByRole('row', { name: /expire \(outer header\)/ }).textContent()).toMatch(/expired .* ago.*UTC/);

    await page.getByRole('combobox', { name: 'Verify with' }).selectOption({ value: zego.id });
    await expect.poll(() => result(page).locator('.badge').textContent()).toBe('Expired');
    await expect.poll(() => result(page).getByRole('row', { name: /^user_id/ }).textContent()).toContain('"u1001"');
    await expect.poll(() => result(page).getByLabel('Room privileges').textContent()).toBe('Room privileges: may log in to room room1; may not publish');
    await expect.poll(() => result(page).getByRole('list', { name: 'Findings' }).textContent()).toMatch(/Expired .* ago/);
    await app.screenshot(page, 'inspector-single');

    // Ctrl+Shift+C copies the inspected token (through main, with auto-clear).
    await page.getByRole('textbox', { name: 'Token or text' }).press('Control+Shift+C');
    await expect.poll(() => app.clipboardText()).toBe(room.token);

    // Watching a pasted token puts it on the board; history learns user and room from the verified token.
    await result(page).getByRole('button', { name: 'Watch on board' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'countdown board' }).textContent()).toBe('Added 1 token to the countdown board.');
    const watched = (await app.services.history.list()).find((e) => e.source === 'pasted' && e.userId === 'u1001');
    expect(watched).toMatchObject({ roomId: 'room1', profileId: zego.id, expiresAt: room.expect.headerExpire, pinned: false });

    await page.getByRole('textbox', { name: 'Token or text' }).fill(otherSecret.token);
    await expect.poll(() => result(page).locator('.badge').textContent()).toBe('Wrong secret or tampered');

    const malformed = negative.find((v) => v.expect.verdict === 'malformed' && v.format.includes('gcm'))!;
    await page.getByRole('textbox', { name: 'Token or text' }).fill(malformed.token);
    await expect.poll(() => result(page).locator('.badge').textContent()).toBe('Malformed');

    await page.getByRole('combobox', { name: 'Verify with' }).selectOption({ value: im.id });
    await page.getByRole('textbox', { name: 'accid' }).fill(String(ce.inputs['accid']));
    await page.getByRole('textbox', { name: 'Token or text' }).fill(ce.token);
    await expect.poll(() => result(page).locator('.badge').textContent()).toBe('Expired');
    await expect.poll(() => result(page).getByRole('row', { name: /^ttl/ }).textContent()).toContain(`${ce.inputs['ttl']} s`);
    await page.getByRole('textbox', { name: 'accid' }).fill('someone-else');
    await expect.poll(() => result(page).locator('.badge').textContent()).toBe('Wrong secret or tampered');
    expect(errors).toEqual([]);
  });

  it('finds several tokens in log lines, filters them by verdict and exports CSV and JSON', async () => {
    const { page, errors } = await app.open();
    const lines = [
      `2024-02-12T14:00:01Z INFO  login uid=u1001 token=${room.token} rtt=31ms`,
      `2024-02-12T14:00:02Z DEBUG renew a=${gcm[0]!.token} b=${cbc[0]!.token}`,
      `{"level":"warn","token":"${ce.token}"}`,
      'this line has no token at all',
      ...negative.slice(0, 6).map((v, i) => `neg${i} ${v.token}`),
    ];
    await page.getByRole('combobox', { name: 'Verify with' }).selectOption({ value: zego.id });
    await page.getByRole('textbox', { name: 'Token or text' }).fill(lines.join('\n'));
    const table = page.getByRole('table', { name: /Tokens found/ });
    await table.waitFor();
    const total = await page.locator('#inspector-hint').textContent();
    const count = Number(/(\d+) tokens found/.exec(total ?? '')?.[1]);
    expect(count).toBeGreaterThanOrEqual(11);
    await expect.poll(() => table.getByRole('row').count()).toBe(count + 1);
    await app.screenshot(page, 'inspector-batch');

    const filter = page.getByRole('combobox', { name: 'Show' });
    const malformedOption = (await filter.locator('option').allTextContents()).find((t) => t.startsWith('Malformed'))!;
    const malformedCount = Number(/\((\d+)\)/.exec(malformedOption)?.[1]);
    await filter.selectOption({ label: malformedOption });
    await expect.poll(() => table.getByRole('row').count()).toBe(malformedCount + 1);

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = await readFile((await csvDownload.path())!, 'utf8');
    const csvLines = csv.trim().split('\r\n');
    expect(csvLines[0]).toBe('line,token,format,layout,verdict,reason,expiresAt,issuedAt,userId,roomId,appId');
    expect(csvLines).toHaveLength(malformedCount + 1);
    expect(csvLines.slice(1).every((l) => l.includes(',malformed,'))).toBe(true);

    await filter.selectOption({ value: 'all' });
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    const records = JSON.parse(await readFile((await jsonDownload.path())!, 'utf8')) as { line: number; verdict: string; userId: string | null; token: string }[];
    expect(records).toHaveLength(count);
    expect(records[0]).toMatchObject({ line: 1, verdict: 'expired', userId: 'u1001' });
    // Exports identify tokens without carrying them.
    expect(JSON.stringify(records)).not.toContain(room.token);

    // A row opens its full inspection.
    await table.getByRole('row').nth(1).press('Enter');
    await expect.poll(() => result(page).locator('.badge').textContent()).toBe('Expired');
    expect(errors).toEqual([]);
  });
});

describe('generator and countdown board', () => {
  it('explains invalid input, mints, copies, and counts down through 5 min, 30 s and expiry', async () => {
    // Main mints at the instant the page's paused clock shows; both move only when told to.
    const start = Math.floor(Date.now() / 1000) * 1000;
    app.setMainTime(start);
    onTestFinished(() => app.setMainTime(null));
    const { page, errors } = await app.open({ pausedClockAt: start });
    await page.keyboard.press('Control+2');
    await page.getByRole('heading', { name: 'Generator' }).waitFor();
    await page.getByRole('combobox', { name: 'Profile' }).selectOption({ value: zego.id });
    await page.getByRole('button', { name: 'Generate' }).click();
    const user = page.getByRole('textbox', { name: 'User ID' });
    await expect.poll(() => user.getAttribute('aria-invalid')).toBe('true');
    const describedBy = await user.getAttribute('aria-describedby');
    await expect.poll(() => page.locator(`#${describedBy}`).textContent()).toContain('A user ID is needed');
    await app.screenshot(page, 'generator-invalid');

    await user.fill('alice');
    await page.getByRole('radio', { name: /RTC room token/ }).check();
    await page.getByRole('textbox', { name: 'Room ID' }).fill('r1');
    await page.getByRole('checkbox', { name: 'May publish streams' }).uncheck();
    await page.getByRole('radio', { name: '1 h' }).check();
    await user.press('Control+Enter');
    const minted = page.getByRole('region', { name: 'Minted token' });
    await minted.waitFor();
    await expect.poll(() => minted.locator('.badge').textContent()).toBe('Valid');
    await expect.poll(() => minted.getByLabel('Room privileges').textContent()).toBe('Room privileges: may log in to room r1; may not publish');
    await expect.poll(() => minted.textContent()).toContain('Added to the countdown board.');
    const tokenText = (await minted.locator('.token-text').textContent())!;
    expect(tokenText.startsWith('04')).toBe(true);

    await minted.getByRole('button', { name: 'Copy token' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Copied' }).textContent()).toContain('Copied the token; the clipboard clears at');
    expect(app.clipboardText()).toBe(tokenText);
    await app.screenshot(page, 'generator-minted');

    // History kept what the token is, not the token itself.
    const entry = (await app.services.history.list()).find((e) => e.userId === 'alice' && e.roomId === 'r1')!;
    expect(entry).toMatchObject({ source: 'minted', profileId: zego.id, env: 'staging', pinned: false });

    await page.keyboard.press('Control+3');
    const row = page.getByRole('listitem', { name: /^alice in room r1:/ });
    await expect.poll(() => row.getAttribute('data-phase')).toBe('fresh');
    await expect.poll(() => row.locator('.countdown-text').textContent()).toBe('expires in 1h');
    await app.screenshot(page, 'board-fresh');

    const pageNow = () => page.evaluate(() => Date.now());
    const forwardTo = async (secondsLeft: number) => {
      const delta = entry.expiresAt * 1000 - (await pageNow()) - secondsLeft * 1000;
      await page.clock.fastForward(Math.max(0, Math.round(delta)));
    };

    await forwardTo(4 * 60 + 40);
    await expect.poll(() => row.getAttribute('data-phase')).toBe('soon');
    await expect.poll(() => row.locator('.countdown-text').textContent()).toBe('expires in 4m 40s');
    await app.screenshot(page, 'board-soon');

    await row.getByRole('button', { name: 'Pin alice in room r1' }).click();
    await expect.poll(async () => (await app.services.history.list()).find((e) => e.id === entry.id)?.pinned).toBe(true);
    expect(await app.secrets.get(`pin:${entry.id}`)).toBe(tokenText);
    expect(app.pinnedSeen.at(-1)?.map((e) => e.id)).toContain(entry.id);

    await forwardTo(20);
    await expect.poll(() => row.getAttribute('data-phase')).toBe('will_expire');
    await expect.poll(() => row.textContent()).toContain('in the 30-s “will expire” window');
    await app.screenshot(page, 'board-will-expire');

    await forwardTo(-5);
    await expect.poll(() => row.getAttribute('data-phase')).toBe('expired');
    await expect.poll(() => row.locator('.countdown-text').textContent()).toBe('expired 5s ago');
    await expect.poll(() => row.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    await app.screenshot(page, 'board-expired');

    await row.getByRole('button', { name: 'Unpin alice in room r1' }).click();
    await expect.poll(() => app.secrets.get(`pin:${entry.id}`)).toBeNull();
    expect(errors).toEqual([]);
  });
});

describe('profiles', () => {
  it('adds, renames, retags, replaces the secret, exports and deletes, explaining errors', async () => {
    const { page, errors } = await app.open();
    await page.keyboard.press('Control+6');
    await page.getByRole('heading', { name: 'Profiles', level: 1 }).waitFor();
    if (app.keychainKind === 'os-keychain') await expect.poll(() => page.locator('.keychain-status').textContent()).toContain('Keychain available');

    const form = page.getByRole('form', { name: 'Add a profile' });
    await form.getByRole('textbox', { name: 'Name' }).fill(zego.name);
    await form.getByRole('textbox', { name: 'AppID' }).fill('1234567');
    await form.getByLabel('ServerSecret').fill('0123456789abcdef0123456789abcdef');
    await form.getByRole('button', { name: 'Add profile' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toMatch(/exists|already|taken/i);

    const name = `E2E temp ${Date.now().toString(36)}`;
    await form.getByRole('textbox', { name: 'Name' }).fill(name);
    await form.getByLabel('Environment tag').fill('qa');
    await form.getByRole('button', { name: 'Add profile' }).click();
    const card = page.getByRole('listitem', { name: `Profile ${name}` });
    await expect.poll(() => card.textContent()).toMatch(/fingerprint [0-9a-f]{8}/);
    await app.screenshot(page, 'profiles');

    await card.getByRole('button', { name: `Rename ${name}` }).click();
    await card.getByRole('textbox', { name: 'New name' }).fill(`${name} renamed`);
    await card.getByRole('textbox', { name: 'New name' }).press('Enter');
    const renamed = page.getByRole('listitem', { name: `Profile ${name} renamed` });
    await renamed.waitFor();

    await renamed.getByRole('button', { name: /Change the environment tag/ }).click();
    await renamed.getByRole('textbox', { name: 'Environment tag' }).fill('not a tag!');
    await renamed.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => renamed.getByRole('alert').textContent()).toContain('an environment tag is 1–24 letters');
    await renamed.getByRole('textbox', { name: 'Environment tag' }).fill('prod');
    await renamed.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => renamed.locator('.env-tag').textContent()).toBe('prod');

    const before = await renamed.locator('.mono').textContent();
    await renamed.getByRole('button', { name: /Replace the secret/ }).click();
    await renamed.getByLabel('New secret').fill('fedcba9876543210fedcba9876543210');
    await renamed.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => renamed.locator('.mono').textContent()).not.toBe(before);

    const [download] = await Promise.all([page.waitForEvent('download'), renamed.getByRole('button', { name: /^Export/ }).click()]);
    const exported = await readFile((await download.path())!, 'utf8');
    expect(exported).toContain(`${name} renamed`);
    expect(exported).not.toContain('fedcba9876543210fedcba9876543210');

    await renamed.getByRole('button', { name: /^Delete/ }).click();
    await renamed.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.getByRole('listitem', { name: `Profile ${name} renamed` }).count()).toBe(0);

    // Import the export back: the profile returns without its secret, and says so.
    await page.getByLabel('Import profiles…').setInputFiles({ name: 'profile.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Imported' }).textContent()).toContain('Imported 1 profile');
    await expect.poll(() => page.getByRole('listitem', { name: `Profile ${name} renamed` }).textContent()).toContain('No secret stored yet');
    // Importing it again is refused per profile, with the reason.
    await page.getByLabel('Import profiles…').setInputFiles({ name: 'profile.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Imported' }).textContent()).toMatch(/Imported 0 profiles; skipped .+ \(.+\)/);
    await app.screenshot(page, 'profiles-imported');
    expect(errors).toEqual([]);
  });
});

describe('keyboard and screens', () => {
  it('reaches every screen by shortcut, shows focus, and pastes-and-inspects with Ctrl+Shift+V', async () => {
    const { page, context, errors } = await app.open();
    const headings = ['Inspector', 'Generator', 'Countdown board', 'Simulator', 'CommsEase', 'Profiles'];
    for (let i = 0; i < headings.length; i++) {
      await page.keyboard.press(`Control+${i + 1}`);
      await page.getByRole('heading', { level: 1 }).filter({ hasText: headings[i] }).first().waitFor();
      await expect.poll(() => page.getByRole('navigation', { name: 'Screens' }).locator('[aria-current="page"]').textContent()).toContain(
        ['Inspector', 'Generator', 'Board', 'Simulator', 'CommsEase', 'Profiles'][i],
      );
    }
    // Keyboard focus is visible.
    await page.keyboard.press('Control+1');
    await page.getByRole('button', { name: /^Inspector/ }).focus();
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');

    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.evaluate((t) => navigator.clipboard.writeText(t), room.token);
    await page.keyboard.press('Control+3');
    await page.keyboard.press('Control+Shift+V');
    await expect.poll(() => page.getByRole('textbox', { name: 'Token or text' }).inputValue()).toBe(room.token);
    await expect.poll(() => result(page).locator('.badge').textContent()).toBe('Unverified');
    expect(errors).toEqual([]);
  });

  it('saves a screenshot of every screen in light and dark', async () => {
    const { page, errors } = await app.open();
    await app.screenshot(page, 'inspector-empty');
    const screens: [string, string, string][] = [
      ['Control+2', 'generator', 'Generator'],
      ['Control+3', 'board', 'Countdown board'],
      ['Control+4', 'simulator', 'Simulator'],
      ['Control+5', 'commsease', 'CommsEase'],
      ['Control+6', 'profiles-list', 'Profiles'],
    ];
    for (const [key, name, heading] of screens) {
      await page.keyboard.press(key);
      // Wait for the screen itself (lazy ones load a chunk), not for a stretch of wall time.
      await page.getByRole('heading', { level: 1 }).filter({ hasText: heading }).first().waitFor();
      await app.screenshot(page, name);
    }
    expect(errors).toEqual([]);
  });
});
