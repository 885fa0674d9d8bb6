/**
 * The selected client's events as a list of buttons (the timeline's markers, readable in
 * order); events still to come on the virtual clock are marked so. It follows the clock only
 * through "how many events have passed", so playback redraws it when an event is crossed —
 * and then only the rows whose "still to come" changed: the client's events are picked out of
 * the run once (not on every crossing), and rows are drawn in memoised chunks of consecutive
 * events told the clock's position only while the clock is inside them (as the timeline's
 * marker groups are), so a crossing re-renders one chunk, and in it the row that changed.
 */
import { memo, useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import type { SimEvent } from '../../../../../shared/sim/events';
import { useSimulator } from '../../../app/stores';
import { eventsPassed } from '../virtualClock';
import { useSimText } from '../simText';

export const EVENT_LIST_LIMIT = 500;

/** Rows per memoised chunk: a crossing costs one chunk's props comparisons. */
const CHUNK = 50;

interface Props {
  events: readonly SimEvent[];
  client: number;
  selectedIndex: number | null;
  label: string;
  onSelect(index: number): void;
}

export function EventList({ events, client, selectedIndex, label, onSelect }: Props) {
  // Events are in time order: index ≥ passed ⇔ still to come.
  const passed = useSimulator((s) => eventsPassed(events, s.clock.t));
  const { t } = useSimText();
  const { mine, shown, total } = useMemo(() => {
    const picked: { e: SimEvent; index: number }[] = [];
    let count = 0;
    events.forEach((e, index) => {
      if (e.client !== client) return;
      count++;
      if (picked.length < EVENT_LIST_LIMIT) picked.push({ e, index });
    });
    const chunks: { e: SimEvent; index: number }[][] = [];
    for (let i = 0; i < picked.length; i += CHUNK) chunks.push(picked.slice(i, i + CHUNK));
    return { mine: chunks, shown: picked.length, total: count };
  }, [events, client]);
  // The parent passes a new function on each of its renders; the rows keep one.
  const selectRef = useRef(onSelect);
  useLayoutEffect(() => {
    selectRef.current = onSelect;
  }, [onSelect]);
  const select = useCallback((index: number) => selectRef.current(index), []);
  return (
    <section className="sim-events" aria-label={label}>
      <ol className="sim-event-list">
        {mine.map((chunk) => {
          const first = chunk[0]!.index;
          const last = chunk[chunk.length - 1]!.index;
          // Only the chunk the clock is in sees the clock's position.
          const chunkPassed = passed <= first ? -1 : passed > last ? Number.POSITIVE_INFINITY : passed;
          const selected = selectedIndex !== null && selectedIndex >= first && selectedIndex <= last ? selectedIndex : null;
          return <EventChunk key={first} rows={chunk} passed={chunkPassed} selectedIndex={selected} onSelect={select} />;
        })}
      </ol>
      {total > shown && <p className="field-hint">{t('simulator.event.showingFirst', { shown: EVENT_LIST_LIMIT, total })}</p>}
    </section>
  );
}

interface ChunkProps {
  rows: readonly { e: SimEvent; index: number }[];
  passed: number;
  selectedIndex: number | null;
  onSelect(index: number): void;
}

const EventChunk = memo(function EventChunk({ rows, passed, selectedIndex, onSelect }: ChunkProps) {
  return (
    <>
      {rows.map(({ e, index }) => (
        <EventRow key={index} event={e} index={index} future={index >= passed} selected={index === selectedIndex} onSelect={onSelect} />
      ))}
    </>
  );
});

interface RowProps {
  event: SimEvent;
  index: number;
  future: boolean;
  selected: boolean;
  onSelect(index: number): void;
}

const EventRow = memo(function EventRow({ event: e, index, future, selected, onSelect }: RowProps) {
  const { t, vt, event: describe } = useSimText();
  return (
    <li>
      <button type="button" className={`sim-event-row${future ? ' future' : ''}`} aria-pressed={selected} onClick={() => onSelect(index)}>
        <span className="mono num">{vt(e.t)}</span> <span className="mono">{e.type}</span> <span>{describe(e)}</span>
        {future && <span className="visually-hidden">{t('simulator.event.stillToCome')}</span>}
      </button>
    </li>
  );
});
