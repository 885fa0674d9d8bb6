/**
 * The CLI dispatcher: picks the command, turns every failure into a message and an exit
 * code, and never lets an exception escape as a stack trace.
 */
import { isTokenLabError } from '../shared/errors';
import { COMMANDS } from './commands';
import { EXIT_USAGE, type CliIo } from './io';
import { describeCommandWord } from './args';
import { cliLocale } from './locale';
import { colourWanted } from './output';
import { terminalSafe } from './untrustedText';
import { cliT, errorText, translator } from './cliText';
import type { Translate } from '../shared/tokens/reasonText';

/** Where the "(tokenlab NAME --help)" pointers line up. */
const HELP_POINTER_COLUMN = 57;

function usageLines(ownHelp: boolean): string[] {
  return Object.entries(COMMANDS)
    .filter(([, entry]) => (entry.ownHelp ?? false) === ownHelp)
    .flatMap(([name, entry]) =>
      entry.usage.map((line) => {
        if (!ownHelp) return `  ${line}`;
        const pointer = `(tokenlab ${name} --help)`;
        // A synopsis that reaches the column puts its pointer on the next line, still aligned.
        return line.length < HELP_POINTER_COLUMN ? `  ${line.padEnd(HELP_POINTER_COLUMN)}${pointer}` : `  ${line}\n  ${' '.repeat(HELP_POINTER_COLUMN)}${pointer}`;
      }),
    );
}

/** The top-level help in the run's language (the command synopses stay as typed). */
export function helpText(t: Translate): string {
  return t('cli.help.top', { usage: usageLines(false).join('\n'), pointers: usageLines(true).join('\n') });
}

/** The English help (docs and tests quote it). */
export const HELP = helpText(translator('en'));

/**
 * The one door to the terminal: whatever a command writes passes `terminalSafe`, so a control
 * character from a token, a file or a server is shown escaped even where a command forgot.
 * `stdout.writeBytes` is left as it is: only the verify workers write through it, and their
 * chunks passed `terminalSafe` (with this colour setting) in the worker.
 */
function guardedOutput<T extends CliIo>(io: T): T {
  const colour = colourWanted(io.stdout.isTTY, io.env);
  return {
    ...io,
    stdout: { ...io.stdout, write: (text: string) => io.stdout.write(terminalSafe(text, colour)) },
    stderr: { ...io.stderr, write: (text: string) => io.stderr.write(terminalSafe(text, false)) },
  };
}

export async function runCli(rawArgv: readonly string[], rawIo: CliIo): Promise<number> {
  const guarded = guardedOutput(rawIo);
  let argv: readonly string[];
  let io: CliIo;
  try {
    // --lang / LC_ALL / LC_MESSAGES / LANG: the commands print through io.locale.
    const locale = cliLocale(rawArgv, guarded.env);
    argv = locale.argv;
    io = { ...guarded, locale };
  } catch (error) {
    guarded.stderr.write(`tokenlab: ${isTokenLabError(error) ? error.message : '--lang'}\n`);
    return EXIT_USAGE;
  }
  const [name, ...rest] = argv;
  const t = cliT(io);
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(helpText(t));
    return name === undefined ? EXIT_USAGE : 0;
  }
  if (name === '--version') {
    io.stdout.write('tokenlab 0.1.0\n');
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`tokenlab: ${t('cli.unknownCommand', { word: describeCommandWord(name, t) })}\n`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (isTokenLabError(error)) {
      io.stderr.write(`tokenlab ${name}: ${errorText(error, t, io.locale?.language)}\n`);
      return error.code === 'INTERNAL' ? 1 : EXIT_USAGE;
    }
    // Unexpected: say so briefly; never print values that might hold a secret.
    io.stderr.write(`tokenlab ${name}: ${t('cli.internalError', { name: error instanceof Error ? error.name : '?' })}\n`);
    return 1;
  }
}
