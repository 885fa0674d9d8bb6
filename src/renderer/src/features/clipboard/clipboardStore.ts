/**
 * Copying through main (`clipboard:writeText`), which clears the clipboard again after a
 * minute if it still holds our text — a token is a credential and should not linger.
 * Keeps the last outcome for the status line, as data (the status line words it in the
 * page's language): a copy with its clearing time, so the line can say "clears at 16:05:12"
 * and, once that time has passed, stop saying it (`lapse`).
 */
import { createStore } from 'zustand/vanilla';
import type { IpcError, IpcReply } from '../../../../shared/ipc/reply';
import type { StoreDeps } from '../../app/storeDeps';

export type ClipboardNotice =
  | { kind: 'copied'; what: string; clearsAt: number | null; seq: number }
  | { kind: 'lapsed'; what: string; seq: number }
  | { kind: 'failed'; what: string; message: string; seq: number }
  | { kind: 'cleared'; seq: number };

/** A notice without its counter. */
type NoticeBody = ClipboardNotice extends infer N ? (N extends ClipboardNotice ? Omit<N, 'seq'> : never) : never;

export interface ClipboardState {
  /** The last outcome for the status line, with a counter so repeating it re-announces. */
  notice: ClipboardNotice | null;
  copy(text: string, what: string): Promise<IpcError | null>;
  /** Have main copy a pinned token from the keychain (its text never reaches the page). */
  copyPinned(historyId: string, what: string): Promise<IpcError | null>;
  /** Main reported that the auto-clear ran. */
  cleared(): void;
  /** The clearing time of notice `seq` has passed: it no longer promises a clearing to come. */
  lapse(seq: number): void;
}

export function createClipboardStore({ api }: StoreDeps) {
  return createStore<ClipboardState>()((set, get) => {
    const say = (body: NoticeBody) => set({ notice: { ...body, seq: (get().notice?.seq ?? 0) + 1 } as ClipboardNotice });
    const report = (reply: IpcReply<{ clearsAt: number | null }>, what: string): IpcError | null => {
      if (!reply.ok) {
        say({ kind: 'failed', what, message: reply.error.message });
        return reply.error;
      }
      say({ kind: 'copied', what, clearsAt: reply.value.clearsAt });
      return null;
    };
    return {
      notice: null,
      copy: async (text, what) => report(await api.clipboard.writeText({ text }), what),
      copyPinned: async (historyId, what) => report(await api.history.copyPinned({ id: historyId }), what),
      cleared() {
        say({ kind: 'cleared' });
      },
      lapse(seq) {
        const notice = get().notice;
        if (notice?.seq === seq && notice.kind === 'copied') set({ notice: { kind: 'lapsed', what: notice.what, seq } });
      },
    };
  });
}

export type ClipboardStore = ReturnType<typeof createClipboardStore>;
