/** The words for the simulator's choices, shared by the scenario form and the live mode. */
import type { ExpressExpiryBehaviour, RenewalPolicy, SimPlatform } from '../../../../shared/sim/scenario';

export const PLATFORM_LABELS: Record<SimPlatform, string> = {
  zim: 'ZIM (in-app chat)',
  express: 'ZEGO Express (RTC room)',
  'commsease-dynamic': 'CommsEase, dynamic token',
  'commsease-static': 'CommsEase, static token',
};

export const POLICY_LABELS: Record<RenewalPolicy, string> = {
  'on-will-expire': 'Renew on "will expire"',
  'before-expiry': 'Renew N seconds before expiry (own timer)',
  never: 'Never renew',
};

export const EXPRESS_EXPIRY_LABELS: Record<ExpressExpiryBehaviour, string> = {
  'refuse-next': 'Stay in the room; next publish / play refused (SDK 2.8–2.12)',
  kick: 'Kicked with 1002056 (SDK 2.13+ with expiry management)',
};
