/**
 * The figures the issue asks for, measured in the same Chromium run against the built
 * renderer: bundle size (gzipped), the preload's size, navigation → first interactive paint, a 10,000-line paste
 * in the inspector, frame rate of a 1,000-row live countdown board, and a 10,000-event
 * simulation played at 1000× (targets ≥ 55 fps; the larger runs of issue 14 are in
 * `npm run bench renderer`).
 * Speed is measured and printed ([figures] lines), never asserted, and measured once (no
 * retry until a machine is fast enough): a busy CI machine must not turn a slow minute into a
 * red build. What is asserted is behaviour: virtualisation, what is painted, no page errors,
 * every verdict arriving.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { nodeCryptoPort, nodeRandomBytes } from '../../src/main/crypto/nodeCryptoPort';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/security/contentSecurityPolicy';
import { drawZegoRandomness, generateZegoToken } from '../../src/shared/families/zego-token04/generateZegoToken';
import { ROOT, startAppUnderTest, type AppUnderTest } from './support/appUnderTest';
import { loadVectors } from './support/vectorFiles';
import type { SimEvent } from '../../src/shared/sim/events';
import type { SimSummary } from '../../src/shared/sim/summary';
import { extractTokens } from '../../src/shared/tokens/extractTokens';
import { inspectToken } from '../../src/shared/tokens/inspect';

const gcm = loadVectors('zego-token04-gcm.json');
const cbc = loadVectors('zego-token04-cbc.json');
const ce = loadVectors('commsease-dynamic.json');

let app: AppUnderTest;

beforeAll(async () => {
  app = await startAppUnderTest();
});

afterAll(async () => {
  await app?.close();
});

/** requestAnimationFrame timestamps for `ms`, while `step` runs each frame (e.g. scrolling). */
async function frameTimes(page: Page, selector: string, ms: number): Promise<{ fps: number; frames: number; worstMs: number; over20ms: number }> {
  return page.evaluate(
    ([sel, duration]) =>
      new Promise((resolve) => {
        const scroller = document.querySelector(sel as string) as HTMLElement;
        const times: number[] = [];
        let direction = 1;
        const start = performance.now();
        const frame = (t: number) => {
          times.push(t);
          scroller.scrollTop += 9 * direction;
          if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) direction = -1;
          if (scroller.scrollTop <= 0) direction = 1;
          if (t - start < (duration as number)) requestAnimationFrame(frame);
          else {
            const gaps = times.slice(1).map((v, i) => v - times[i]!);
            resolve({
              frames: gaps.length,
              fps: gaps.length / ((times.at(-1)! - times[0]!) / 1000),
              worstMs: Math.max(...gaps),
              over20ms: gaps.filter((g) => g > 20).length,
            });
          }
        };
        requestAnimationFrame(frame);
      }),
    [selector, ms] as const,
  ) as Promise<{ fps: number; frames: number; worstMs: number; over20ms: number }>;
}

