/**
 * The selected client's events as a list of buttons (the timeline's markers, readable in
 * order); events still to come on the virtual clock are marked so. It follows the clock only
 * through "how many events have passed", so playback redraws it when an event is crossed.
 */
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
  const { t, vt, event: describe } = useSimText();
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
              <span className="mono num">{vt(e.t)}</span> <span className="mono">{e.type}</span> <span>{describe(e)}</span>
              {index >= passed && <span className="visually-hidden">{t('simulator.event.stillToCome')}</span>}
            </button>
          </li>
        ))}
      </ol>
      {total > mine.length && <p className="field-hint">{t('simulator.event.showingFirst', { shown: EVENT_LIST_LIMIT, total })}</p>}
    </section>
  );
}
