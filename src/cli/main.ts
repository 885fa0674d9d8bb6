/**
 * The `tokenlab` executable: real stdin/stdout, clock and randomness, then the dispatcher.
 * Runs under plain Node (no display, no Electron).
 */
import { fstatSync } from 'node:fs';
import { nodeRandomBytes } from '../main/crypto/nodeCryptoPort';
import { readStreamBounded } from '../main/files/boundedRead';
import { stdinTooLarge } from './io';
import type { ServeIo } from './commands/serve';
import { splitLines } from './lineReader';
import { runCli } from './run';
import { translator } from './cliText';
import { resolveLanguage } from '../shared/i18n';

/** All of stdin, refused once it holds more than the bound (500 MB piped into `profile add` stops at 64 KiB). */
async function readAll(maxBytes: number): Promise<string> {
  const bytes = await readStreamBounded(process.stdin, maxBytes);
  if (bytes === null) throw stdinTooLarge(maxBytes);
  return bytes.toString('utf8');
}

function lines(maxLineBytes: number): AsyncIterable<string> {
  return splitLines(process.stdin, maxLineBytes);
}

/** Reads one line from the terminal with echo off, for a secret typed by hand. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    if (!stdin.isTTY) {
      reject(new Error('ENOTTY'));
      return;
    }
    process.stderr.write(question);
    let value = '';
    stdin.setRawMode(true);
    stdin.resume();
    const onData = (data: Buffer) => {
      for (const ch of data.toString('utf8')) {
        if (ch === '\r' || ch === '\n') {
          finish();
          resolve(value);
          return;
        }
        if (ch === '\u0003') {
          finish();
          reject(new Error('cancelled'));
          return;
        }
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
    };
    stdin.on('data', onData);
  });
}

/** Said even when the run failed before choosing a language (a bad --lang, a crash): the environment's. */
function lastResortText(): string {
  return translator(resolveLanguage([process.env['LC_ALL'], process.env['LC_MESSAGES'], process.env['LANG']].map((v) => v || undefined)))('cli.internalError', { name: '?' });
}

function fileSize(): number | null {
  try {
    const stat = fstatSync(0);
    return stat.isFile() ? stat.size : null;
  } catch {
    return null;
  }
}

const io: ServeIo = {
  stdin: { isTTY: Boolean(process.stdin.isTTY), readAll, lines, bytes: () => process.stdin, fileSize },
  stdout: {
    isTTY: Boolean(process.stdout.isTTY),
    write: (text) => void process.stdout.write(text),
    writeBytes: (bytes) => void process.stdout.write(bytes),
    drained: () => (process.stdout.writableLength === 0 ? Promise.resolve() : new Promise((resolve) => process.stdout.once('drain', () => resolve()))),
  },
  stderr: { isTTY: Boolean(process.stderr.isTTY), write: (text) => void process.stderr.write(text) },
  env: process.env,
  now: () => Math.floor(Date.now() / 1000),
  randomBytes: nodeRandomBytes,
  promptHidden,
  nowMs: () => Date.now(),
  untilStopped: () =>
    new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    }),
};

// A closed pipe (`tokenlab inspect … | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
});

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.stderr.write(`tokenlab: ${lastResortText()}\n`);
    process.exitCode = 1;
  },
);
