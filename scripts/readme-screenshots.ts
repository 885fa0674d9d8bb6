/**
 * The README's two screenshots, from the built renderer in Debian's Chromium with the e2e
 * tooling (test/e2e/support): the inspector verifying the sample token of examples/ with its
 * throwaway secret, and the simulator running the "server down" preset. Writes
 * docs/images/{inspector,simulator}.png (light). Run: npx electron-vite build && npx tsx scripts/readme-screenshots.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, startAppUnderTest } from '../test/e2e/support/appUnderTest';

async function main(): Promise<void> {
  const app = await startAppUnderTest();
  try {
    const secret = readFileSync(join(ROOT, 'examples/zego-secret.txt'), 'utf8').trim();
    const token = readFileSync(join(ROOT, 'examples/zego-token.txt'), 'utf8').trim();
    const added = await app.services.dispatch('profiles:add', { provider: 'zego', name: 'examples (throwaway secret)', env: 'staging', appId: 1234567890, secret });
    if (!added.ok) throw new Error(added.error.message);
    const profileId = (added.value as { profile: { id: string } }).profile.id;
    const { page } = await app.open();
    await page.locator('#inspector-input').fill(token);
    await page.getByRole('combobox', { name: 'Verify with' }).selectOption({ value: profileId });
    await page.getByRole('region', { name: 'Inspection result' }).locator('.badge').filter({ hasText: 'Valid' }).waitFor();
    await page.screenshot({ path: join(ROOT, 'docs/images/inspector.png') });

    await page.locator('.nav-item').nth(3).click();
    await page.getByRole('region', { name: 'Presets' }).getByRole('button', { name: 'Token server down for 10 min' }).click();
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await page.getByRole('button', { name: 'Run simulation' }).waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(ROOT, 'docs/images/simulator.png') });
    await app.services.dispatch('profiles:delete', { id: profileId });
  } finally {
    await app.close();
  }
}

void main().then(
  () => process.stdout.write('docs/images/inspector.png, docs/images/simulator.png\n'),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
