/** The words for the simulator's choices, shared by the scenario form and the live mode. */
import { defaultRegistry } from '../../../../shared/families/registry';
import { EXPRESS_EXPIRY_LABELS as EXPRESS_LABELS } from '../../../../shared/families/zego-token04/lifecycle';
import type { ExpressExpiryBehaviour, RenewalPolicy, SimPlatform } from '../../../../shared/sim/scenario';

/** Each platform's name, as its family declares it (lifecycle.platforms). */
export const PLATFORM_LABELS = Object.fromEntries(defaultRegistry.platforms.map((p) => [p.rules.id, p.rules.label])) as Record<SimPlatform, string>;

export const POLICY_LABELS: Record<RenewalPolicy, string> = {
  'on-will-expire': 'Renew on "will expire"',
  'before-expiry': 'Renew N seconds before expiry (own timer)',
  never: 'Never renew',
};

/** Express's behaviours at expiry, in the family's words (also its scenario option's). */
export const EXPRESS_EXPIRY_LABELS: Record<ExpressExpiryBehaviour, string> = { ...EXPRESS_LABELS };
