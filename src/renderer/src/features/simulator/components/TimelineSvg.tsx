/**
 * The timeline of one client in one run, as SVG: four lanes (token validity, SDK connection,
 * app callbacks, token server), the 30-s warning windows shaded, outages hatched, a marker per
 * event and the virtual clock's cursor. Events after the cursor are drawn faded: what is still
 * to come as the clock plays.
 *
 * Colours are written on the elements (not in CSS) so an exported SVG or PNG looks the same
 * outside the app. Markers are keyboard-focusable buttons with an accessible name.
 */
import { forwardRef, type KeyboardEvent } from 'react';
import { describeSimEvent } from '../../../../../shared/sim/describeSimEvent';
import type { SimEvent, SimEventType } from '../../../../../shared/sim/events';
import { LANES, type ConnectionState, type LaneId, type TimelineModel } from '../timelineModel';
import { formatVirtualTime } from '../virtualClock';

interface Props {
  model: TimelineModel;
  events: readonly SimEvent[];
  /** Visible range of virtual time. */
  from: number;
  to: number;
  cursor: number;
  selectedIndex: number | null;
  label: string;
  onSelect(index: number): void;
}

export const TIMELINE_WIDTH = 800;
const LABEL_W = 104;
const RIGHT_PAD = 12;
const LANE_H = 38;
const TOP = 8;
const AXIS_H = 26;
/** More markers than this in view would make the page crawl; the list below still has them all. */
export const MAX_MARKERS = 1500;

const STATE_COLOUR: Record<ConnectionState, string> = {
  offline: '#c9c9c4',
  connected: '#2e9e5b',
  'expired-token': '#d9a21b',
  reconnecting: '#e0892b',
  disconnected: '#c0392b',
};

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

function laneY(lane: LaneId): number {
  return TOP + LANES.findIndex((l) => l.id === lane) * LANE_H;
}

function ticks(from: number, to: number): number[] {
  const span = Math.max(1, to - from);
  const steps = [1, 5, 10, 30, 60, 300, 600, 1800, 3600, 7200, 21_600, 43_200, 86_400];
  const step = steps.find((s) => span / s <= 6) ?? 86_400;
  const out: number[] = [];
  for (let t = Math.ceil(from / step) * step; t <= to; t += step) out.push(t);
  return out;
}

