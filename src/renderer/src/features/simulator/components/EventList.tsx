/**
 * The selected client's events as a list of buttons (the timeline's markers, readable in
 * order); events still to come on the virtual clock are marked so. It follows the clock only
 * through "how many events have passed", so playback redraws it when an event is crossed —
 * and then only the rows whose "still to come" changed: the client's events are picked out of
 * the run once (not on every crossing) and each row is memoised.
 */
import { memo, useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import type { SimEvent } from '../../../../../shared/sim/events';
import { useSimulator } from '../../../app/stores';
import { eventsPassed } from '../virtualClock';
import { useSimText } from '../simText';

export const EVENT_LIST_LIMIT = 500;

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
  const { mine, total } = useMemo(() => {
    const picked: { e: SimEvent; index: number }[] = [];
    let count = 0;
    events.forEach((e, index) => {
      if (e.client !== client) return;
      count++;
      if (picked.length < EVENT_LIST_LIMIT) picked.push({ e, index });
    });
    return { mine: picked, total: count };
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
        {mine.map(({ e, index }) => (
          <EventRow key={index} event={e} index={index} future={index >= passed} selected={index === selectedIndex} onSelect={select} />
        ))}
      </ol>
      {total > mine.length && <p className="field-hint">{t('simulator.event.showingFirst', { shown: EVENT_LIST_LIMIT, total })}</p>}
    </section>
  );
}

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
