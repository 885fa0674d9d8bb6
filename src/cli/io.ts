import { describeBytes } from '../main/files/boundedRead';
import type { TokenLabError } from '../shared/errors';
import { usageText } from './cliText';

/**
 * Everything the CLI touches in the outside world, as one object, so that commands are
 * plain functions tested in-process with a fake terminal, clock and random source.
 */
import type { FamilyRegistry } from '../shared/families/registry';
import type { CliLocale } from './locale';

export interface CliIo {
  stdin: {
    isTTY: boolean;
    /** The whole of stdin as text (UTF-8); more than `maxBytes` is refused (`stdinTooLarge`) after reading at most that. */
    readAll(maxBytes: number): Promise<string>;
    /**
     * stdin line by line, without line terminators; streams (batch verify of 100k tokens),
     * reading on only as fast as lines are taken. A line over `maxLineBytes` is refused (`lineTooLong`).
     */
    lines(maxLineBytes: number): AsyncIterable<string>;
    /**
     * stdin's raw bytes as they are read (the real CLI): a large batch finds the line ends itself
     * and hands the bytes to its workers. Read on only as fast as they are taken.
     */
    bytes?(): AsyncIterable<Uint8Array>;
    /** The size in bytes when stdin is a regular file (`< tokens.txt`), else null: a big file goes to the workers at once. */
    fileSize?(): number | null;
  };
  stdout: {
    isTTY: boolean;
    write(text: string): void;
    /**
     * UTF-8 that already passed `terminalSafe` (the verify workers apply it to their chunks): the
     * one write that skips the output guard, because its text went through the same function.
     */
    writeBytes?(bytes: Uint8Array): void;
    /** Resolves once written text has gone to the OS (a pipe is asynchronous): lets a big output wait instead of piling up in memory. */
    drained?(): Promise<void>;
  };
  stderr: { isTTY: boolean; write(text: string): void };
  env: Readonly<Record<string, string | undefined>>;
  /** Epoch seconds. The CLI is where the clock lives; the engine only takes `now`. */
  now(): number;
  randomBytes(length: number): Uint8Array;
  /** Reads a line from the terminal without echoing it (secrets typed by hand). */
  promptHidden(question: string): Promise<string>;
  /** The token families; default: the shipped ones (tests inject a registry with a toy family). */
  registry?: FamilyRegistry;
  /** The language chosen by --lang / LC_ALL / LC_MESSAGES / LANG and its catalogue (set by runCli). */
  locale?: CliLocale;
}

/** The refusal of a stdin bigger than its bound: every CliIo words it the same way. */
export function stdinTooLarge(maxBytes: number): TokenLabError {
  return usageText('input.stdinTooLarge', { size: describeBytes(maxBytes) });
}

export function lineTooLong(lineNumber: number, maxBytes: number): TokenLabError {
  return usageText('input.lineTooLong', { line: lineNumber, size: describeBytes(maxBytes) });
}

export type CommandHandler = (argv: readonly string[], io: CliIo) => Promise<number>;

export const EXIT_OK = 0;
export const EXIT_NOT_ALL_VALID = 1;
export const EXIT_USAGE = 2;
