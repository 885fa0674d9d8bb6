/**
 * The CLI's ConfirmPort and the destination gate over the CLI's data folder.
 *
 * Same rules as the destructive confirmations (update, refresh): `--yes` says yes; otherwise the
 * question is asked on the terminal and only "yes" confirms; without a terminal to ask on and
 * without `--yes` it refuses (exit 2) rather than guess.
 */
import { cliT, usageText } from './cliText';
import type { CliIo } from './io';
import type { ConfirmPort } from '../main/security/confirmPort';
import { createDestinationApprovals } from '../main/security/destinationApprovals';
import { createDestinationGate, type DestinationGate } from '../main/security/destinationGate';

export const CONFIRM_ANSWER = 'yes';

export function createCliConfirm(io: Pick<CliIo, 'stdin' | 'stderr' | 'promptHidden' | 'locale'>, assumeYes: boolean): ConfirmPort {
  return {
    async confirm(question) {
      if (assumeYes) return true;
      if (!io.stdin.isTTY) {
        throw usageText('confirm.refusing', { question: question.message });
      }
      io.stderr.write(`${question.title}\n${question.message}\n${question.detail}\n`);
      const answer = await io.promptHidden(cliT(io)('cli.confirm.typeYes', { answer: CONFIRM_ANSWER }));
      return answer.trim().toLowerCase() === CONFIRM_ANSWER;
    },
  };
}

export function cliDestinationGate(dataDir: string, io: Pick<CliIo, 'stdin' | 'stderr' | 'promptHidden' | 'now' | 'locale'>, assumeYes: boolean): DestinationGate {
  return createDestinationGate({
    approvals: createDestinationApprovals({ dataDir, nowMs: () => io.now() * 1000 }),
    confirm: createCliConfirm(io, assumeYes),
    language: () => io.locale?.language ?? 'en',
  });
}