export const TimelineSvg = forwardRef<SVGSVGElement, Props>(function TimelineSvg(
  { model, events, from, to, cursor, selectedIndex, label, onSelect },
  ref,
) {
  const width = TIMELINE_WIDTH;
  const height = TOP + LANES.length * LANE_H + AXIS_H;
  const span = Math.max(1e-9, to - from);
  const x = (t: number) => LABEL_W + ((Math.min(to, Math.max(from, t)) - from) / span) * (width - LABEL_W - RIGHT_PAD);
  const visible = (a: number, b: number) => b >= from && a <= to;
  const markers = model.markers.filter((m) => m.t >= from && m.t <= to);
  const drawn = markers.slice(0, MAX_MARKERS);
  const keySelect = (index: number) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(index);
    }
  };

  return (
    <svg
      ref={ref}
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="group"
      aria-label={label}
      className="sim-timeline"
      fontFamily="system-ui, sans-serif"
      fontSize="12"
    >
      <rect x={0} y={0} width={width} height={height} fill="#ffffff" />
      {LANES.map((lane) => (
        <g key={lane.id}>
          <rect x={LABEL_W} y={laneY(lane.id)} width={width - LABEL_W - RIGHT_PAD} height={LANE_H - 4} fill="#f4f4f1" />
          <text x={6} y={laneY(lane.id) + LANE_H / 2 + 2} fill="#333333">
            {lane.label}
          </text>
        </g>
      ))}

      {model.outages
        .filter((o) => visible(o.from, o.to))
        .map((o, i) => (
          <rect key={`o${i}`} x={x(o.from)} y={TOP} width={Math.max(1, x(o.to) - x(o.from))} height={LANES.length * LANE_H - 4} fill={o.kind === 'sleep' ? '#6b5fb5' : '#888888'} opacity={0.16}>
            <title>{`${o.kind === 'sleep' ? 'asleep' : 'offline'} ${formatVirtualTime(o.from)} – ${formatVirtualTime(o.to)}`}</title>
          </rect>
        ))}

      {model.tokens
        .filter((b) => visible(b.from, b.to))
        .map((b) => (
          <rect
            key={`tok${b.index}`}
            x={x(b.from)}
            y={laneY('token') + 6}
            width={Math.max(1, x(b.to) - x(b.from))}
            height={LANE_H - 16}
            rx={3}
            fill={b.fault ? '#c0392b' : b.held ? '#2f5fd0' : '#9db3e8'}
            opacity={b.held ? 0.8 : 0.5}
          >
            <title>{`token valid ${formatVirtualTime(b.from)} – ${formatVirtualTime(b.to)}${b.fault ? ` (wrong: ${b.fault})` : b.held ? '' : ' (not taken by the SDK)'}`}</title>
          </rect>
        ))}
      {model.warnings
        .filter((w) => visible(w.from, w.to))
        .map((w, i) => (
          <rect key={`w${i}`} x={x(w.from)} y={TOP} width={Math.max(1, x(w.to) - x(w.from))} height={LANES.length * LANE_H - 4} fill="#d9a21b" opacity={0.22} data-warning-window="">
            <title>{`30-s warning window ${formatVirtualTime(w.from)} – ${formatVirtualTime(w.to)}`}</title>
          </rect>
        ))}

      {model.connection
        .filter((s) => visible(s.from, s.to))
        .map((s, i) => (
          <rect key={`c${i}`} x={x(s.from)} y={laneY('sdk') + 8} width={Math.max(1, x(s.to) - x(s.from))} height={LANE_H - 20} fill={STATE_COLOUR[s.state]}>
            <title>{`${s.state.replace('-', ' ')} ${formatVirtualTime(s.from)} – ${formatVirtualTime(s.to)}`}</title>
          </rect>
        ))}

      {model.requests
        .filter((r) => visible(r.from, r.to))
        .map((r) => (
          <rect
            key={`r${r.request}`}
            x={x(r.from)}
            y={laneY('server') + 9}
            width={Math.max(2, x(r.to) - x(r.from))}
            height={LANE_H - 22}
            fill={r.outcome === 'issued' ? '#2f5fd0' : r.outcome === 'failed' ? '#c0392b' : '#999999'}
            opacity={0.6}
          >
            <title>{`request ${r.request} (${r.purpose}): ${r.outcome}, ${formatVirtualTime(r.from)} – ${formatVirtualTime(r.to)}`}</title>
          </rect>
        ))}

      {drawn.map((m) => {
        const event = events[m.index] as SimEvent;
        const cx = x(m.t);
        const cy = laneY(m.lane) + (LANE_H - 4) / 2;
        const selected = m.index === selectedIndex;
        const name = `${m.type} at ${formatVirtualTime(m.t)}: ${describeSimEvent(event)}`;
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
            opacity={m.t <= cursor ? 1 : 0.35}
            style={{ cursor: 'pointer' }}
          >
            <title>{name}</title>
            <circle cx={cx} cy={cy} r={selected ? 6.5 : 4.5} fill={MARKER_COLOUR[m.type] ?? MARKER_COLOUR.default} stroke={selected ? '#000000' : '#ffffff'} strokeWidth={1.5} />
          </g>
        );
      })}

      {ticks(from, to).map((t) => (
        <g key={`t${t}`}>
          <line x1={x(t)} x2={x(t)} y1={TOP} y2={TOP + LANES.length * LANE_H - 2} stroke="#000000" strokeOpacity={0.08} />
          <text x={x(t)} y={height - 8} textAnchor={x(t) > width - 70 ? 'end' : x(t) < LABEL_W + 30 ? 'start' : 'middle'} fill="#555555">
            {formatVirtualTime(t)}
          </text>
        </g>
      ))}
      {cursor >= from && cursor <= to && (
        <line x1={x(cursor)} x2={x(cursor)} y1={2} y2={TOP + LANES.length * LANE_H} stroke="#111111" strokeWidth={1.5} data-cursor="">
          <title>{`virtual clock ${formatVirtualTime(cursor)}`}</title>
        </line>
      )}
      {markers.length > drawn.length && (
        <text x={width - RIGHT_PAD} y={height - 8} textAnchor="end" fill="#c0392b">
          {`${markers.length - drawn.length} more events: zoom in`}
        </text>
      )}
    </svg>
  );
});
