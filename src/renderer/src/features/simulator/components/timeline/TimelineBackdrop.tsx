/**
 * The timeline's still part: lanes, outages, token validity, the 30-s warning windows,
 * connection states, token-server requests and the time axis (as a clock reads, 1:30:00, so
 * the ticks never run into each other). It depends on the run and the
 * visible range only, so playback never redraws it (memo: the screen's other changes skip it too).
 * Translucency is fill-opacity, never opacity: an element's opacity is a compositing effect of
 * its own, and thousands of them (a 10,000-event run) made each frame's layerisation cost
 * tens of milliseconds; a translucent fill is drawn as part of the shape.
 */
import { memo } from 'react';
import { LANES, type ConnectionState, type TimelineModel } from '../../timelineModel';
import { clockTime } from '../../../../../../shared/time/clockTime';
import { useSimText } from '../../simText';
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
  const { t, vt } = useSimText();
  const range = (a: number, b: number) => ({ from: vt(a), to: vt(b) });
  return (
    <g className="sim-timeline-backdrop">
      <rect x={0} y={0} width={width} height={height} fill="#ffffff" />
      {LANES.map((lane) => (
        <g key={lane.id}>
          <rect x={LABEL_W} y={laneY(lane.id)} width={width - LABEL_W - RIGHT_PAD} height={LANE_H - 4} fill="#f4f4f1" />
          <text x={6} y={laneY(lane.id) + LANE_H / 2 + 2} fill="#333333" fontSize={11}>
            {t(`simulator.lane.${lane.id}`)}
          </text>
        </g>
      ))}

      {model.outages
        .filter((o) => visible(o.from, o.to))
        .map((o, i) => (
          <rect key={`o${i}`} x={x(o.from)} y={TOP} width={Math.max(1, x(o.to) - x(o.from))} height={LANES.length * LANE_H - 4} fill={o.kind === 'sleep' ? '#6b5fb5' : '#888888'} fillOpacity={0.16}>
            <title>{t(o.kind === 'sleep' ? 'simulator.timeline.asleep' : 'simulator.timeline.offline', range(o.from, o.to))}</title>
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
            fillOpacity={b.held ? 0.8 : 0.5}
          >
            <title>
              {b.fault
                ? t('simulator.timeline.tokenWrong', { ...range(b.from, b.to), fault: t(`simulator.event.fault.${b.fault}`) })
                : t(b.held ? 'simulator.timeline.token' : 'simulator.timeline.tokenNotTaken', range(b.from, b.to))}
            </title>
          </rect>
        ))}
      {model.warnings
        .filter((w) => visible(w.from, w.to))
        .map((w, i) => (
          <rect key={`w${i}`} x={x(w.from)} y={TOP} width={Math.max(1, x(w.to) - x(w.from))} height={LANES.length * LANE_H - 4} fill="#d9a21b" fillOpacity={0.22} data-warning-window="">
            <title>{t('simulator.timeline.window', range(w.from, w.to))}</title>
          </rect>
        ))}

      {model.connection
        .filter((s) => visible(s.from, s.to))
        .map((s, i) => (
          <rect key={`c${i}`} x={x(s.from)} y={laneY('sdk') + 8} width={Math.max(1, x(s.to) - x(s.from))} height={LANE_H - 20} fill={STATE_COLOUR[s.state]}>
            <title>{t('simulator.timeline.state', { state: t(`simulator.timeline.states.${s.state}`), ...range(s.from, s.to) })}</title>
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
            fillOpacity={0.6}
          >
            <title>
              {t('simulator.timeline.request', {
                request: r.request,
                purpose: t(`simulator.event.purpose.${r.purpose}`, { defaultValue: r.purpose }),
                outcome: t(`simulator.timeline.outcomes.${r.outcome}`),
                ...range(r.from, r.to),
              })}
            </title>
          </rect>
        ))}

      {axisTicks(from, to).map((tick) => (
        <g key={`t${tick}`}>
          <line x1={x(tick)} x2={x(tick)} y1={TOP} y2={TOP + LANES.length * LANE_H - 2} stroke="#000000" strokeOpacity={0.08} />
          <text x={x(tick)} y={height - 8} textAnchor={x(tick) > width - 70 ? 'end' : x(tick) < LABEL_W + 30 ? 'start' : 'middle'} fill="#555555">
            {clockTime(tick)}
          </text>
        </g>
      ))}
    </g>
  );
});
