/**
 * What the expiry notifier watches: the pinned history entries, each with a label a person
 * recognises in a notification ("u1001 in room room1 (Staging RTC)"), in the app's language.
 */
import type { HistoryEntry } from '../../shared/ipc/channels/history';
import { defaultRegistry, type FamilyRegistry } from '../../shared/families/registry';
import { familyLabelKey } from '../../shared/i18n/familyTexts';
import { i18nFor, type Language } from '../../shared/i18n';
import { mainT } from '../i18n/mainText';
import type { WatchedToken } from '../services/expiryNotifier';

export function notificationLabel(entry: HistoryEntry, registry: FamilyRegistry = defaultRegistry, language: Language = 'en'): string {
  const t = mainT(language);
  const family = registry.get(entry.format);
  const familyName = (): string => i18nFor(language).t(familyLabelKey(entry.format), { defaultValue: registry.label(entry.format) });
  // English keeps the family's own phrase ("An Agora 006 token"); another language names the family.
  const anonymous = language === 'en' ? (family?.tokenName ?? `A ${registry.label(entry.format)}`) : t('notification.aToken', { family: familyName() });
  let label = entry.userId ?? anonymous;
  if (entry.roomId !== null && entry.roomId !== '') label = t('notification.inRoom', { who: label, room: entry.roomId });
  if (entry.profileName) label = t('notification.withProfile', { who: label, profile: entry.profileName });
  return label;
}

export function pinnedWatchList(entries: readonly HistoryEntry[], language: Language = 'en'): WatchedToken[] {
  return entries.filter((e) => e.pinned).map((e) => ({ id: e.id, label: notificationLabel(e, defaultRegistry, language), expiresAt: e.expiresAt }));
}
