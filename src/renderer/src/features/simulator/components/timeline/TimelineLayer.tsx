/**
 * One layer of the timeline: an SVG of the timeline's full size, stacked over the others
 * (TimelineSvg). Each is a paint layer and a layout boundary of its own, so a change inside
 * one repaints that layer only.
 */
import type { ReactNode } from 'react';
import { TIMELINE_HEIGHT, TIMELINE_WIDTH } from './timelineGeometry';

export type LayerKind = 'still' | 'marks' | 'clock';

export function TimelineLayer({ kind, children }: { kind: LayerKind; children: ReactNode }) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${TIMELINE_WIDTH} ${TIMELINE_HEIGHT}`}
      width="100%"
      className={`sim-timeline-layer sim-timeline-${kind}`}
      fontFamily="system-ui, sans-serif"
      fontSize="12"
      data-timeline-layer={kind}
    >
      {children}
    </svg>
  );
}
