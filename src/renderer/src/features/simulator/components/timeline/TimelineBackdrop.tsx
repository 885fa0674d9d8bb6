/**
 * The timeline's still part: lanes, outages, token validity, the 30-s warning windows,
 * connection states, token-server requests and the time axis. It depends on the run and the
 * visible range only, so playback never redraws it (memo: the screen's other changes skip it too).
 */
import { memo } from 'react';
import { LANES, type ConnectionState, type TimelineModel } from '../../timelineModel';
import { formatVirtualTime } from '../../virtualClock';
import { axisTicks, LABEL_W, LANE_H, laneY, RIGHT_PAD, TIMELINE_HEIGHT, TIMELINE_WIDTH, timeScale, TOP } from './timelineGeometry';

const STATE_COLOUR: Record<ConnectionState, string> = {
  offline: '#c9c9c4',
  connected: '#2e9e5b',
  'expired-token': '#d9a21b',
  reconnecting: '#e0892b',
  disconnected: '#c0392b',
};

interface Props {
  model: TimelineModel;
  from: number;
  to: number;
}

export const TimelineBackdrop = memo(function TimelineBackdrop({ model, from, to }: Props) {
  const width = TIMELINE_WIDTH;
  const height = TIMELINE_HEIGHT;
  const x = timeScale(from, to);
  const visible = (a: number, b: number) => b >= from && a <= to;
  return (
    <g>
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

      {axisTicks(from, to).map((t) => (
        <g key={`t${t}`}>
          <line x1={x(t)} x2={x(t)} y1={TOP} y2={TOP + LANES.length * LANE_H - 2} stroke="#000000" strokeOpacity={0.08} />
          <text x={x(t)} y={height - 8} textAnchor={x(t) > width - 70 ? 'end' : x(t) < LABEL_W + 30 ? 'start' : 'middle'} fill="#555555">
            {formatVirtualTime(t)}
          </text>
        </g>
      ))}
    </g>
  );
});
