/**
 * Where things go on the timeline SVG: its size, the lanes' rows, and the scale from virtual
 * time to x within the visible range. Shared by the timeline's layers so they line up.
 */
import { LANES, type LaneId } from '../../timelineModel';

export const TIMELINE_WIDTH = 800;
export const LABEL_W = 104;
export const RIGHT_PAD = 12;
export const LANE_H = 38;
export const TOP = 8;
export const AXIS_H = 26;
export const TIMELINE_HEIGHT = TOP + LANES.length * LANE_H + AXIS_H;
/** The bottom of the last lane. */
export const LANES_BOTTOM = TOP + LANES.length * LANE_H;

export function laneY(lane: LaneId): number {
  return TOP + LANES.findIndex((l) => l.id === lane) * LANE_H;
}

/** x of a virtual time, clamped to the visible range [from, to]. */
export function timeScale(from: number, to: number): (t: number) => number {
  const span = Math.max(1e-9, to - from);
  return (t) => LABEL_W + ((Math.min(to, Math.max(from, t)) - from) / span) * (TIMELINE_WIDTH - LABEL_W - RIGHT_PAD);
}

/** Round times for the axis: at most about six in the range. */
export function axisTicks(from: number, to: number): number[] {
  const span = Math.max(1, to - from);
  const steps = [1, 5, 10, 30, 60, 300, 600, 1800, 3600, 7200, 21_600, 43_200, 86_400];
  const step = steps.find((s) => span / s <= 6) ?? 86_400;
  const out: number[] = [];
  for (let t = Math.ceil(from / step) * step; t <= to; t += step) out.push(t);
  return out;
}
