/**
 * The timeline of one client in one run, as SVG: four lanes (token validity, SDK connection,
 * app callbacks, token server), the 30-s warning windows shaded, outages hatched, a marker per
 * event and the virtual clock's cursor. Events after the cursor are drawn faded: what is still
 * to come as the clock plays.
 *
 * Drawn as stacked SVG layers of one size, so playback repaints only what moves: the still
 * backdrop (memoised on the run and the range), the markers in groups of consecutive events
 * (a group redrawn when the clock crosses one of its events) and the cursor (every tick). Each layer is its own paint layer: a frame
 * that moves the cursor or fades a marker never walks the backdrop's thousands of bars again
 * (in one SVG, any change repainted all of it). The layers above the backdrop let the pointer
 * through except on their markers and the cursor, so every tooltip still shows. Colours are
 * written on the elements (not in CSS) so an exported SVG or PNG, the layers merged back into
 * one SVG (timelineSvgText), looks the same outside the app. Markers are keyboard-focusable
 * buttons with an accessible name.
 */
import { forwardRef } from 'react';
import type { SimEvent } from '../../../../../shared/sim/events';
import type { TimelineModel } from '../timelineModel';
import { TimelineBackdrop } from './timeline/TimelineBackdrop';
import { TimelineCursor } from './timeline/TimelineCursor';
import { TimelineMarkers } from './timeline/TimelineMarkers';
import { TimelineLayer } from './timeline/TimelineLayer';
import './timeline/timeline.css';

interface Props {
  model: TimelineModel;
  events: readonly SimEvent[];
  /** Visible range of virtual time. */
  from: number;
  to: number;
  selectedIndex: number | null;
  label: string;
  onSelect(index: number): void;
}

export const TimelineSvg = forwardRef<HTMLDivElement, Props>(function TimelineSvg({ model, events, from, to, selectedIndex, label, onSelect }, ref) {
  return (
    <div ref={ref} role="group" aria-label={label} className="sim-timeline">
      <TimelineLayer kind="still">
        <TimelineBackdrop model={model} from={from} to={to} />
      </TimelineLayer>
      <TimelineMarkers model={model} events={events} from={from} to={to} selectedIndex={selectedIndex} onSelect={onSelect} />
      <TimelineLayer kind="clock">
        <TimelineCursor from={from} to={to} />
      </TimelineLayer>
    </div>
  );
});
