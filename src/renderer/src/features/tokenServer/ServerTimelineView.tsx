/**
 * A token server log on the simulator's own timeline (TimelineSvg, the lanes of a simulation
 * run): the app's requests in the token-server lane beside the token validity, the SDK's
 * connection and the callbacks expected for the tokens it was served — one client at a time —
 * then the story, one sentence per token.
 */
import { useMemo, useState } from 'react';
import type { ServerTimeline, StoryItem } from '../../../../shared/tokenServer/logTimeline';
import { useLocale } from '../../lib/i18n/LocaleProvider';
import { TimelineSvg } from '../simulator/components/TimelineSvg';
import { buildTimeline } from '../simulator/timelineModel';

function useStoryText(): (item: StoryItem) => string {
  const { t, number } = useLocale();
  return (item) => {
    const served = t('tokenServer.story.served', { seq: item.seq, user: item.user ?? t('tokenServer.timeline.unknownUser'), lives: number(item.livesSeconds) });
    return t(`tokenServer.story.${item.kind}`, { served, seconds: number(item.seconds), later: number(item.laterSeconds), warning: number(item.warningSeconds) });
  };
}

export function ServerTimelineView({ timeline }: { timeline: ServerTimeline }) {
  const { t } = useLocale();
  const storyText = useStoryText();
  const [client, setClient] = useState(0);
  const [selected, setSelected] = useState<number | null>(null);
  const shown = timeline.clients[client] ?? timeline.clients[0];
  const end = Math.max(1, Math.ceil(timeline.durationSeconds * 1.05));
  const model = useMemo(() => (shown ? buildTimeline(timeline.events, shown.client, end, shown.platform ?? '') : null), [timeline, shown, end]);
  return (
    <div className="ts-timeline-view">
      {timeline.clients.length > 1 && (
        <label className="field ts-client">
          <span>{t('tokenServer.timeline.client')}</span>
          <select value={shown?.client ?? 0} onChange={(e) => setClient(Number(e.target.value))}>
            {timeline.clients.map((c) => (
              <option key={c.client} value={c.client}>
                {t('tokenServer.timeline.clientOption', { user: c.user ?? t('tokenServer.timeline.unknownUser'), family: c.family ?? '?', profile: c.profile ?? '?' })}
              </option>
            ))}
          </select>
        </label>
      )}
      {model && shown && (
        <TimelineSvg
          model={model}
          events={timeline.events}
          from={0}
          to={end}
          selectedIndex={selected}
          label={t('tokenServer.timeline.svgLabel', { user: shown.user ?? t('tokenServer.timeline.unknownUser') })}
          onSelect={setSelected}
        />
      )}
      <ul className="ts-story" aria-label={t('tokenServer.timeline.storyLabel')}>
        {timeline.story.map((item) => (
          <li key={item.seq}>{storyText(item)}</li>
        ))}
      </ul>
    </div>
  );
}
