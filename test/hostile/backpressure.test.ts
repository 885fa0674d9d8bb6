/**
 * `inspect` / `verify` piped to a slow reader: output must wait for the reader, and input must
 * be read only as fast as it is used — 1M lines once reached 686 MB. In-process with a stdout
 * that stays full until the test lets it drain (deterministic), and on the built CLI in a
 * child process whose reader pauses (peak memory bounded).
 */
import { mkdtempSync, openSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io';
import { splitLines } from '../../src/cli/lineReader';
import { runCli } from '../../src/cli/run';
import { fakeRandomBytes } from '../support/cliHarness';
import { loadVectors } from '../support/vectors';
import { startCli } from './support/cliProcess';

const zego = loadVectors('zego-token04-gcm.json')[0]!;
const secret = zego.inputs['secret'] as string;
const appId = String(zego.inputs['appId']);
const now = String(zego.expect.now);

let dir: string;
let secretFile: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tokenlab-hostile-bp-'));
  secretFile = join(dir, 'secret.txt');
  writeFileSync(secretFile, secret);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('a stdout that does not drain stops the producer', () => {
  it('verify pulls only a bounded number of lines while stdout is full, then finishes every one', async () => {
    const total = 50_000;
    let pulled = 0;
    async function* lines(): AsyncIterable<string> {
      for (let i = 0; i < total; i++) {
        pulled++;
        yield zego.token;
      }
    }
    let written = 0;
    let release: (() => void) | null = null;
    let full = true;
    const io: CliIo = {
      stdin: { isTTY: false, readAll: async () => '', lines },
      stdout: {
        isTTY: false,
        write: (text) => void (written += text.split('\n').length - 1),
        drained: () => (full ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve()),
      },
      stderr: { isTTY: false, write: () => {} },
      env: {},
      now: () => Number(now),
      randomBytes: fakeRandomBytes(),
      promptHidden: async () => '',
    };
    let code: number | null = null;
    const run = runCli(['verify', '--json', '--secret-file', secretFile, '--app-id', appId, '--now', now], io).then((c) => (code = c));
    // Wait (by event-loop turns, not a clock) until the command is waiting for stdout to drain:
    // reading the secret file is real I/O and may take many turns on a busy machine. Then give
    // an unbounded producer 200 more turns to run ahead.
    for (let i = 0; i < 100_000 && release === null; i++) await tick();
    for (let i = 0; i < 200; i++) await tick();
    // The reader is not reading: the command waits with one buffer written, not 50k lines pulled.
    expect(code).toBeNull();
    expect(release).not.toBeNull();
    expect(pulled).toBeLessThan(1_000);
    full = false;
    (release as unknown as () => void)();
    await run;
    expect(code).toBe(0);
    expect(written).toBe(total + 1); // every verdict, then the {"summary": …} line
  });

  it('stdin is read only as lines are taken (no read-ahead)', async () => {
    let chunksRead = 0;
    async function* stdin(): AsyncIterable<Buffer> {
      for (let i = 0; i < 10_000; i++) {
        chunksRead++;
        yield Buffer.from(`${zego.token}\n${zego.token}\n`);
      }
    }
    const reader = splitLines(stdin(), 1 << 20);
    for (let i = 0; i < 5; i++) await reader.next();
    expect(chunksRead).toBe(3);
    await reader.return(undefined);
  });
});

describe('the real CLI into a paused pipe', () => {
  it('verify of 300k lines with a reader that pauses: memory stays bounded, every line arrives', async () => {
    const count = 300_000;
    const input = join(dir, 'tokens.txt');
    writeFileSync(input, `${zego.token}\n`.repeat(count));
    const fd = openSync(input, 'r');
    const run = startCli(['verify', '--json', '--secret-file', secretFile, '--app-id', appId, '--now', now], { stdin: fd, timeoutMs: 240_000, collectStdout: false });
    closeSync(fd);
    const stdout = run.child.stdout!;
    stdout.pause();
    // Not reading for 3 s: an unbounded producer fills its memory meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    let lines = 0;
    stdout.on('data', (chunk: Buffer) => {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    });
    stdout.resume();
    const r = await run.done;
    expect(r.signal).toBeNull();
    expect(r.code).toBe(0);
    expect(lines).toBe(count + 1); // every verdict, then the {"summary": …} line
    // Workers (two capped heaps) included; an unbounded producer holds ~0.7 KB a line (686 MB per 1M).
    expect(r.peakRssMb).toBeLessThan(200);
  }, 300_000);
});
