/** The words for the simulator's choices, shared by the scenario form and the live mode. */
import { defaultRegistry } from '../../../../shared/families/registry';
import type { ExpressExpiryBehaviour, RenewalPolicy, SimPlatform } from '../../../../shared/sim/scenario';

/** Each platform's name, as its family declares it (lifecycle.platforms). */
export const PLATFORM_LABELS = Object.fromEntries(defaultRegistry.platforms.map((p) => [p.rules.id, p.rules.label])) as Record<SimPlatform, string>;

export const POLICY_LABELS: Record<RenewalPolicy, string> = {
  'on-will-expire': 'Renew on "will expire"',
  'before-expiry': 'Renew N seconds before expiry (own timer)',
  never: 'Never renew',
};

export const EXPRESS_EXPIRY_LABELS: Record<ExpressExpiryBehaviour, string> = {
  'refuse-next': 'Stay in the room; next publish / play refused (SDK 2.8–2.12)',
  kick: 'Kicked with 1002056 (SDK 2.13+ with expiry management)',
};
