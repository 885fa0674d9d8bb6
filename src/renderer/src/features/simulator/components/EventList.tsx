/**
 * The selected client's events as a list of buttons (the timeline's markers, readable in
 * order); events still to come on the virtual clock are marked so. It follows the clock only
 * through "how many events have passed", so playback redraws it when an event is crossed.
 */
import { describeSimEvent } from '../../../../../shared/sim/describeSimEvent';
import type { SimEvent } from '../../../../../shared/sim/events';
import { useSimulator } from '../../../app/stores';
import { eventsPassed, formatVirtualTime } from '../virtualClock';

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
  const mine: { e: SimEvent; index: number }[] = [];
  let total = 0;
  events.forEach((e, index) => {
    if (e.client !== client) return;
    total++;
    if (mine.length < EVENT_LIST_LIMIT) mine.push({ e, index });
  });
  return (
    <section className="sim-events" aria-label={label}>
      <ol className="sim-event-list">
        {mine.map(({ e, index }) => (
          <li key={index}>
            <button
              type="button"
              className={`sim-event-row${index >= passed ? ' future' : ''}`}
              aria-pressed={index === selectedIndex}
              onClick={() => onSelect(index)}
            >
              <span className="mono num">{formatVirtualTime(e.t)}</span> <span className="mono">{e.type}</span> <span>{describeSimEvent(e)}</span>
              {index >= passed && <span className="visually-hidden"> (still to come)</span>}
            </button>
          </li>
        ))}
      </ol>
      {total > mine.length && <p className="field-hint">Showing the first {EVENT_LIST_LIMIT} of {total} events of this client.</p>}
    </section>
  );
}
