/**
 * One keyboard-focusable marker per event in view, with its accessible name; events the
 * virtual clock has not reached yet are faded. It follows the clock only through "how many
 * events have passed", which changes when the clock crosses an event, not on every tick.
 */
import type { KeyboardEvent } from 'react';
import type { SimEvent, SimEventType } from '../../../../../../shared/sim/events';
import { useSimulator } from '../../../../app/stores';
import type { TimelineModel } from '../../timelineModel';
import { eventsPassed } from '../../virtualClock';
import { useSimText } from '../../simText';
import { LANE_H, laneY, RIGHT_PAD, TIMELINE_HEIGHT, TIMELINE_WIDTH, timeScale } from './timelineGeometry';

/** More markers than this in view would make the page crawl; the list below still has them all. */
export const MAX_MARKERS = 1500;

const MARKER_COLOUR: Partial<Record<SimEventType, string>> & { default: string } = {
  token_will_expire: '#d9a21b',
  token_expired: '#c0392b',
  disconnected: '#c0392b',
  login_failed: '#c0392b',
  renew_failed: '#c0392b',
  renew_succeeded: '#2e9e5b',
  login: '#2e9e5b',
  reconnected: '#2e9e5b',
  token_issued: '#2f5fd0',
  renew_requested: '#2f5fd0',
  default: '#555555',
};

interface Props {
  model: TimelineModel;
  events: readonly SimEvent[];
  from: number;
  to: number;
  selectedIndex: number | null;
  onSelect(index: number): void;
}

export function TimelineMarkers({ model, events, from, to, selectedIndex, onSelect }: Props) {
  // Events are in time order: index < passed ⇔ the event's time ≤ the clock.
  const passed = useSimulator((s) => eventsPassed(events, s.clock.t));
  const { t, vt, event: describe } = useSimText();
  const x = timeScale(from, to);
  const markers = model.markers.filter((m) => m.t >= from && m.t <= to);
  const drawn = markers.slice(0, MAX_MARKERS);
  const keySelect = (index: number) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(index);
    }
  };
  return (
    <g>
      {drawn.map((m) => {
        const event = events[m.index] as SimEvent;
        const cx = x(m.t);
        const cy = laneY(m.lane) + (LANE_H - 4) / 2;
        const selected = m.index === selectedIndex;
        const name = t('simulator.timeline.marker', { type: m.type, time: vt(m.t), text: describe(event) });
        return (
          <g
            key={`m${m.index}`}
            role="button"
            tabIndex={0}
            aria-label={name}
            aria-pressed={selected}
            data-event-index={m.index}
            onClick={() => onSelect(m.index)}
            onKeyDown={keySelect(m.index)}
            opacity={m.index < passed ? 1 : 0.35}
            style={{ cursor: 'pointer' }}
          >
            <title>{name}</title>
            <circle cx={cx} cy={cy} r={selected ? 6.5 : 4.5} fill={MARKER_COLOUR[m.type] ?? MARKER_COLOUR.default} stroke={selected ? '#000000' : '#ffffff'} strokeWidth={1.5} />
          </g>
        );
      })}
      {markers.length > drawn.length && (
        <text x={TIMELINE_WIDTH - RIGHT_PAD} y={TIMELINE_HEIGHT - 8} textAnchor="end" fill="#c0392b">
          {t('simulator.timeline.moreEvents', { count: markers.length - drawn.length })}
        </text>
      )}
    </g>
  );
}
