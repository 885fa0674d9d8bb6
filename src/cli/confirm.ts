/**
 * Asking before something that cannot be undone, from a plan of questions in src/shared (the
 * same plan the screen asks): each answer must confirm, `--yes` skips the questions, and with no
 * terminal to ask on the command refuses.
 */
import { answerConfirms, type ConfirmationStep } from '../shared/commsease/destructiveConfirmation';
import { usageText } from './cliText';
import type { CliIo } from './io';

export async function confirmSteps(steps: readonly ConfirmationStep[], what: string, yes: boolean, io: CliIo): Promise<void> {
  if (yes || steps.length === 0) return;
  if (!io.stdin.isTTY) throw usageText('confirm.noTerminal', { action: what });
  for (const step of steps) {
    const answer = await io.promptHidden(`${step.question} `);
    if (!answerConfirms(step, answer)) throw usageText('confirm.notConfirmed', { action: what });
  }
}
