/**
 * A secret or token typed or piped in: stdin when stdin is not a terminal (`… < file`, or piped
 * from a password manager), else a hidden prompt — never argv, where it would land in shell
 * history and in `ps` output. Surrounding whitespace (the newline `echo` adds) is not part of it.
 */
import { usageText } from './cliText';
import type { CliIo } from './io';
import { SECRET_MAX_BYTES } from './limits';

type HiddenInputIo = Pick<CliIo, 'stdin' | 'promptHidden'>;

/** The trimmed input, or null when nothing was entered or piped. */
export async function readOptionalHiddenInput(io: HiddenInputIo, prompt: string): Promise<string | null> {
  const raw = io.stdin.isTTY ? await io.promptHidden(prompt) : await io.stdin.readAll(SECRET_MAX_BYTES);
  const text = raw.trim();
  return text === '' ? null : text;
}

/** The trimmed input; empty is a usage error naming `what` ("secret", "token"). */
export async function readHiddenInput(io: HiddenInputIo, prompt: string, what: string): Promise<string> {
  const text = await readOptionalHiddenInput(io, prompt);
  if (text === null) {
    throw usageText(io.stdin.isTTY ? 'input.nothingEntered' : 'input.stdinEmpty', { what });
  }
  return text;
}
