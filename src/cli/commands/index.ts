/** Every top-level `tokenlab` command. Add one line per command module. */
import type { CommandHandler } from '../io';
import { inspectCommand, verifyCommand } from './inspect';
import { generateCommand } from './generate';
import { profileCommand } from './profile';
import { commseaseCommand } from './commsease';
import { simulateCommand } from './simulate';

export interface CommandEntry {
  run: CommandHandler;
  summary: string;
}

export const COMMANDS: Record<string, CommandEntry> = {
  inspect: { run: inspectCommand, summary: 'decode tokens without a secret' },
  verify: { run: verifyCommand, summary: 'decode and verify tokens against a secret' },
  generate: { run: generateCommand, summary: 'mint a ZEGO Token04 or a CommsEase dynamic token' },
  profile: { run: profileCommand, summary: 'store, list, rename and remove credential profiles (secrets in the OS keychain)' },
  simulate: { run: simulateCommand, summary: 'simulate token renewal over virtual time (tokenlab simulate --help)' },
  commsease: { run: commseaseCommand, summary: 'CommsEase static tokens (keychain + server API) and login-callback send/verify' },
};
