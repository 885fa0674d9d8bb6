/**
 * Crash-safe file writes: write a temp file, fsync it, rename it over the target, fsync the folder.
 *
 * After a crash at any moment the target holds either the old or the new content, never a
 * mix: rename is atomic on POSIX and NTFS, the first fsync makes the new bytes durable before
 * the rename can point at them, and the folder fsync makes the rename itself durable.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const TEMP_MARK = '.tmp-';
const TEMP_RANDOM_BYTES = 6;
const OUR_TEMP_SUFFIX = new RegExp(`^([1-9][0-9]{0,9})-[0-9a-f]{${TEMP_RANDOM_BYTES * 2}}$`);

export async function writeFileAtomic(path: string, content: string, mode = 0o600): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const temp = join(dir, `${basename(path)}${TEMP_MARK}${process.pid}-${randomBytes(TEMP_RANDOM_BYTES).toString('hex')}`);
  const handle = await open(temp, 'wx', mode);
  try {
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
  await fsyncDir(dir);
}

/** Durably record a rename/create in `dir` (no-op where folders cannot be opened, e.g. Windows). */
export async function fsyncDir(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
  } catch {
    return;
  }
  try {
    await handle.sync();
  } catch {
    // EISDIR/EPERM on platforms without directory fsync: nothing more we can do.
  } finally {
    await handle.close();
  }
}

/**
 * Remove temp files that a killed writer left behind (they never hold committed data).
 * Only files of processes that no longer run: the app and the CLI may write at the same time.
 */
export async function removeStaleTempFiles(path: string): Promise<void> {
  const dir = dirname(path);
  const prefix = `${basename(path)}${TEMP_MARK}`;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  // Exactly the names writeFileAtomic makes (`<file>.tmp-<pid>-<12 hex>`): a file that only
  // looks like ours (`profiles.json.tmp-notes`, a user's copy) is not ours to delete.
  const stale = names.filter((name) => {
    if (!name.startsWith(prefix)) return false;
    const ours = OUR_TEMP_SUFFIX.exec(name.slice(prefix.length));
    return ours !== null && !processIsAlive(Number(ours[1]));
  });
  await Promise.all(stale.map((name) => unlink(join(dir, name)).catch(() => {})));
}

function processIsAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
