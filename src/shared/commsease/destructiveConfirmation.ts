/**
 * The confirmation a destructive CommsEase call needs: which questions, and what counts as yes.
 *
 * Refreshing or updating a static token logs the real user out of every device that still uses
 * the old one, so the question names the environment tag the profile carries; a "prod" profile
 * is asked twice, the second time by typing the environment tag itself. The CLI and the screen
 * ask the same questions from this one plan, and the main process checks the answer again.
 */

export type DestructiveAction = 'refresh' | 'update';

export interface ConfirmationStep {
  question: string;
  /** The exact answer that confirms (compared after trimming; case-insensitive). */
  expected: string;
}

/**
 * Tags that mean production, in English and in Chinese (env tags may be any letters: `--env 生产`):
 * shown red, asked twice before a live CommsEase call or a removal, refused by the token server
 * unless allowed.
 */
export const PRODUCTION_ENV_TAGS: readonly string[] = ['prod', 'production', 'live', '生产', '生产环境', '正式', '线上'];

export function isProductionEnv(env: string): boolean {
  return PRODUCTION_ENV_TAGS.includes(env.trim().toLowerCase());
}

export function confirmationSteps(action: DestructiveAction, target: { profileName: string; env: string; accid: string }): ConfirmationStep[] {
  const what = action === 'refresh' ? 'replace the static token with a new random one' : 'replace the static token';
  const first: ConfirmationStep = {
    question: `[${target.env}] ${what} of accid "${target.accid}" on profile "${target.profileName}"? Devices using the old token can no longer log in. Type "yes" to go on:`,
    expected: 'yes',
  };
  if (!isProductionEnv(target.env)) return [first];
  return [
    first,
    {
      question: `This is a ${target.env.toUpperCase()} profile. Type the environment tag "${target.env}" to confirm:`,
      expected: target.env.trim().toLowerCase(),
    },
  ];
}

export function answerConfirms(step: ConfirmationStep, answer: string): boolean {
  return answer.trim().toLowerCase() === step.expected;
}

/**
 * Removing a profile deletes its secret from the keychain too. A prod profile is asked as the
 * CommsEase calls are (yes, then the tag); any other is removed without a question, as before.
 */
export function removalSteps(target: { profileName: string; env: string }): ConfirmationStep[] {
  if (!isProductionEnv(target.env)) return [];
  return [
    {
      question: `[${target.env}] remove profile "${target.profileName}" and its secret from the keychain? Type "yes" to go on:`,
      expected: 'yes',
    },
    {
      question: `This is a ${target.env.toUpperCase()} profile. Type the environment tag "${target.env}" to confirm:`,
      expected: target.env.trim().toLowerCase(),
    },
  ];
}
