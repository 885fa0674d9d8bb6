/**
 * `npm run bench renderer`: the renderer's frame rates and paste times (issue 14), in Debian's
 * Chromium (playwright-core, /usr/bin/chromium) against the built renderer served over
 * http://127.0.0.1, with the real main-side services behind the test transport — the same
 * set-up as test/e2e/performance.test.ts, which asserts the behaviour (virtualisation, what is
 * painted) while this prints the speed.
 *
 *  (a) simulator: a run of ~10,000 events (one client, 1-min tokens) played at 1000×: frame
 *      rate over the playback, and how often the cursor moved (a frame that paints nothing new
 *      is not a smooth timeline).
 *  (b) board: 10,000 live countdown rows (history keeps 5,000, so the list reply is widened
 *      for the page) scrolled for 5 s: frame rate, worst frame, rows in the DOM.
 *  (c) inspector: 10,000 and 100,000 pasted log lines (tokens from the vectors, so many
 *      repeat) and 100,000 distinct ZEGO tokens: paste → every row decoded and the table
 *      painted.
 * Target ≥ 55 fps for (a) and (b), under 1 s for (c). Figures, never assertions.
 *
 * The frame rate depends on how loaded the machine is; (a) and (b) also trace a few seconds
 * more and print the page's main-thread work per painted frame (script, style+layout, paint,
 * long tasks), which shows a change however busy the other cores are.
 * RENDERER_BENCH=abc picks parts (l or z: one of the 100,000-line pastes); RENDERER_PROFILE=cpu | trace | work prints a CPU profile, the
 * trace's events by kind, or the main thread's heaviest trace events per frame.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { nodeCryptoPort, nodeRandomBytes } from '../src/main/crypto/nodeCryptoPort';
import { drawZegoRandomness, generateZegoToken } from '../src/shared/families/zego-token04/generateZegoToken';
import type { HistoryEntry } from '../src/shared/ipc/channels/history';
import type { SimEvent } from '../src/shared/sim/events';
import type { SimSummary } from '../src/shared/sim/summary';
import { startAppUnderTest, type AppUnderTest } from '../test/e2e/support/appUnderTest';
import { loadVectors } from '../test/e2e/support/vectorFiles';

interface Frames {
  fps: number;
  frames: number;
  worstMs: number;
  over20ms: number;
  /** Frames in which `watch` (an attribute of an element) had changed since the previous frame. */
  changed: number;
}

/** requestAnimationFrame timestamps for `ms`; scrolls `scroll` each frame when given; counts frames where `watch` changed. */
async function frameTimes(page: Page, ms: number, scroll: string | null, watch: { selector: string; attribute: string } | null): Promise<Frames> {
  await keepNames(page);
  return page.evaluate(
    ([sel, duration, w]) =>
      new Promise<Frames>((resolve) => {
        const scroller = sel ? (document.querySelector(sel) as HTMLElement) : null;
        const times: number[] = [];
        let changed = 0;
        let last: string | null = null;
        let direction = 1;
        const start = performance.now();
        const frame = (t: number) => {
          times.push(t);
          if (w) {
            const now = document.querySelector(w.selector)?.getAttribute(w.attribute) ?? null;
            if (now !== last) changed++;
            last = now;
          }
          if (scroller) {
            scroller.scrollTop += 9 * direction;
            if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) direction = -1;
            if (scroller.scrollTop <= 0) direction = 1;
          }
          if (t - start < duration) requestAnimationFrame(frame);
          else {
            const gaps = times.slice(1).map((v, i) => v - times[i]!);
            resolve({
              frames: gaps.length,
              fps: gaps.length / ((times.at(-1)! - times[0]!) / 1000),
              worstMs: Math.max(...gaps),
              over20ms: gaps.filter((g) => g > 20).length,
              changed,
            });
          }
        };
        requestAnimationFrame(frame);
      }),
    [scroll, ms, watch] as const,
  );
}

/** tsx compiles with esbuild's keepNames, which wraps named functions in `__name(...)`: give the page one. */
async function keepNames(page: Page): Promise<void> {
  await page.evaluate('globalThis.__name = globalThis.__name || ((f) => f)');
}

