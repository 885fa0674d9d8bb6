/**
 * The live mode's lead-seconds field, read. Apart from the store: the scenario limits come with
 * the scenario schemas (zod), which load with the screen, not at start-up with the stores.
 */
import { MAX_DURATION_SECONDS } from '../../../../shared/sim/scenario';

/** Why a typed lead is refused: the screen words it (`simulator.live.lead<Problem>`). */
export type LeadProblem = 'empty' | 'whole' | 'max';

/** The lead seconds typed, or what is wrong with them. */
export function parseLeadSeconds(text: string): { ok: true; value: number } | { ok: false; problem: LeadProblem; max: number } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty', max: MAX_DURATION_SECONDS };
  const value = Number(trimmed);
  if (!Number.isInteger(value) || value < 0) return { ok: false, problem: 'whole', max: MAX_DURATION_SECONDS };
  if (value > MAX_DURATION_SECONDS) return { ok: false, problem: 'max', max: MAX_DURATION_SECONDS };
  return { ok: true, value };
}
