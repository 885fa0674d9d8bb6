/**
 * The built `tokenlab` (out/main/cli.js) as a child process, for what only a real process
 * shows: how much it reads from a device or a pipe, whether it hangs, and its peak memory.
 * `npx electron-vite build` first (npm test does).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** TOKENLAB_CLI_JS runs another build (e.g. an older commit's, to see a test fail without a fix). */
export const CLI_JS = process.env['TOKENLAB_CLI_JS'] ?? resolve(__dirname, '../../../out/main/cli.js');
const PEAK_RSS_PRELOAD = resolve(__dirname, 'reportPeakRss.cjs');

export interface CliProcessResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Peak resident memory of the child, in MB. */
  peakRssMb: number;
}

export interface CliProcess {
  child: ChildProcess;
  done: Promise<CliProcessResult>;
}

/** Starts the CLI; `stdio[0]` may be a file descriptor (a file to read stdin from) or 'pipe'. Killed after `timeoutMs`. */
export function startCli(
  argv: string[],
  options: { stdin?: 'ignore' | 'pipe' | number; env?: Record<string, string>; timeoutMs?: number; collectStdout?: boolean } = {},
): CliProcess {
  if (!existsSync(CLI_JS)) throw new Error(`${CLI_JS} is missing: run "npx electron-vite build" first`);
  const dir = mkdtempSync(join(tmpdir(), 'tokenlab-hostile-rss-'));
  const rssFile = join(dir, 'peak-rss');
  const child = spawn(process.execPath, ['-r', PEAK_RSS_PRELOAD, CLI_JS, ...argv], {
    stdio: [options.stdin ?? 'ignore', 'pipe', 'pipe'],
    env: { PATH: process.env['PATH'] ?? '', HOME: dir, TOKENLAB_HOME: join(dir, 'home'), ...options.env, TOKENLAB_PEAK_RSS_FILE: rssFile },
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  if (options.collectStdout !== false) child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), Number(process.env['TOKENLAB_CLI_TIMEOUT_MS'] ?? 0) || (options.timeoutMs ?? 15_000));
  const done = new Promise<CliProcessResult>((resolveDone) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const kb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : NaN;
      rmSync(dir, { recursive: true, force: true });
      resolveDone({ code, signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'), peakRssMb: kb / 1024 });
    });
  });
  return { child, done };
}

export function runCliProcess(argv: string[], options: Parameters<typeof startCli>[1] = {}): Promise<CliProcessResult> {
  return startCli(argv, options).done;
}
