/**
 * The language main speaks in: the one the person picked in the app, else the OS's.
 *
 * Main starts with the OS language (app.getPreferredSystemLanguages / getLocale, see
 * startApp.ts); the page tells it the language it shows (`settings:setLanguage`) as soon as it
 * loads and on every switch. The pick itself is kept where the page keeps its preferences (its
 * localStorage), so nothing is stored here: every launch the page says it again. Listeners (the
 * menu) are told of a change, never of a repeat of the same language.
 */
import type { Language } from '../../shared/i18n';

export interface AppLanguage {
  current(): Language;
  /** Switch; true when it changed (listeners have been told). */
  set(language: Language): boolean;
  /** Called after every change; returns the unsubscribe. */
  onChange(listener: (language: Language) => void): () => void;
}

export function createAppLanguage(initial: Language): AppLanguage {
  let language = initial;
  const listeners = new Set<(language: Language) => void>();
  return {
    current: () => language,
    set(next) {
      if (next === language) return false;
      language = next;
      for (const listener of [...listeners]) listener(next);
      return true;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
