/**
 * The countdown board. One shared clock (useNowSeconds) drives every row; the list is
 * virtualised, so a thousand live tokens cost what the visible twenty do.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useRegistry } from '../../app/registry';
import { useAppStores, useBoard } from '../../app/stores';
import { useNowSeconds } from '../../lib/clock/ClockContext';
import { useLocale } from '../../lib/i18n/LocaleProvider';
import { useFamilyLabel } from '../../lib/i18n/useFamilyTexts';
import { arrangeBoard } from './arrangeBoard';
import { BoardRow, entryTitle } from './BoardRow';
import { countdownPhase } from './countdownPhase';

const ROW_HEIGHT = 72;

type Filter = 'all' | 'live' | 'expired';
/** A notice; `staleAt`: from this instant on `staleText` replaces it (no "you will be notified" after expiry). */
interface Note {
  text: string;
  staleAt?: number;
  staleText?: string;
}

export function BoardScreen() {
  const stores = useAppStores();
  const registry = useRegistry();
  const { t } = useLocale();
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<Filter>('all');
  const { entries, tokens, loaded, error } = useBoard(useShallow((s) => ({ entries: s.entries, tokens: s.tokens, loaded: s.loaded, error: s.error })));
  const now = useNowSeconds();
  const familyLabel = useFamilyLabel();
  const arranged = useMemo(() => arrangeBoard(entries, now), [entries, now]);
  const rows = useMemo(() => {
    const q = query.trim().toLowerCase();
    return arranged.filter((e) => {
      if (filter === 'live' && e.expiresAt <= now) return false;
      if (filter === 'expired' && e.expiresAt > now) return false;
      if (q === '') return true;
      return [entryTitle(e, registry, t), e.profileName ?? '', e.fingerprint, registry.label(e.format), familyLabel(e.format)].some((v) => v.toLowerCase().includes(q));
    });
  }, [arranged, filter, query, now, registry, t, familyLabel]);
  const [noteState, setNoteState] = useState<Note | null>(null);
  const setNote = useCallback((text: string | null) => setNoteState(text === null ? null : { text }), []);
  const note = noteState && noteState.staleAt !== undefined && now >= noteState.staleAt ? (noteState.staleText ?? null) : (noteState?.text ?? null);
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
      if (failure) setNote(t('board.copyFailed', { message: failure.message }));
    },
    [stores, setNote, t],
  );
  const onPin = useCallback(
    async (id: string, pin: boolean) => {
      const board = stores.board.getState();
      const failure = pin ? await board.pin(id) : await board.unpin(id);
      const entry = stores.board.getState().entries.find((e) => e.id === id);
      const title = entry ? entryTitle(entry, registry, t) : t('batch.token');
      if (failure) setNote(t(pin ? 'board.pinFailed' : 'board.unpinFailed', { message: failure.message }));
      else if (!pin) setNote(t('board.unpinned', { title }));
      else setNoteState({ text: t('board.pinned', { title }), ...(entry ? { staleAt: entry.expiresAt, staleText: t('board.pinnedExpired', { title }) } : {}) });
    },
    [stores, registry, setNote, t],
  );
  const onRemove = useCallback(
    async (id: string) => {
      const failure = await stores.board.getState().remove(id);
      setNote(failure ? t('board.removeFailed', { message: failure.message }) : t('board.removed'));
    },
    [stores, setNote, t],
  );

  return (
    <div className="screen board-screen">
      <header className="screen-header">
        <h1>{t('board.title')}</h1>
        <p className="muted">{t('board.intro')}</p>
      </header>
      <div className="toolbar">
        <p className="board-summary" aria-live="off">
          <span>{t('board.count', { count: entries.length })}</span>
          <span className={counts.soon > 0 ? 'phase-count phase-soon' : undefined}>{t('board.soon', { count: counts.soon })}</span>
          <span className={counts.will_expire > 0 ? 'phase-count phase-will_expire' : undefined}>
            {t('board.willExpire', { count: counts.will_expire })}{' '}
            <abbr className="help-mark" title={t('board.windowHelp')} aria-label={t('board.windowHelp')}>
              ?
            </abbr>
          </span>
          <span className={counts.expired > 0 ? 'phase-count phase-expired' : undefined}>{t('board.expired', { count: counts.expired })}</span>
        </p>
        <div className="spacer" />
        <div className="field">
          <label htmlFor="board-search">{t('board.search')}</label>
          <input id="board-search" type="search" value={query} placeholder={t('board.searchPlaceholder')} onChange={(e) => setQuery(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="board-filter">{t('board.filter')}</label>
          <select id="board-filter" value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
            <option value="all">{t('board.filterAll')}</option>
            <option value="live">{t('board.filterLive')}</option>
            <option value="expired">{t('board.filterExpired')}</option>
          </select>
        </div>
        <button
          type="button"
          className="secondary"
          disabled={entries.every((e) => e.pinned)}
          title={entries.length === 0 ? t('board.clearEmpty') : entries.every((e) => e.pinned) ? t('board.clearDisabled') : undefined}
          onClick={async () => {
            const failure = await stores.board.getState().clear();
            setNote(failure ? t('board.clearFailed', { message: failure.message }) : t('board.cleared'));
          }}
        >
          {t('board.clearUnpinned')}
        </button>
      </div>
      {error && (
        <p className="banner tone-bad" role="alert">
          {t('board.unavailable', { message: error.message })}
        </p>
      )}
      {note && (
        <p className="muted small" role="status">
          {note}
        </p>
      )}
      {loaded && rows.length === 0 ? (
        <p className="empty">{entries.length === 0 ? t('board.empty') : t('board.noMatch')}</p>
      ) : (
        <div className="board-scroll" ref={scrollRef} data-virtual-scroll="">
          <div role="list" aria-label={t('board.list')} className="board-list" style={{ height: virtualizer.getTotalSize() }}>
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
