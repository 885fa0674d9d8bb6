/**
 * The CLI's ConfirmPort and the destination gate over the CLI's data folder.
 *
 * Same rules as the destructive confirmations (update, refresh): `--yes` says yes; otherwise the
 * question is asked on the terminal and only "yes" confirms; without a terminal to ask on and
 * without `--yes` it refuses (exit 2) rather than guess.
 */
import { usage } from './args';
import type { CliIo } from './io';
import type { ConfirmPort } from '../main/security/confirmPort';
import { createDestinationApprovals } from '../main/security/destinationApprovals';
import { createDestinationGate, type DestinationGate } from '../main/security/destinationGate';

export const CONFIRM_ANSWER = 'yes';

export function createCliConfirm(io: Pick<CliIo, 'stdin' | 'stderr' | 'promptHidden'>, assumeYes: boolean): ConfirmPort {
  return {
    async confirm(question) {
      if (assumeYes) return true;
      if (!io.stdin.isTTY) {
        throw usage(`${question.message} Refusing without confirmation: run it in a terminal to confirm, or pass --yes`);
      }
      io.stderr.write(`${question.title}\n${question.message}\n${question.detail}\n`);
      const answer = await io.promptHidden(`Type "${CONFIRM_ANSWER}" to go on: `);
      return answer.trim().toLowerCase() === CONFIRM_ANSWER;
    },
  };
}

export function cliDestinationGate(dataDir: string, io: Pick<CliIo, 'stdin' | 'stderr' | 'promptHidden' | 'now'>, assumeYes: boolean): DestinationGate {
  return createDestinationGate({
    approvals: createDestinationApprovals({ dataDir, nowMs: () => io.now() * 1000 }),
    confirm: createCliConfirm(io, assumeYes),
  });
}