/** RENDERER_PROFILE=cpu: a CPU profile of the measured span, its heaviest functions by self time (to find where a frame goes). */
async function profile(page: Page): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  return async () => {
    const { profile: p } = (await cdp.send('Profiler.stop')) as unknown as {
      profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[]; samples: number[]; timeDeltas: number[] };
    };
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const self = new Map<string, number>();
    p.samples.forEach((id, i) => {
      const f = byId.get(id)!.callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
      self.set(key, (self.get(key) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
    });
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${ms.toFixed(0).padStart(6)} ms ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${key}`);
  };
}

/** RENDERER_PROFILE=trace: the renderer's main-thread work by kind (style, layout, paint…) over the measured span. */
async function trace(page: Page): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  const events: { name: string; ph: string; dur?: number; tid: number; args?: unknown }[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as typeof events)));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel', transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.end');
    await done;
    const sum = new Map<string, { ms: number; n: number }>();
    for (const e of events) {
      if (e.ph !== 'X' || e.dur === undefined) continue;
      const s = sum.get(e.name) ?? { ms: 0, n: 0 };
      s.ms += e.dur / 1000;
      s.n++;
      sum.set(e.name, s);
    }
    for (const [name, s] of [...sum].sort((a, b) => b[1].ms - a[1].ms).slice(0, 20)) console.log(`  ${s.ms.toFixed(0).padStart(6)} ms ${String(s.n).padStart(6)}×  ${name}`);
    const byThread = new Map<number, number>();
    for (const e of events) if (e.name === 'RunTask' && e.ph === 'X') byThread.set(e.tid, (byThread.get(e.tid) ?? 0) + (e.dur ?? 0) / 1000);
    console.log(`  RunTask by thread: ${[...byThread].map(([tid, ms]) => `${tid}: ${ms.toFixed(0)} ms`).join(', ')}`);
    const paints = events.filter((e) => e.name === 'Paint' && e.ph === 'X').sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0));
    for (const e of paints.slice(0, 4)) console.log(`  Paint ${((e.dur ?? 0) / 1000).toFixed(1)} ms ${JSON.stringify(e.args)}`);
    if (process.env['RENDERER_TIMELINE']) timeline(events as TraceEvent[]);
  };
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string; data?: { functionName?: string; url?: string } };
}

/**
 * RENDERER_TIMELINE=1 (with RENDERER_PROFILE=trace): each busy thread's tasks over 4 ms, in
 * time order from the first traced event, with the heaviest events nested in each — who waits
 * for whom during a paste (the page's main thread, the decoding workers).
 */
function timeline(events: TraceEvent[]): void {
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name) names.set(`${e.pid}:${e.tid}`, e.args.name);
  const spans = events.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const t0 = Math.min(...spans.map((e) => e.ts));
  const tasks = spans.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'ThreadPool_RunTask');
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of tasks) {
    const key = `${e.pid}:${e.tid}`;
    byThread.set(key, [...(byThread.get(key) ?? []), e]);
  }
  for (const [key, list] of byThread) {
    const busy = list.reduce((a, e) => a + e.dur!, 0) / 1000;
    if (busy < 20) continue;
    console.log(`  thread ${names.get(key) ?? key}: ${busy.toFixed(0)} ms in tasks`);
    const mark = events.find((e) => e.name === 'TimeStamp' && JSON.stringify(e.args ?? {}).includes('tokenlab-paste'));
    if (mark) console.log(`    @${((mark.ts - t0) / 1000).toFixed(0).padStart(5)} ms  (paste)`);
    for (const task of list.sort((a, b) => a.ts - b.ts)) {
      if (task.dur! < 4000) continue;
      const inner = spans
        .filter((e) => `${e.pid}:${e.tid}` === key && e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur! && !e.name.includes('RunTask'))
        .sort((a, b) => b.dur! - a.dur!)
        .slice(0, 5)
        .map((e) => `${e.name}${e.args?.data?.functionName ? `(${e.args.data.functionName})` : ''} ${(e.dur! / 1000).toFixed(0)}`);
      console.log(`    @${((task.ts - t0) / 1000).toFixed(0).padStart(5)} ms ${(task.dur! / 1000).toFixed(0).padStart(5)} ms  ${inner.join(', ')}`);
    }
  }
}

const describeFrames = (f: Frames) => `${f.fps.toFixed(1)} fps (${f.frames} frames, worst ${f.worstMs.toFixed(1)} ms, ${f.over20ms} over 20 ms)`;

interface Work {
  frames: number;
  /** Main-thread busy time per frame: every task the renderer's main thread ran, ms. */
  busyMs: number;
  /** Of which JavaScript (rAF callbacks, events, timers: React and the stores), ms per frame. */
  scriptMs: number;
  /** Style and layout, ms per frame. */
  layoutMs: number;
  /** Pre-paint, paint, layerise and commit, ms per frame. */
  paintMs: number;
  /** Main-thread tasks over 50 ms (what a PerformanceObserver calls long tasks). */
  longTasks: number;
}

const SCRIPT = new Set(['FunctionCall', 'EvaluateScript', 'FireAnimationFrame', 'TimerFire', 'EventDispatch', 'V8.Execute', 'RunMicrotasks', 'v8.run']);
const LAYOUT = new Set(['UpdateLayoutTree', 'Layout', 'RecalculateStyles']);
const PAINT = new Set(['PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer', 'CompositeLayers']);

/**
 * The renderer main thread's work while `during` runs, from a Chromium trace (the categories
 * DevTools' Performance panel records): per painted frame, so a loaded machine (fewer frames,
 * each as costly) does not hide a change. Nested events of one kind count once.
 */
async function mainThreadWork<T extends { frames: number }>(page: Page, during: () => Promise<T>): Promise<{ result: T; work: Work }> {
  const cdp = await page.context().newCDPSession(page);
  const events: { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: unknown }[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as typeof events)));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,toplevel,v8.execute,blink,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  const result = await during();
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  // The page's main thread: the one that runs its animation-frame callbacks.
  const rafBy = new Map<string, number>();
  for (const e of events) if (e.name === 'FireAnimationFrame') rafBy.set(`${e.pid}:${e.tid}`, (rafBy.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const main = [...rafBy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const on = events.filter((e) => e.ph === 'X' && e.dur !== undefined && `${e.pid}:${e.tid}` === main).sort((a, b) => a.ts - b.ts);
  const sums = { busy: 0, script: 0, layout: 0, paint: 0 };
  const until = { busy: 0, script: 0, layout: 0, paint: 0 };
  let longTasks = 0;
  for (const e of on) {
    const kind = e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask' ? 'busy' : SCRIPT.has(e.name) ? 'script' : LAYOUT.has(e.name) ? 'layout' : PAINT.has(e.name) ? 'paint' : null;
    if (kind === null || e.ts < until[kind]) continue;
    until[kind] = e.ts + e.dur!;
    sums[kind] += e.dur! / 1000;
    if (kind === 'busy' && e.dur! > 50_000) longTasks++;
  }
  const n = Math.max(1, result.frames);
  if (process.env['RENDERER_PROFILE'] === 'work') {
    const by = new Map<string, number>();
    for (const e of on) by.set(e.name, (by.get(e.name) ?? 0) + e.dur! / 1000);
    for (const [name, ms] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 16)) console.log(`  ${(ms / n).toFixed(2).padStart(7)} ms a frame  ${name}`);
  }
  return { result, work: { frames: result.frames, busyMs: sums.busy / n, scriptMs: sums.script / n, layoutMs: sums.layout / n, paintMs: sums.paint / n, longTasks } };
}

const describeWork = (w: Work) =>
  `main thread ${w.busyMs.toFixed(1)} ms a frame (script ${w.scriptMs.toFixed(1)}, style+layout ${w.layoutMs.toFixed(1)}, paint ${w.paintMs.toFixed(1)}; ${w.longTasks} long tasks)`;

async function simulator(app: AppUnderTest): Promise<void> {
  // One client, 1-min ZIM tokens over ~21 h: about 10,000 events, all on the timeline shown.
  const scenario = { platform: 'zim', clients: 1, durationSeconds: 75_000, tokenTtlSeconds: 60 } as const;
  const reply = await app.services.dispatch('sim:run', { scenario });
  if (!reply.ok) throw new Error(reply.error.message);
  const run = reply.value as { events: SimEvent[]; summary: SimSummary; assumptions: string[] };
  const dir = mkdtempSync(join(tmpdir(), 'tokenlab-bench-'));
  const file = join(dir, 'run.json');
  // The app's export format (src/renderer/src/features/simulator/simulationFile.ts), imported as a user would.
  writeFileSync(file, JSON.stringify({ format: 'tokenlab-simulation', version: 1, scenario, events: run.events, summary: run.summary, assumptions: run.assumptions }));
  const { page, context, errors } = await app.open();
  try {
    await page.keyboard.press('Control+4');
    await page.locator('#sim-import').setInputFiles(file);
    await page.locator('.sim-summary-list').first().waitFor({ timeout: 60_000 });
    await page.locator('#sim-speed').selectOption('1000');
    await page.locator('.sim-clock button').first().click();
    const stopProfile = process.env['RENDERER_PROFILE'] === 'trace' ? await trace(page) : process.env['RENDERER_PROFILE'] === 'cpu' ? await profile(page) : null;
    if (process.env['EXP_CSS']) await page.addStyleTag({ content: process.env['EXP_CSS'] });
    if (process.env['EXP_JS']) await page.evaluate(process.env['EXP_JS']);
    const f = await frameTimes(page, 8000, null, { selector: '[data-cursor]', attribute: 'data-t' });
    await stopProfile?.();
    const { work } = await mainThreadWork(page, () => frameTimes(page, 4000, null, null));
    await page.locator('.sim-clock button').first().click();
    const markers = await page.locator('[data-event-index]').count();
    const listRows = await page.locator('.sim-event-row').count();
    console.log(
      `[figures] (a) simulator, ${run.events.length} events at 1000× for 8 s: ${describeFrames(f)}; the cursor moved in ${f.changed} frames (${(f.changed / 8).toFixed(1)} per s); then, traced for 4 s, ${describeWork(work)}; ` +
        `${markers} markers and ${listRows} event rows in the DOM${errors.length > 0 ? `; page errors: ${errors.join(' | ')}` : ''}`,
    );
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function board(app: AppUnderTest, count: number): Promise<void> {
  const now = Math.floor(Date.now() / 1000);
  const entries: HistoryEntry[] = Array.from({ length: count }, (_, i) => ({
    id: i.toString(16).padStart(16, '0'),
    source: 'minted',
    format: 'zego-token04',
    profileId: null,
    profileName: null,
    env: null,
    userId: `user-${i}`,
    roomId: null,
    issuedAt: now - 60,
    // Lifetimes from 5 s to ~3 h, so rows cross their thresholds while we measure.
    expiresAt: now + 5 + ((i * 37) % 10_800),
    addedAt: now - 60,
    fingerprint: (i * 2654435761).toString(16).padStart(16, '0').slice(-16),
    pinned: false,
  }));
  const services = app.services as { dispatch: AppUnderTest['services']['dispatch'] };
  const real = services.dispatch;
  services.dispatch = async (channel, request) => (channel === 'history:list' ? { ok: true, value: { entries } } : real(channel, request));
  const { page, context, errors } = await app.open();
  try {
    await page.keyboard.press('Control+3');
    await page.getByText(`${count} tokens`, { exact: true }).waitFor({ timeout: 60_000 });
    const f = await frameTimes(page, 5000, '.board-scroll', null);
    const { work } = await mainThreadWork(page, () => frameTimes(page, 4000, '.board-scroll', null));
    const domRows = await page.locator('.board-row').count();
    console.log(`[figures] (b) board, ${count} live rows scrolled for 5 s: ${describeFrames(f)}; ${domRows} rows in the DOM; then, traced for 4 s, ${describeWork(work)}${errors.length > 0 ? `; page errors: ${errors.join(' | ')}` : ''}`);
  } finally {
    services.dispatch = real;
    await context.close();
  }
}

async function paste(app: AppUnderTest, label: string, lines: string[]): Promise<void> {
  const { page, context, errors } = await app.open();
  try {
    const text = lines.join('\n');
    const box = page.locator('#inspector-input');
    await keepNames(page);
    // A user pastes a second or so after the window shows, by when the idle window has started
    // and warmed the decoding workers (InspectorScreen); the paste is timed from there.
    await page.waitForTimeout(1500);
    const stopProfile = process.env['RENDERER_PROFILE'] === 'trace' ? await trace(page) : process.env['RENDERER_PROFILE'] === 'cpu' ? await profile(page) : null;
    // "Decoded and painted": every line decoded (the table counts all rows and is no longer
    // busy) and the rows in view painted — timed in the page, from the paste to the end of the
    // first frame that shows that state (the frame's rAF callback sees it in the DOM; a task it
    // posts runs after the frame is painted).
    const done = box.evaluate(
      (el, [value, count]) =>
        new Promise<{ ms: number; firstRows: number; inputMs: number; pasteTaken: boolean }>((resolve) => {
          const start = performance.now();
          console.timeStamp('tokenlab-paste');
          let firstRows = NaN;
          const watch = () => {
            const rows = document.querySelector('.batch-body [role="row"]') !== null;
            if (rows && Number.isNaN(firstRows)) firstRows = performance.now() - start;
            const all = rows && document.querySelector(`.batch[aria-busy="false"] [role="table"][aria-rowcount="${count + 1}"]`) !== null;
            if (all) setTimeout(() => resolve({ ms: performance.now() - start, firstRows, inputMs, pasteTaken }), 0);
            else requestAnimationFrame(watch);
          };
          requestAnimationFrame(watch);
          // A paste as the browser delivers it: the paste event, then — unless the page took
          // the text itself — the text inserted into the box and an input event.
          const data = new DataTransfer();
          data.setData('text/plain', value);
          const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
          el.dispatchEvent(paste);
          const pasteTaken = paste.defaultPrevented;
          if (!pasteTaken) {
            const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
            setter.call(el, value);
            el.dispatchEvent(new Event('input', { bubbles: true }));
          }
          const inputMs = performance.now() - start;
        }),
      [text, lines.length] as const,
    );
    const { ms, firstRows, inputMs, pasteTaken } = await done;
    await page.getByText(`${lines.length} tokens found`).waitFor({ timeout: 120_000 });
    await stopProfile?.();
    const domRows = await page.locator('.batch-body [role="row"]').count();
    const f = await frameTimes(page, 3000, '.batch-scroll', null);
    console.log(
      `[figures] (c) inspector, ${label}: decoded and painted in ${ms.toFixed(0)} ms (first rows on screen after ${firstRows.toFixed(0)} ms; the paste handled in ${inputMs.toFixed(0)} ms, ${pasteTaken ? 'taken by the page' : 'through the box'}); ${domRows} rows in the DOM; scrolling ${describeFrames(f)}${errors.length > 0 ? `; page errors: ${errors.join(' | ')}` : ''}`,
    );
  } finally {
    await context.close();
  }
}

function logLines(count: number): string[] {
  const pool = [...loadVectors('zego-token04-gcm.json'), ...loadVectors('zego-token04-cbc.json'), ...loadVectors('commsease-dynamic.json')].map((v) => v.token);
  return Array.from({ length: count }, (_, i) => `2024-02-12T14:${String(i % 60).padStart(2, '0')}:00Z INFO req=${i} token=${pool[i % pool.length]}`);
}

function distinctZego(count: number): string[] {
  const now = Math.floor(Date.now() / 1000);
  return Array.from({ length: count }, (_, i) => {
    const { nonce, iv } = drawZegoRandomness('gcm', nodeRandomBytes);
    return generateZegoToken({ appId: 1, userId: `user-${i}`, secret: '0123456789abcdef0123456789abcdef', effectiveTimeInSeconds: 60 + (i % 7200), now, nonce, iv, layout: 'gcm' }, nodeCryptoPort);
  });
}

export async function run(): Promise<void> {
  const only = process.env['RENDERER_BENCH'];
  const app = await startAppUnderTest();
  try {
    if (!only || only.includes('a')) await simulator(app);
    if (!only || only.includes('b')) {
      await board(app, 1000);
      await board(app, 10_000);
    }
    // c: the three pastes; l or z alone: only the 100,000 log lines or the 100,000 ZEGO tokens.
    if (!only || only.includes('c')) await paste(app, '10,000 log lines', logLines(10_000));
    if (!only || only.includes('c') || only.includes('l')) await paste(app, '100,000 log lines', logLines(100_000));
    if (!only || only.includes('c') || only.includes('z')) await paste(app, '100,000 distinct ZEGO tokens', distinctZego(100_000));
  } finally {
    await app.close();
  }
}
