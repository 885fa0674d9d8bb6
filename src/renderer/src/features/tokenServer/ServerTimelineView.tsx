/**
 * Two lanes on one time axis — the app's requests and the SDK events expected for the tokens
 * it was served — and the story, one sentence per token.
 */
import type { ServerTimeline } from '../../../../shared/tokenServer/logTimeline';

const KIND_CLASS: Record<string, string> = {
  'request-ok': 'tone-good',
  'request-failed': 'tone-bad',
  'request-bad-token': 'tone-warn',
  'will-expire': 'tone-warn',
  expired: 'tone-bad',
};

export function ServerTimelineView({ timeline }: { timeline: ServerTimeline }) {
  const span = Math.max(1, timeline.durationSeconds);
  return (
    <div className="ts-timeline-view">
      {timeline.lanes.map((lane) => (
        <div key={lane.id} className="ts-lane">
          <div className="ts-lane-label small">{lane.label}</div>
          <ol className="ts-lane-track" aria-label={lane.label}>
            {lane.markers.map((m, i) => (
              <li key={i} className={`ts-marker ${KIND_CLASS[m.kind] ?? ''}`} style={{ left: `${(m.t / span) * 100}%` }} title={`${m.t} s: ${m.label}`}>
                <span className="visually-hidden">{`${m.t} s: ${m.label}`}</span>
              </li>
            ))}
          </ol>
        </div>
      ))}
      <div className="ts-axis small muted">
        <span>0 s</span>
        <span>{span} s</span>
      </div>
      <ul className="ts-story" aria-label="What happened to each token">
        {timeline.story.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
