/**
 * The live mode's lead-seconds field, read. Apart from the store: the scenario limits come with
 * the scenario schemas (zod), which load with the screen, not at start-up with the stores.
 */
import { MAX_DURATION_SECONDS } from '../../../../shared/sim/scenario';

/** The lead seconds typed, or an error sentence for the field. */
export function parseLeadSeconds(text: string): { ok: true; value: number } | { ok: false; error: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'Enter how many seconds before expiry the app renews.' };
  const value = Number(trimmed);
  if (!Number.isInteger(value) || value < 0) return { ok: false, error: 'Must be a whole number of seconds, 0 or more.' };
  if (value > MAX_DURATION_SECONDS) return { ok: false, error: `Must be at most ${MAX_DURATION_SECONDS} s (30 days).` };
  return { ok: true, value };
}
