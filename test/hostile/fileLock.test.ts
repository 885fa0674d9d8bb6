/**
 * The data-file lock against real processes: a lock left by a SIGKILLed process is taken over
 * once stale; a lock held by a live process makes the waiter give up with a clear error instead
 * of hanging; a process that ends normally releases its lock; and within one process, many
 * changes through different handles on the same file all land.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDataFile } from '../../src/main/vault/dataFile';
import { REPO_ROOT } from './support/builtCli';

const HOLDER = join(__dirname, 'fixtures/lockHolder.ts');

let dir: string;
let file: string;
const children: ChildProcess[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tokenlab-lock-'));
  file = join(dir, 'profiles.json');
  await writeFile(file, 'before\n');
});
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

/** A child process that holds `file`'s lock, once it says so. */
function holdLockInChild(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, file], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (out.includes('locked\n')) resolve(child);
    });
    child.stderr.on('data', (chunk: Buffer) => void (err += chunk.toString('utf8')));
    child.on('close', (code) => reject(new Error(`lock holder exited (${code}) before locking: ${err}`)));
  });
}

function ended(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('close', () => resolve())));
}

describe('data-file locks between processes', () => {
  it('takes over a lock left by a SIGKILLed process once it is stale, and writes', async () => {
    const holder = await holdLockInChild();
    holder.kill('SIGKILL');
    await ended(holder);
    expect(existsSync(`${file}.lock`)).toBe(true); // nobody cleaned up after the killed process

    await createDataFile(file, Date.now, { staleMs: 2000, timeoutMs: 30_000 }).update((text) => `${text}after\n`);
    expect(await readFile(file, 'utf8')).toBe('before\nafter\n');
    expect(existsSync(`${file}.lock`)).toBe(false);
  }, 60_000);

  it('gives up on a lock a live process holds, with an error that says what is going on, and changes nothing', async () => {
    const holder = await holdLockInChild();
    const error = await createDataFile(file, Date.now, { timeoutMs: 300 })
      .write('clobbered\n')
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toMatchObject({ code: 'DATA_FILE_BUSY' });
    expect((error as Error).message).toMatch(/^profiles\.json is busy: another TokenLab process \(the app or a tokenlab command\) has been changing it/);
    expect(await readFile(file, 'utf8')).toBe('before\n');

    // A process that is terminated (not killed outright) releases its lock on the way out.
    holder.kill('SIGTERM');
    await ended(holder);
    await createDataFile(file, Date.now, { timeoutMs: 5000 }).write('after\n');
    expect(await readFile(file, 'utf8')).toBe('after\n');
  }, 60_000);

  it('serialises many changes in one process, through different handles on the same file', async () => {
    await writeFile(file, '');
    const handles = [createDataFile(file), createDataFile(file)];
    await Promise.all(Array.from({ length: 40 }, (_, i) => (handles[i % 2] as ReturnType<typeof createDataFile>).update((text) => `${text ?? ''}${i}\n`)));
    const lines = (await readFile(file, 'utf8')).trim().split('\n').map(Number);
    expect(lines.sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i));
  });

  it('lets a locked operation write its own file without locking itself out', async () => {
    const data = createDataFile(file);
    await data.locked(async () => {
      await data.write('one\n');
      await data.update((text) => `${text}two\n`);
    });
    expect(await readFile(file, 'utf8')).toBe('one\ntwo\n');
  });
});