describe('performance in Chromium', () => {
  it('reports the renderer bundle size, gzipped', () => {
    const assets = join(ROOT, 'out/renderer/assets');
    const html = readFileSync(join(ROOT, 'out/renderer/index.html'), 'utf8');
    // What index.html loads at start; the rest are lazy chunks (simulator, CommsEase screens).
    const initial = new Set([...html.matchAll(/(?:src|href)="\.?\/?assets\/([^"]+)"/g)].map((m) => m[1]!));
    const sizes = { initial: { raw: 0, gz: 0 }, lazy: { raw: 0, gz: 0 } };
    const files = readdirSync(assets).filter((f) => /\.(js|css)$/.test(f));
    for (const file of files) {
      const bytes = readFileSync(join(assets, file));
      const bucket = initial.has(file) ? sizes.initial : sizes.lazy;
      bucket.raw += bytes.length;
      bucket.gz += gzipSync(bytes, { level: 9 }).length;
    }
    const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
    console.log(
      `[figures] renderer bundle (electron-vite build as configured): loaded at start ${kib(sizes.initial.gz)} gzipped (${kib(sizes.initial.raw)} raw, ${initial.size} files); ` +
        `lazy screens ${kib(sizes.lazy.gz)} gzipped; total ${kib(sizes.initial.gz + sizes.lazy.gz)} gzipped`,
    );
    // The page carries the app's CSP verbatim.
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
    expect(initial.size).toBeGreaterThan(0);
  });

  it('reports the built preload size: names only, no schemas (under 20 kB)', () => {
    const folder = join(ROOT, 'out/preload');
    const files = readdirSync(folder).filter((f) => f.endsWith('.js'));
    const bytes = files.map((f) => readFileSync(join(folder, f)));
    const total = bytes.reduce((sum, b) => sum + b.length, 0);
    console.log(`[figures] preload (out/preload: ${files.join(', ')}): ${(total / 1000).toFixed(1)} kB raw (212 kB when it bundled the zod contract)`);
    expect(files.length).toBeGreaterThan(0);
    // The bridge forwards names; zod's error class in the bundle would mean the schemas came back.
    expect(bytes.some((b) => b.includes('ZodError'))).toBe(false);
    expect(total).toBeLessThan(20_000);
  });

  it('paints an interactive inspector soon after navigation', async () => {
    const { page, context, errors } = await app.open();
    await context.addInitScript(() => {
      const w = window as unknown as { __interactiveAt?: number };
      const check = () => {
        if (w.__interactiveAt !== undefined || !document.getElementById('inspector-input')) return;
        w.__interactiveAt = -1;
        // The frame that shows the paste box: rAF runs before that paint, the task after it runs after it.
        requestAnimationFrame(() => setTimeout(() => (w.__interactiveAt = performance.now()), 0));
      };
      new MutationObserver(check).observe(document, { subtree: true, childList: true });
    });
    const samples: number[] = [];
    const fcps: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.reload();
      await page.waitForFunction(() => ((window as unknown as { __interactiveAt?: number }).__interactiveAt ?? -1) > 0);
      samples.push(await page.evaluate(() => (window as unknown as { __interactiveAt: number }).__interactiveAt));
      const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
      if (fcp !== null) fcps.push(fcp);
      // Typing works right away: the box is live.
      await page.getByRole('textbox', { name: 'Token or text' }).fill(gcm[0]!.token);
      await page.getByText('Unverified').first().waitFor();
    }
    samples.sort((a, b) => a - b);
    const median = samples[2]!;
    console.log(
      `[figures] navigation → first interactive paint (paste box shown and accepting input): median ${median.toFixed(0)} ms over 5 loads (min ${samples[0]!.toFixed(0)}, max ${samples[4]!.toFixed(0)})` +
        (fcps.length > 0 ? `; first-contentful-paint entries: ${fcps.map((f) => f.toFixed(0)).join(', ')} ms` : '; no first-contentful-paint entry reported'),
    );
    expect(errors).toEqual([]);
  });

  it('decodes 10,000 pasted lines and scrolls them smoothly (virtualised), then verifies them in main', async () => {
    const source = gcm.find((v) => v.variant === 'priv_login_only')!;
    const added = await app.services.dispatch('profiles:add', {
      provider: 'zego',
      name: `Perf ${Date.now().toString(36)}`,
      appId: Number(source.inputs['appId']),
      secret: String(source.inputs['secret']),
    });
    if (!added.ok) throw new Error(added.error.message);
    const profileId = (added.value as { profile: { id: string } }).profile.id;
    const { page, errors } = await app.open();
    const pool = [...gcm, ...cbc, ...ce].map((v) => v.token);
    const text = Array.from({ length: 10_000 }, (_, i) => `2024-02-12T14:${String(i % 60).padStart(2, '0')}:00Z INFO req=${i} token=${pool[i % pool.length]}`).join('\n');
    const box = page.getByRole('textbox', { name: 'Token or text' });
    // Decoded and painted as `npm run bench renderer` times it: from the input to the end of the
    // first frame showing every row counted, the table not busy and rows in view.
    const decodeMs = await box.evaluate(
      (el, [value, count]) =>
        new Promise<number>((resolve) => {
          const start = performance.now();
          const watch = () => {
            if (document.querySelector(`.batch[aria-busy="false"] [role="table"][aria-rowcount="${count + 1}"] .batch-body [role="row"]`)) setTimeout(() => resolve(performance.now() - start), 0);
            else requestAnimationFrame(watch);
          };
          requestAnimationFrame(watch);
          const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
          setter.call(el, value);
          el.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      [text, 10_000] as const,
    );
    await page.getByText('10000 tokens found').waitFor();
    const domRows = await page.locator('.batch-body [role="row"]').count();
    const scroll = await frameTimes(page, '.batch-scroll', 3000);
    console.log(
      `[figures] inspector, 10,000 lines through the box (an input event): decoded and painted in ${decodeMs.toFixed(0)} ms; ${domRows} rows in the DOM; scrolling ${scroll.fps.toFixed(1)} fps (worst frame ${scroll.worstMs.toFixed(1)} ms)`,
    );
    expect(domRows).toBeLessThan(80);

    // Verifying all 10,000 against a profile happens in main, in one request.
    const started = Date.now();
    await page.getByRole('combobox', { name: 'Verify with' }).selectOption({ value: profileId });
    await page.getByText(/Verifying 10000 tokens/).waitFor();
    await page.getByText(/Verifying 10000 tokens/).waitFor({ state: 'detached', timeout: 60_000 });
    const verifyMs = Date.now() - started;
    const expiredOption = (await page.getByRole('combobox', { name: 'Show' }).locator('option').allTextContents()).find((t) => t.startsWith('Expired'));
    console.log(`[figures] inspector, 10,000 tokens verified against a profile in main: ${verifyMs} ms (${expiredOption ?? 'no expired'})`);
    await app.services.dispatch('profiles:delete', { id: profileId });
    expect(expiredOption).toBeDefined();
    expect(errors).toEqual([]);
  });

  it('takes a large paste into the decoding workers: every row in text order, and a second paste replaces one still being decoded', async () => {
    const { page, errors } = await app.open();
    const pool = [...gcm, ...cbc, ...ce].map((v) => v.token);
    // Every 9th line blank and every 7th without a token, so rows and line numbers differ.
    const textOf = (count: number, offset: number) =>
      Array.from({ length: count }, (_, i) => (i % 9 === 8 ? '' : i % 7 === 6 ? `note ${i}` : `INFO req=${i} token=${pool[(i + offset) % pool.length]}`)).join('\n');
    const first = textOf(100_000, 0);
    const second = textOf(40_000, 3);
    const nowS = Math.floor(Date.now() / 1000);
    // Every token of every line, as the engine finds and judges them (no secret).
    const expected = second.split('\n').flatMap((line, i) => extractTokens(line).map((token) => ({ line: i + 1, verdict: inspectToken(token, { now: nowS }).verdict })));
    const box = page.locator('#inspector-input');
    const taken = await box.evaluate((el, texts) => {
      const paste = (value: string) => {
        const data = new DataTransfer();
        data.setData('text/plain', value);
        const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
        el.dispatchEvent(event);
        return event.defaultPrevented;
      };
      const a = paste(texts[0]);
      // The second paste lands while the workers decode the first (the box selects all first, as Ctrl+A would).
      (el as HTMLTextAreaElement).select();
      return [a, paste(texts[1])];
    }, [first, second] as const);
    expect(taken).toEqual([true, true]);
    await page.locator(`.batch[aria-busy="false"] [role="table"][aria-rowcount="${expected.length + 1}"]`).waitFor({ timeout: 60_000 });
    expect(await box.inputValue()).toBe('');
    await expect.poll(() => page.locator('#inspector-hint').textContent()).toBe(`${expected.length} tokens found`);
    // The counts per verdict are the second text's, as decoding it at once finds them.
    const counts = new Map<string, number>();
    for (const r of expected) counts.set(r.verdict, (counts.get(r.verdict) ?? 0) + 1);
    expect(counts.size).toBeGreaterThan(1);
    const options = await page.locator('#inspector-filter option').allTextContents();
    expect(options[0]).toBe(`All verdicts (${expected.length})`);
    expect(options.slice(1).map((o) => Number(/\((\d+)\)$/.exec(o)?.[1])).sort((x, y) => x - y)).toEqual([...counts.values()].sort((x, y) => x - y));
    // The last rows are the text's last tokens, on their lines.
    await page.locator('.batch-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight));
    const last = expected.at(-1)!;
    await page.locator(`.batch-body [role="row"][aria-rowindex="${expected.length + 1}"]`).waitFor();
    expect(await page.locator(`.batch-body [role="row"][aria-rowindex="${expected.length + 1}"] [role="cell"]`).first().textContent()).toBe(String(last.line));
    expect(errors).toEqual([]);
  });

  it('keeps 1,000 live countdown rows virtualised while scrolling, and reports the frame rate', async () => {
    const source = gcm.find((v) => v.variant === 'priv_login_only')!;
    const now = Math.floor(Date.now() / 1000);
    const items = Array.from({ length: 1000 }, (_, i) => {
      const { nonce, iv } = drawZegoRandomness('gcm', nodeRandomBytes);
      // Lifetimes from 5 s to ~3 h, so rows cross their thresholds while we measure.
      const effective = 5 + ((i * 37) % 10_800);
      const token = generateZegoToken(
        { appId: Number(source.inputs['appId']), userId: `user-${i}`, secret: String(source.inputs['secret']), effectiveTimeInSeconds: effective, now, nonce, iv, layout: 'gcm' },
        nodeCryptoPort,
      );
      return { token, source: 'minted' as const };
    });
    const reply = await app.services.dispatch('history:add', { items });
    expect(reply.ok).toBe(true);

    const { page, errors } = await app.open();
    await page.keyboard.press('Control+3');
    await page.getByText('1000 tokens').waitFor();
    const result = await frameTimes(page, '.board-scroll', 5000);
    const domRows = await page.locator('.board-row').count();
    console.log(
      `[figures] board, 1,000 live rows: ${result.fps.toFixed(1)} fps over 5 s while scrolling (${result.frames} frames, worst ${result.worstMs.toFixed(1)} ms, ${result.over20ms} frames over 20 ms); ${domRows} rows in the DOM`,
    );
    await app.screenshot(page, 'board-1000');
    // Virtualised: the rows in view and a few more, whatever the list's length.
    expect(domRows).toBeGreaterThan(0);
    expect(domRows).toBeLessThan(60);
    expect(errors).toEqual([]);
  });

  it('plays a 10,000-event simulation at 1000×, fading exactly the events still to come', async () => {
    // One client, 1-min ZIM tokens over ~21 h: about 10,000 events, all on the timeline shown.
    const scenario = { platform: 'zim', clients: 1, durationSeconds: 75_000, tokenTtlSeconds: 60 } as const;
    const reply = await app.services.dispatch('sim:run', { scenario });
    if (!reply.ok) throw new Error(reply.error.message);
    const run = reply.value as { events: SimEvent[]; summary: SimSummary; assumptions: string[] };
    expect(run.events.length).toBeGreaterThanOrEqual(9_000);
    const dir = mkdtempSync(join(tmpdir(), 'tokenlab-perf-'));
    const file = join(dir, 'run.json');
    // The app's export format, imported as a user would.
    writeFileSync(file, JSON.stringify({ format: 'tokenlab-simulation', version: 1, scenario, events: run.events, summary: run.summary, assumptions: run.assumptions }));
    const { page, errors } = await app.open();
    try {
      await page.keyboard.press('Control+4');
      await page.locator('#sim-import').setInputFiles(file);
      await page.locator('.sim-summary-list').first().waitFor({ timeout: 60_000 });
      await page.locator('#sim-speed').selectOption('1000');
      await page.locator('.sim-clock button').first().click();
      const result = await page.evaluate(
        (duration) =>
          new Promise<{ fps: number; worstMs: number; frames: number }>((resolve) => {
            const times: number[] = [];
            const frame = (t: number) => {
              times.push(t);
              if (t - times[0]! < duration) requestAnimationFrame(frame);
              else {
                const gaps = times.slice(1).map((v, i) => v - times[i]!);
                resolve({ frames: gaps.length, fps: gaps.length / ((times.at(-1)! - times[0]!) / 1000), worstMs: Math.max(...gaps) });
              }
            };
            requestAnimationFrame(frame);
          }),
        3000,
      );
      await page.locator('.sim-clock button').first().click();
      await page.locator('.sim-clock button', { hasText: 'Play' }).waitFor();
      // Paused, and moved to a set time: what is painted must say, for every marker and row,
      // whether the clock has passed its event (the events at or before 1000 s), and nothing else.
      await page.locator('#sim-scrub').fill('1000');
      await expect.poll(() => page.locator('.sim-clock-readout').textContent()).toMatch(/^16 min 40 s \//);
      const markers = await page.locator('[data-event-index]').evaluateAll((els) =>
        els.map((el) => ({ index: Number(el.getAttribute('data-event-index')), reached: el.querySelector('circle')?.getAttribute('fill-opacity') === '1' })),
      );
      const rows = await page.locator('.sim-event-row').evaluateAll((els) => els.map((el) => !el.classList.contains('future')));
      console.log(
        `[figures] simulator, ${run.events.length} events at 1000×: ${result.fps.toFixed(1)} fps over 3 s of playback (${result.frames} frames, worst ${result.worstMs.toFixed(1)} ms); ${markers.length} markers and ${rows.length} event rows in the DOM`,
      );
      // Bounded DOM: the timeline draws at most 1,500 markers, the list at most 500 rows — the first ones, in time order.
      expect(markers.map((m) => m.index)).toEqual(run.events.slice(0, 1500).map((_, i) => i));
      expect(rows).toHaveLength(500);
      const passed = run.events.filter((e) => e.t <= 1000).length;
      expect(passed).toBeGreaterThan(0);
      expect(markers.map((m) => m.reached)).toEqual(markers.map((m) => m.index < passed));
      expect(rows).toEqual(rows.map((_, i) => i < passed));
      expect(errors).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
