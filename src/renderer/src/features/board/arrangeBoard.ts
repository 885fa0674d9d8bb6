/**
 * Board order: tokens still alive first, soonest expiry on top; expired ones below them,
 * most recently expired first. `entries` arrive sorted by expiry, so splitting them at `now`
 * is a binary search, cheap enough to run on every tick of the shared clock.
 */
import type { HistoryEntry } from '../../../../shared/ipc/channels/history';

export function arrangeBoard(entriesByExpiry: readonly HistoryEntry[], now: number): HistoryEntry[] {
  let lo = 0;
  let hi = entriesByExpiry.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((entriesByExpiry[mid] as HistoryEntry).expiresAt <= now) lo = mid + 1;
    else hi = mid;
  }
  return [...entriesByExpiry.slice(lo), ...entriesByExpiry.slice(0, lo).reverse()];
}
