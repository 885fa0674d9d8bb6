/**
 * The tone for each verdict (its words are in the i18n catalogues), shared by the badge, the
 * batch table and exports.
 * Tone names map to the few colours the app uses for meaning (good, warn, bad, neutral).
 */
import { defaultRegistry, type FamilyRegistry } from '../../../shared/families/registry';
import type { TokenFormat, Verdict } from '../../../shared/tokens/types';

export type Tone = 'good' | 'warn' | 'bad' | 'neutral';

export const VERDICT_TONE: Record<Verdict, Tone> = {
  valid: 'good',
  expired: 'warn',
  not_yet_valid: 'warn',
  app_id_mismatch: 'bad',
  user_id_mismatch: 'bad',
  wrong_secret_or_tampered: 'bad',
  malformed: 'bad',
  unverified: 'neutral',
};

/** What a token format is called on screen: its family's label (the registry's words). */
export function formatLabel(format: TokenFormat, registry: FamilyRegistry = defaultRegistry): string {
  return registry.label(format);
}
