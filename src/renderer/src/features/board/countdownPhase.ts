/**
 * Where a token stands on its way to expiry, as the colour of its countdown shows it.
 *
 * The thresholds are the ones that matter to an app: five minutes is "renew soon", thirty
 * seconds is the window in which the ZEGO SDKs raise "token will expire", zero is expiry.
 */

export type CountdownPhase = 'fresh' | 'soon' | 'will_expire' | 'expired';

export const SOON_SECONDS = 5 * 60;
export const WILL_EXPIRE_SECONDS = 30;

export function countdownPhase(expiresAt: number, now: number): CountdownPhase {
  const left = expiresAt - now;
  if (left <= 0) return 'expired';
  if (left <= WILL_EXPIRE_SECONDS) return 'will_expire';
  if (left <= SOON_SECONDS) return 'soon';
  return 'fresh';
}

/**
 * The share of the lifetime already used, 0…1. A token whose start is unknown (a pasted ZEGO
 * token without its secret) counts from when it was added to the board.
 */
export function lifetimeUsed(startsAt: number, expiresAt: number, now: number): number {
  const total = expiresAt - startsAt;
  if (total <= 0) return now >= expiresAt ? 1 : 0;
  return Math.min(1, Math.max(0, (now - startsAt) / total));
}
