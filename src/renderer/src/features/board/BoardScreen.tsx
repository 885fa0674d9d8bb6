/**
 * The countdown board. One shared clock (useNowSeconds) drives every row; the list is
 * virtualised, so a thousand live tokens cost what the visible twenty do.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStores, useBoard } from '../../app/stores';
import { useNowSeconds } from '../../lib/clock/ClockContext';
import { arrangeBoard } from './arrangeBoard';
import { BoardRow, entryTitle } from './BoardRow';
import { countdownPhase } from './countdownPhase';

const ROW_HEIGHT = 64;

export function BoardScreen() {
  const stores = useAppStores();
  const { entries, tokens, loaded, error } = useBoard(useShallow((s) => ({ entries: s.entries, tokens: s.tokens, loaded: s.loaded, error: s.error })));
  const now = useNowSeconds();
  const rows = useMemo(() => arrangeBoard(entries, now), [entries, now]);
  const [note, setNote] = useState<string | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual's functions cannot be memoised by the React Compiler; this app does not use it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });

  const counts = useMemo(() => {
    const c = { fresh: 0, soon: 0, will_expire: 0, expired: 0 };
    for (const e of entries) c[countdownPhase(e.expiresAt, now)]++;
    return c;
  }, [entries, now]);

  const onCopy = useCallback(
    async (id: string) => {
      const known = stores.board.getState().tokens[id];
      const failure = known ? await stores.clipboard.getState().copy(known, 'token') : await stores.clipboard.getState().copyPinned(id, 'token');
      if (failure) setNote(`Could not copy: ${failure.message}`);
    },
    [stores],
  );
  const onPin = useCallback(
    async (id: string, pin: boolean) => {
      const board = stores.board.getState();
      const failure = pin ? await board.pin(id) : await board.unpin(id);
      const entry = stores.board.getState().entries.find((e) => e.id === id);
      const title = entry ? entryTitle(entry) : 'token';
      setNote(failure ? `Could not ${pin ? 'pin' : 'unpin'}: ${failure.message}` : pin ? `Pinned ${title}: its text is in the keychain; you will be notified before it expires.` : `Unpinned ${title}.`);
    },
    [stores],
  );
  const onRemove = useCallback(
    async (id: string) => {
      const failure = await stores.board.getState().remove(id);
      setNote(failure ? `Could not remove: ${failure.message}` : 'Removed from the board.');
    },
    [stores],
  );

  return (
    <div className="screen board-screen">
      <header className="screen-header">
        <h1>Countdown board</h1>
        <p className="muted">
          Tokens you minted, pasted or pinned, soonest expiry first. History keeps what a token was for, not its text — pin a token to keep it in the
          keychain.
        </p>
      </header>
      <div className="toolbar">
        <p className="board-summary" aria-live="off">
          <span>
            {entries.length} token{entries.length === 1 ? '' : 's'}
          </span>
          <span className={counts.soon > 0 ? 'phase-count phase-soon' : undefined}>{counts.soon} under 5 min</span>
          <span className={counts.will_expire > 0 ? 'phase-count phase-will_expire' : undefined}>{counts.will_expire} in the 30-s window</span>
          <span className={counts.expired > 0 ? 'phase-count phase-expired' : undefined}>{counts.expired} expired</span>
        </p>
        <div className="spacer" />
        <button
          type="button"
          className="secondary"
          disabled={entries.every((e) => e.pinned)}
          onClick={async () => {
            const failure = await stores.board.getState().clear();
            setNote(failure ? `Could not clear: ${failure.message}` : 'Cleared every unpinned token.');
          }}
        >
          Clear unpinned
        </button>
      </div>
      {error && (
        <p className="banner tone-bad" role="alert">
          History is unavailable: {error.message}
        </p>
      )}
      {note && (
        <p className="muted small" role="status">
          {note}
        </p>
      )}
      {loaded && rows.length === 0 ? (
        <p className="empty">Nothing on the board yet. Mint a token in the Generator, or use “Watch on board” in the Inspector.</p>
      ) : (
        <div className="board-scroll" ref={scrollRef} data-virtual-scroll="">
          <div role="list" aria-label="Tokens by expiry" className="board-list" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const entry = rows[item.index]!;
              return (
                <div key={entry.id} className="board-slot" style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}>
                  <BoardRow entry={entry} now={now} hasText={entry.id in tokens} onCopy={onCopy} onPin={onPin} onRemove={onRemove} />
                </div>
              );
            })}
          </div>
        </div>
      )}
    </div>
  );
}
