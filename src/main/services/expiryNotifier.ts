/**
 * Decides when a pinned token deserves an OS notification: once when it enters the
 * 30-second "will expire" window the SDKs use, once when it expires.
 *
 * Pure scheduling with an injected clock and notifier (the Electron `Notification` call lives
 * in src/main/electron/expiryNotifications.ts). One timer serves every pinned token: it is
 * armed for the next due moment only, and every firing re-evaluates all tokens, so a laptop
 * that slept through several moments catches up in one pass without a flood of stale timers.
 */
import type { Language } from '../../shared/i18n';
import { mainT } from '../i18n/mainText';

export const WILL_EXPIRE_WINDOW_SECONDS = 30;
/** setTimeout's largest delay (~24.8 days); longer waits re-arm when it fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface WatchedToken {
  id: string;
  /** What the notification calls the token, e.g. "alice in room r1 (Staging)". */
  label: string;
  /** Epoch seconds. */
  expiresAt: number;
}

export type ExpiryNoticeKind = 'will_expire' | 'expired';

export interface ExpiryNotice {
  id: string;
  kind: ExpiryNoticeKind;
  title: string;
  body: string;
}

export interface NotifierClock {
  /** Epoch milliseconds. */
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ExpiryNotifier {
  /** Replace the watched set (e.g. after a pin, unpin or removal). */
  watch(tokens: readonly WatchedToken[]): void;
  dispose(): void;
}

/** `language`: the app's current one, read at each notice (default English). */
export function createExpiryNotifier(clock: NotifierClock, notify: (notice: ExpiryNotice) => void, language: () => Language = () => 'en'): ExpiryNotifier {
  let watched: WatchedToken[] = [];
  /** `${id}:${kind}` already shown (or deliberately skipped), so nothing repeats. */
  const done = new Set<string>();
  let timer: unknown = null;

  const disarm = (): void => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
  };

  const evaluate = (): void => {
    timer = null;
    const nowSeconds = clock.now() / 1000;
    let nextDue = Infinity;
    for (const token of watched) {
      const windowAt = token.expiresAt - WILL_EXPIRE_WINDOW_SECONDS;
      const expiredKey = `${token.id}:expired`;
      const windowKey = `${token.id}:will_expire`;
      if (nowSeconds >= token.expiresAt) {
        if (!done.has(expiredKey)) {
          done.add(expiredKey);
          done.add(windowKey);
          const t = mainT(language());
          notify({ id: token.id, kind: 'expired', title: t('notification.expiredTitle'), body: t('notification.expiredBody', { label: token.label }) });
        }
        continue;
      }
      if (nowSeconds >= windowAt) {
        if (!done.has(windowKey)) {
          done.add(windowKey);
          const left = Math.max(0, Math.ceil(token.expiresAt - nowSeconds));
          const t = mainT(language());
          notify({
            id: token.id,
            kind: 'will_expire',
            title: t('notification.willExpireTitle'),
            body: t('notification.willExpireBody', { label: token.label, seconds: left }),
          });
        }
        nextDue = Math.min(nextDue, token.expiresAt);
        continue;
      }
      nextDue = Math.min(nextDue, windowAt);
    }
    if (nextDue !== Infinity) {
      const ms = Math.min(MAX_TIMER_MS, Math.max(0, Math.ceil(nextDue * 1000 - clock.now())));
      timer = clock.setTimeout(evaluate, ms);
    }
  };

  return {
    watch(tokens) {
      const nowSeconds = clock.now() / 1000;
      for (const token of tokens) {
        // A token already expired when first seen is old news, not an event.
        const known = watched.some((w) => w.id === token.id);
        if (!known && nowSeconds >= token.expiresAt) {
          done.add(`${token.id}:expired`);
          done.add(`${token.id}:will_expire`);
        }
      }
      watched = tokens.map((t) => ({ ...t }));
      disarm();
      evaluate();
    },
    dispose() {
      disarm();
      watched = [];
    },
  };
}
