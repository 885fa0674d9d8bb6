/**
 * Copying through main (`clipboard:writeText`), which clears the clipboard again after a
 * minute if it still holds our text — a token is a credential and should not linger.
 * Keeps the last outcome for the status line ("Copied — clears in 60 s") as a catalogue key and
 * its values, so the shell says it in the page's language.
 */
import { createStore } from 'zustand/vanilla';
import type { IpcError, IpcReply } from '../../../../shared/ipc/reply';
import type { StoreDeps } from '../../app/storeDeps';

export interface ClipboardNotice {
  key: 'copied' | 'copiedClears' | 'copyFailed' | 'cleared';
  /** What was copied ('token'; `clipboard.what.<what>` in the catalogue), when main clears it (epoch s), main's message. */
  params: { what?: string; clearsAt?: number; message?: string };
  seq: number;
}

export interface ClipboardState {
  /** The last message for the status line (a key under `clipboard.`), with a counter so repeating it re-announces. */
  notice: ClipboardNotice | null;
  copy(text: string, what: string): Promise<IpcError | null>;
  /** Have main copy a pinned token from the keychain (its text never reaches the page). */
  copyPinned(historyId: string, what: string): Promise<IpcError | null>;
  /** Main reported that the auto-clear ran. */
  cleared(): void;
}

export function createClipboardStore({ api }: StoreDeps) {
  return createStore<ClipboardState>()((set, get) => {
    const say = (key: ClipboardNotice['key'], params: ClipboardNotice['params'] = {}) => set({ notice: { key, params, seq: (get().notice?.seq ?? 0) + 1 } });
    const report = (reply: IpcReply<{ clearsAt: number | null }>, what: string): IpcError | null => {
      if (!reply.ok) {
        say('copyFailed', { what, message: reply.error.message });
        return reply.error;
      }
      const { clearsAt } = reply.value;
      if (clearsAt === null) say('copied', { what });
      else say('copiedClears', { what, clearsAt });
      return null;
    };
    return {
      notice: null,
      copy: async (text, what) => report(await api.clipboard.writeText({ text }), what),
      copyPinned: async (historyId, what) => report(await api.history.copyPinned({ id: historyId }), what),
      cleared() {
        say('cleared');
      },
    };
  });
}

export type ClipboardStore = ReturnType<typeof createClipboardStore>;
