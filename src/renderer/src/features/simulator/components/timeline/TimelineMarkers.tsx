/**
 * One keyboard-focusable marker per event in view, with its accessible name; events the
 * virtual clock has not reached yet are faded. It follows the clock only through "how many
 * events have passed", which changes when the clock crosses an event, not on every tick.
 *
 * At 1000× the clock crosses an event on nearly every frame, so a crossing must not redraw the
 * timeline's 1,500 markers: they are drawn in memoised groups of consecutive markers, and a
 * group is told the clock's position only while the clock is inside it (before it: "none
 * passed", after it: "all passed"), so one crossing re-renders one group, and in it only the
 * marker whose fading changed. Each group is also a layer of its own (TimelineLayer), so the
 * browser repaints the 48 markers of that group, not all 1,500.
 */
import { memo, useCallback, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { SimEvent, SimEventType } from '../../../../../../shared/sim/events';
import { useSimulator } from '../../../../app/stores';
import type { Marker, TimelineModel } from '../../timelineModel';
import { eventsPassed } from '../../virtualClock';
import { TimelineLayer } from './TimelineLayer';
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

/** Markers per memoised group: a crossing costs one group's props comparisons. */
const GROUP = 48;

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
  const markers = useMemo(() => model.markers.filter((m) => m.t >= from && m.t <= to), [model, from, to]);
  const groups = useMemo(() => {
    const drawn = markers.slice(0, MAX_MARKERS);
    const out: Marker[][] = [];
    for (let i = 0; i < drawn.length; i += GROUP) out.push(drawn.slice(i, i + GROUP));
    return out;
  }, [markers]);
  // The parent passes a new function on each of its renders; the markers keep one.
  const selectRef = useRef(onSelect);
  useLayoutEffect(() => {
    selectRef.current = onSelect;
  }, [onSelect]);
  const select = useCallback((index: number) => selectRef.current(index), []);
  const name = useCallback((m: Marker) => t('simulator.timeline.marker', { type: m.type, time: vt(m.t), text: describe(events[m.index] as SimEvent) }), [t, vt, describe, events]);
  return (
    <>
      {groups.map((group) => {
        const first = (group[0] as Marker).index;
        const last = (group[group.length - 1] as Marker).index;
        // Only the group the clock is in sees the clock's position.
        const groupPassed = passed <= first ? -1 : passed > last ? Number.POSITIVE_INFINITY : passed;
        const selected = selectedIndex !== null && selectedIndex >= first && selectedIndex <= last ? selectedIndex : null;
        return <MarkerGroup key={first} markers={group} from={from} to={to} passed={groupPassed} selectedIndex={selected} name={name} onSelect={select} />;
      })}
      {markers.length > MAX_MARKERS && (
        <TimelineLayer kind="marks">
          <text x={TIMELINE_WIDTH - RIGHT_PAD} y={TIMELINE_HEIGHT - 8} textAnchor="end" fill="#c0392b">
            {t('simulator.timeline.moreEvents', { count: markers.length - MAX_MARKERS })}
          </text>
        </TimelineLayer>
      )}
    </>
  );
}

interface GroupProps {
  markers: readonly Marker[];
  from: number;
  to: number;
  passed: number;
  selectedIndex: number | null;
  name(m: Marker): string;
  onSelect(index: number): void;
}

const MarkerGroup = memo(function MarkerGroup({ markers, from, to, passed, selectedIndex, name, onSelect }: GroupProps) {
  const x = timeScale(from, to);
  return (
    <TimelineLayer kind="marks">
      {markers.map((m) => (
        <MarkerDot key={`m${m.index}`} marker={m} cx={x(m.t)} reached={m.index < passed} selected={m.index === selectedIndex} name={name} onSelect={onSelect} />
      ))}
    </TimelineLayer>
  );
});

interface DotProps {
  marker: Marker;
  cx: number;
  reached: boolean;
  selected: boolean;
  name(m: Marker): string;
  onSelect(index: number): void;
}

const MarkerDot = memo(function MarkerDot({ marker: m, cx, reached, selected, name: nameOf, onSelect }: DotProps) {
  const cy = laneY(m.lane) + (LANE_H - 4) / 2;
  const name = nameOf(m);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(m.index);
    }
  };
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={name}
      aria-pressed={selected}
      data-event-index={m.index}
      onClick={() => onSelect(m.index)}
      onKeyDown={onKeyDown}
      style={{ cursor: 'pointer' }}
    >
      <title>{name}</title>
      {/* Faded with fill- and stroke-opacity, not an opacity effect per marker (see TimelineBackdrop). */}
      <circle
        cx={cx}
        cy={cy}
        r={selected ? 6.5 : 4.5}
        fill={MARKER_COLOUR[m.type] ?? MARKER_COLOUR.default}
        stroke={selected ? '#000000' : '#ffffff'}
        strokeWidth={1.5}
        fillOpacity={reached ? 1 : 0.35}
        strokeOpacity={reached ? 1 : 0.35}
      />
    </g>
  );
});
