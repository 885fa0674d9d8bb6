/**
 * The countdown board: every minted, pasted or pinned token, from main's history.
 *
 * History keeps metadata only; the token text of this session's tokens stays in memory here
 * (so they can be copied or pinned) and is gone after a restart unless pinned, when main
 * copies it from the keychain to the clipboard itself (`history:copyPinned`): a pinned token's
 * text never comes back to the page. Rows are kept sorted by expiry once, when the
 * list changes — the per-second countdown never re-sorts.
 */
import { createStore } from 'zustand/vanilla';
import type { HistoryAddItem, HistoryEntry } from '../../../../shared/ipc/channels/history';
import type { IpcError } from '../../../../shared/ipc/reply';
import type { StoreDeps } from '../../app/storeDeps';

export interface BoardState {
  /** Sorted by expiresAt ascending. */
  entries: HistoryEntry[];
  /** Token text known this session, by entry id. */
  tokens: Record<string, string>;
  loaded: boolean;
  error: IpcError | null;
  load(): Promise<void>;
  /** Remember tokens (metadata in history, text in memory); returns the entries, or the error. */
  add(items: HistoryAddItem[]): Promise<HistoryEntry[] | IpcError>;
  pin(id: string): Promise<IpcError | null>;
  unpin(id: string): Promise<IpcError | null>;
  remove(id: string): Promise<IpcError | null>;
  clear(): Promise<IpcError | null>;
}

function sortByExpiry(entries: HistoryEntry[]): HistoryEntry[] {
  return [...entries].sort((a, b) => a.expiresAt - b.expiresAt || a.addedAt - b.addedAt);
}

export function createBoardStore({ api }: StoreDeps) {
  return createStore<BoardState>()((set, get) => {
    const replace = (entry: HistoryEntry) => set({ entries: get().entries.map((e) => (e.id === entry.id ? entry : e)) });
    return {
      entries: [],
      tokens: {},
      loaded: false,
      error: null,
      async load() {
        const reply = await api.history.list();
        if (!reply.ok) {
          set({ error: reply.error, loaded: true });
          return;
        }
        set({ entries: sortByExpiry(reply.value.entries), loaded: true, error: null });
      },
      async add(items) {
        const reply = await api.history.add({ items });
        if (!reply.ok) {
          set({ error: reply.error });
          return reply.error;
        }
        const added = reply.value.entries;
        const known = new Set(get().entries.map((e) => e.id));
        const tokens = { ...get().tokens };
        added.forEach((entry, i) => {
          const text = items[i]?.token.trim();
          if (text) tokens[entry.id] = text;
        });
        const fresh = added.filter((e, i) => !known.has(e.id) && added.findIndex((x) => x.id === e.id) === i);
        set({ entries: fresh.length > 0 ? sortByExpiry([...get().entries, ...fresh]) : get().entries, tokens, error: null });
        return added;
      },
      async pin(id) {
        const token = get().tokens[id];
        if (!token) return { code: 'INVALID_INPUT', message: 'the text of this token is not known any more; paste it again to pin it' };
        const reply = await api.history.pin({ id, token });
        if (!reply.ok) return reply.error;
        replace(reply.value.entry);
        return null;
      },
      async unpin(id) {
        const reply = await api.history.unpin({ id });
        if (!reply.ok) return reply.error;
        replace(reply.value.entry);
        return null;
      },
      async remove(id) {
        const reply = await api.history.remove({ id });
        if (!reply.ok) return reply.error;
        const { [id]: _dropped, ...tokens } = get().tokens;
        set({ entries: get().entries.filter((e) => e.id !== id), tokens });
        return null;
      },
      async clear() {
        const reply = await api.history.clear();
        if (!reply.ok) return reply.error;
        const kept = get().entries.filter((e) => e.pinned);
        const tokens: Record<string, string> = {};
        for (const e of kept) {
          const text = get().tokens[e.id];
          if (text) tokens[e.id] = text;
        }
        set({ entries: kept, tokens });
        return null;
      },
    };
  });
}

export type BoardStore = ReturnType<typeof createBoardStore>;
