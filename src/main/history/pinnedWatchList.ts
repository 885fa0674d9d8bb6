/**
 * What the expiry notifier watches: the pinned history entries, each with a label a person
 * recognises in a notification ("u1001 in room room1 (Staging RTC)").
 */
import type { HistoryEntry } from '../../shared/ipc/channels/history';
import { defaultRegistry, type FamilyRegistry } from '../../shared/families/registry';
import type { WatchedToken } from '../services/expiryNotifier';

export function notificationLabel(entry: HistoryEntry, registry: FamilyRegistry = defaultRegistry): string {
  const family = registry.get(entry.format);
  const who = entry.userId ?? family?.tokenName ?? `A ${registry.label(entry.format)}`;
  const where = entry.roomId !== null && entry.roomId !== '' ? ` in room ${entry.roomId}` : '';
  const profile = entry.profileName ? ` (${entry.profileName})` : '';
  return `${who}${where}${profile}`;
}

export function pinnedWatchList(entries: readonly HistoryEntry[]): WatchedToken[] {
  return entries.filter((e) => e.pinned).map((e) => ({ id: e.id, label: notificationLabel(e), expiresAt: e.expiresAt }));
}
