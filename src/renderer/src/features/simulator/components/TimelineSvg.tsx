/**
 * The timeline of one client in one run, as SVG: four lanes (token validity, SDK connection,
 * app callbacks, token server), the 30-s warning windows shaded, outages hatched, a marker per
 * event and the virtual clock's cursor. Events after the cursor are drawn faded: what is still
 * to come as the clock plays.
 *
 * Drawn in three layers so playback redraws only what moves: the still backdrop (memoised on
 * the run and the range), the markers (redrawn when the clock crosses an event) and the cursor
 * (every tick). Colours are written on the elements (not in CSS) so an exported SVG or PNG
 * looks the same outside the app. Markers are keyboard-focusable buttons with an accessible name.
 */
import { forwardRef } from 'react';
import type { SimEvent } from '../../../../../shared/sim/events';
import type { TimelineModel } from '../timelineModel';
import { TimelineBackdrop } from './timeline/TimelineBackdrop';
import { TimelineCursor } from './timeline/TimelineCursor';
import { TimelineMarkers } from './timeline/TimelineMarkers';
import { TIMELINE_HEIGHT, TIMELINE_WIDTH } from './timeline/timelineGeometry';

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

export const TimelineSvg = forwardRef<SVGSVGElement, Props>(function TimelineSvg({ model, events, from, to, selectedIndex, label, onSelect }, ref) {
  return (
    <svg
      ref={ref}
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${TIMELINE_WIDTH} ${TIMELINE_HEIGHT}`}
      width="100%"
      role="group"
      aria-label={label}
      className="sim-timeline"
      fontFamily="system-ui, sans-serif"
      fontSize="12"
    >
      <TimelineBackdrop model={model} from={from} to={to} />
      <TimelineMarkers model={model} events={events} from={from} to={to} selectedIndex={selectedIndex} onSelect={onSelect} />
      <TimelineCursor from={from} to={to} />
    </svg>
  );
});
