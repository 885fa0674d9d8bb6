/**
 * Every top-level `tokenlab` command. Add one entry per command module: `tokenlab --help` is
 * built from this table, in this order, so a new command cannot be left out of the help.
 */
import type { CommandHandler } from '../io';
import { inspectCommand, verifyCommand } from './inspect';
import { generateCommand } from './generate';
import { profileCommand } from './profile';
import { commseaseCommand } from './commsease';
import { simulateCommand } from './simulate';
import { serveCommand } from './serve';

export interface CommandEntry {
  run: CommandHandler;
  /** The synopsis lines `tokenlab --help` shows (continuation lines indented to line up). */
  usage: readonly string[];
  /** The command prints its own fuller usage with `--help`; the top-level help points there. */
  ownHelp?: boolean;
}

export const COMMANDS: Record<string, CommandEntry> = {
  inspect: { run: inspectCommand, usage: ['tokenlab inspect [--json] [--now TIME] [--] [TOKEN...]'] },
  verify: {
    run: verifyCommand,
    usage: [
      'tokenlab verify  [TOKEN...] (--secret-file PATH | --profile NAME) [--app-id N]',
      '                 [--app-key K --accid A] [--now TIME] [--skew SECONDS] [--json]',
    ],
  },
  generate: {
    run: generateCommand,
    usage: [
      'tokenlab generate zego --app-id N --user-id U --ttl DURATION [--room R]',
      '                 [--privilege login,publish] [--stream ID,...] [--layout gcm|cbc]',
      '                 (--secret-file PATH | --profile NAME) [--json]',
      'tokenlab generate commsease --app-key K --accid A --ttl DURATION',
      '                 (--secret-file PATH | --profile NAME) [--json]',
      'tokenlab generate --batch (--secret-file PATH | --profile NAME) < requests.jsonl',
    ],
  },
  profile: { run: profileCommand, usage: ['tokenlab profile add|list|rm|rename|retag|set-secret|doctor …'], ownHelp: true },
  simulate: { run: simulateCommand, usage: ['tokenlab simulate (--scenario FILE | --preset NAME)'], ownHelp: true },
  commsease: { run: commseaseCommand, usage: ['tokenlab commsease static|callback …'], ownHelp: true },
  serve: { run: serveCommand, usage: ['tokenlab serve [--port N] [--profile P ...] [--config FILE] [--json]'], ownHelp: true },
};
