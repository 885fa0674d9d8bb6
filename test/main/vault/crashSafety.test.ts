/**
 * Crash safety of profiles.json: a child process adds profiles in a loop and is SIGKILLed at
 * a random moment, many times over, on the same folder. After every kill the file must parse
 * (no corrupt backup ever made) and hold every profile the child reported as committed.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProfileStore } from '../../../src/main/vault/profileStore';

const WRITER_SOURCE = join(__dirname, 'fixtures/crashWriter.ts');
const KILLS = Number(process.env['TOKENLAB_CRASH_KILLS'] ?? 40);

let dir: string;
let writer: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tokenlab-crash-'));
  // Bundled once to plain JS so each of the many child processes starts fast.
  writer = join(dir, '..', `tokenlab-crash-writer-${process.pid}.cjs`);
  await build({ entryPoints: [WRITER_SOURCE], bundle: true, platform: 'node', format: 'cjs', outfile: writer, logLevel: 'silent' });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(writer, { force: true });
});

/**
 * Start the writer, let it commit for a random while after `armOn` (its "ready" line, or its
 * first commit), then SIGKILL it.
 */
function runAndKill(prefix: string, delayMs: number, armOn: 'ready' | 'committed'): Promise<{ committed: string[]; stderr: string; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dir, prefix], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let armed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (!armed && stdout.includes(armOn === 'ready' ? 'ready\n' : 'committed ')) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      const committed = stdout
        .split('\n')
        .filter((line) => line.startsWith('committed '))
        .map((line) => line.slice('committed '.length));
      resolve({ committed, stderr, signal });
    });
  });
}

describe('profiles.json under SIGKILL', () => {
  it(`always parses and keeps every committed profile (${KILLS} kills)`, async () => {
    const everCommitted: string[] = [];
    for (let i = 0; i < KILLS; i++) {
      // Early kills land in start-up and the first writes; the others in the middle of the loop,
      // counted from the first commit so that a loaded machine still writes between kills.
      const early = i % 3 === 0;
      const run = await runAndKill(`k${i}`, Math.floor(Math.random() * (early ? 15 : 120)), early ? 'ready' : 'committed');
      expect(run.signal, run.stderr).toBe('SIGKILL');
      expect(run.stderr).toBe('');
      everCommitted.push(...run.committed);
      // The dead writer may have held profiles.json's lock. proper-lockfile takes such a lock
      // over once it is stale (test/hostile/staleLock.test.ts); removing it here spares forty
      // stale periods — this test is about the file's content, not the lock.
      await rm(join(dir, 'profiles.json.lock'), { recursive: true, force: true });

      const store = createProfileStore(dir, () => Date.now());
      const names = new Set((await store.load()).map((p) => p.name));
      expect(store.corruption(), 'the file had to be set aside as corrupt').toBeNull();
      const lost = everCommitted.filter((name) => !names.has(name));
      expect(lost, `after kill ${i}`).toEqual([]);
    }
    const leftovers = (await readdir(dir)).filter((f) => f.includes('.corrupt-'));
    expect(leftovers).toEqual([]);
    expect(everCommitted.length).toBeGreaterThan(KILLS); // the writer really did write between kills
    JSON.parse(await readFile(join(dir, 'profiles.json'), 'utf8'));
  }, 180_000);
});
