/**
 * Runs `tokenlab` in-process with a fake terminal: given stdin text, a clock and a seeded
 * random source, it returns the exit code and what was printed.
 */
import { runCli } from '../../src/cli/run';
import { stdinTooLarge, type CliIo } from '../../src/cli/io';
import { splitLines } from '../../src/cli/lineReader';
import type { SecretStore } from '../../src/main/vault/secretStore';
import type { FamilyRegistry } from '../../src/shared/families/registry';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  stdin?: string;
  stdinIsTTY?: boolean;
  stdoutIsTTY?: boolean;
  now?: number;
  env?: Record<string, string | undefined>;
  /** Answers to hidden prompts, in order. */
  prompts?: string[];
  /** The keychain the CLI uses (an in-memory one in tests); the OS keychain when absent. */
  secretStore?: SecretStore;
  /** The token families the run knows (a registry with a toy family); the shipped ones when absent. */
  registry?: FamilyRegistry;
}

export function fakeRandomBytes(seed = 1): (n: number) => Uint8Array {
  let state = seed >>> 0;
  return (n) =>
    Uint8Array.from({ length: n }, () => {
      state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
      return state & 0xff;
    });
}

export async function runTokenlab(argv: string[], options: CliRunOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const stdinText = options.stdin ?? '';
  const prompts = [...(options.prompts ?? [])];
  const io: CliIo & { secretStore?: SecretStore } = {
    ...(options.secretStore ? { secretStore: options.secretStore } : {}),
    ...(options.registry ? { registry: options.registry } : {}),
    stdin: {
      isTTY: options.stdinIsTTY ?? false,
      // The same bounds and line splitting as the real stdin.
      readAll: async (maxBytes) => {
        if (Buffer.byteLength(stdinText) > maxBytes) throw stdinTooLarge(maxBytes);
        return stdinText;
      },
      lines: (maxLineBytes) => splitLines([Buffer.from(stdinText)], maxLineBytes),
    },
    stdout: { isTTY: options.stdoutIsTTY ?? false, write: (t) => void (stdout += t) },
    stderr: { isTTY: false, write: (t) => void (stderr += t) },
    env: options.env ?? {},
    now: () => options.now ?? 1_700_000_000,
    randomBytes: fakeRandomBytes(),
    promptHidden: async () => {
      const answer = prompts.shift();
      if (answer === undefined) throw new Error('unexpected prompt');
      return answer;
    },
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}
