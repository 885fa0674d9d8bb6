/**
 * Input that never ends: `/dev/zero` named as a secret or scenario file, a FIFO with no
 * writer, 500 MB piped into `profile add`. Each must end quickly in exit 2 with a message
 * saying what was refused, having read at most the bound — measured on the built CLI in a
 * child process, with its peak memory (a generous bound: behaviour, not speed).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess, startCli } from './support/cliProcess';

const MEMORY_BOUND_MB = 300;
const SOME_TOKEN = '04AAAAAGVSBFUAEH...';

let dir: string;
let fifo: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tokenlab-hostile-input-'));
  fifo = join(dir, 'secret.fifo');
  execFileSync('mkfifo', [fifo]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('files that are not regular files are refused at once', () => {
  it('--secret-file /dev/zero: exit 2, "not a regular file", bounded memory', async () => {
    const r = await runCliProcess(['verify', '--secret-file', '/dev/zero', '--app-id', '1', SOME_TOKEN]);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the secret file /dev/zero is not a regular file');
    expect(r.peakRssMb).toBeLessThan(MEMORY_BOUND_MB);
  });

  it('--scenario /dev/zero: exit 2, "not a regular file", bounded memory', async () => {
    const r = await runCliProcess(['simulate', '--scenario', '/dev/zero']);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the scenario file /dev/zero is not a regular file');
    expect(r.peakRssMb).toBeLessThan(MEMORY_BOUND_MB);
  });

  it('a FIFO with no writer as --secret-file is refused instead of waiting for one', async () => {
    const r = await runCliProcess(['verify', '--secret-file', fifo, '--app-id', '1', SOME_TOKEN]);
    expect(r.signal).toBeNull(); // not killed by the harness's timeout: it did not hang
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not a regular file');
  });

  it('a FIFO as --scenario is refused too', async () => {
    const r = await runCliProcess(['simulate', '--scenario', fifo]);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the scenario file');
    expect(r.stderr).toContain('is not a regular file');
  });
});

describe('stdin is read up to its bound', () => {
  it('500 MB piped into profile add: refused after reading at most the bound, memory flat', async () => {
    const run = startCli(['profile', 'add', '--provider', 'zego', '--name', 'flood', '--app-id', '1'], { stdin: 'pipe', timeoutMs: 30_000 });
    const stdin = run.child.stdin!;
    const chunk = Buffer.alloc(1 << 20, 'a');
    let offered = 0;
    let closed = false;
    stdin.on('error', () => {
      closed = true; // EPIPE once the CLI has stopped reading and exited
    });
    stdin.on('close', () => {
      closed = true;
    });
    // Offer 500 MB, as fast as the pipe takes it, until the CLI closes its end.
    while (!closed && offered < 500 * (1 << 20)) {
      offered += chunk.length;
      if (!stdin.write(chunk)) await new Promise<void>((resolve) => {
        const done = () => resolve();
        stdin.once('drain', done);
        stdin.once('close', done);
      });
    }
    stdin.destroy();
    const r = await run.done;
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('stdin holds more than 64 KiB: refused');
    // The pipe took at most a few buffers' worth before the CLI gave up, not the 500 MB.
    expect(offered).toBeLessThan(64 * (1 << 20));
    expect(r.peakRssMb).toBeLessThan(MEMORY_BOUND_MB);
  });

  it('a scenario on stdin ("-") is bounded the same way', async () => {
    const run = startCli(['simulate', '--scenario', '-'], { stdin: 'pipe' });
    const stdin = run.child.stdin!;
    stdin.on('error', () => {});
    stdin.end(Buffer.alloc(5 * (1 << 20), ' '));
    const r = await run.done;
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('stdin holds more than 4 MiB: refused');
  });

  it('a line of stdin longer than 1 MiB is refused, not buffered without end', async () => {
    const run = startCli(['inspect', '--json'], { stdin: 'pipe' });
    const stdin = run.child.stdin!;
    stdin.on('error', () => {});
    stdin.end(Buffer.alloc(3 * (1 << 20), 'A'));
    const r = await run.done;
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('line 1 of stdin is longer than 1 MiB: refused');
  });
});
