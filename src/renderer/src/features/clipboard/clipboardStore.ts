/**
 * Copying through main (`clipboard:writeText`), which clears the clipboard again after a
 * minute if it still holds our text — a token is a credential and should not linger.
 * Keeps the last outcome for the status line ("Copied — clears in 60 s").
 */
import { createStore } from 'zustand/vanilla';
import type { IpcError, IpcReply } from '../../../../shared/ipc/reply';
import type { StoreDeps } from '../../app/storeDeps';

export interface ClipboardState {
  /** The last message for the status line, with a counter so repeating it re-announces. */
  notice: { text: string; seq: number } | null;
  copy(text: string, what: string): Promise<IpcError | null>;
  /** Have main copy a pinned token from the keychain (its text never reaches the page). */
  copyPinned(historyId: string, what: string): Promise<IpcError | null>;
  /** Main reported that the auto-clear ran. */
  cleared(): void;
}

export function createClipboardStore({ api, now }: StoreDeps) {
  return createStore<ClipboardState>()((set, get) => {
    const say = (text: string) => set({ notice: { text, seq: (get().notice?.seq ?? 0) + 1 } });
    const report = (reply: IpcReply<{ clearsAt: number | null }>, what: string): IpcError | null => {
      if (!reply.ok) {
        say(`Could not copy the ${what}: ${reply.error.message}`);
        return reply.error;
      }
      const { clearsAt } = reply.value;
      say(clearsAt === null ? `Copied the ${what}.` : `Copied the ${what}; the clipboard clears in ${Math.max(0, clearsAt - now())} s.`);
      return null;
    };
    return {
      notice: null,
      copy: async (text, what) => report(await api.clipboard.writeText({ text }), what),
      copyPinned: async (historyId, what) => report(await api.history.copyPinned({ id: historyId }), what),
      cleared() {
        say('Clipboard cleared.');
      },
    };
  });
}

export type ClipboardStore = ReturnType<typeof createClipboardStore>;
