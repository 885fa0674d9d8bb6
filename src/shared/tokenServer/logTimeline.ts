/**
 * A token server run on the simulator's timeline: the app's requests in one lane, the SDK
 * events expected for the tokens it was served in another, and one sentence per token
 * ("the app asked for a new token 4 s after the 30-s warning; the token expired 26 s later").
 *
 * Pure: it reads only the log. "Will expire" is the 30-s warning ZIM, Express and CommsEase
 * give (docs/sdk-lifecycle.md); `warningSeconds` changes it.
 */
import type { RequestLogEntry } from './requestLog';

export const SDK_WARNING_SECONDS = 30;

export type TimelineMarkerKind = 'request-ok' | 'request-failed' | 'request-bad-token' | 'will-expire' | 'expired';

export interface TimelineMarker {
  /** Seconds since the first request of the log. */
  t: number;
  kind: TimelineMarkerKind;
  label: string;
}

export interface TimelineLane {
  id: 'app' | 'sdk';
  label: string;
  markers: TimelineMarker[];
}

export interface ServerTimeline {
  /** Epoch milliseconds of t = 0. */
  origin: number;
  durationSeconds: number;
  lanes: TimelineLane[];
  /** One sentence per served token, in order. */
  story: string[];
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
const secondsText = (x: number): string => `${round1(Math.abs(x))} s`;

function whoOf(e: RequestLogEntry): string {
  return `${e.family ?? '?'}/${e.profile ?? '?'}/${e.user ?? '?'}`;
}

export function buildServerTimeline(entries: readonly RequestLogEntry[], warningSeconds = SDK_WARNING_SECONDS): ServerTimeline {
  const sorted = [...entries].sort((a, b) => a.at - b.at || a.seq - b.seq);
  const origin = sorted[0]?.at ?? 0;
  const rel = (epochMs: number): number => round1((epochMs - origin) / 1000);
  const app: TimelineMarker[] = [];
  const sdk: TimelineMarker[] = [];
  const story: string[] = [];
  let end = 0;

  sorted.forEach((e, i) => {
    const badToken = e.faults.some((f) => f === 'expired' || f === 'other-user' || f === 'other-app');
    const kind: TimelineMarkerKind = e.status !== 200 ? 'request-failed' : badToken ? 'request-bad-token' : 'request-ok';
    const faults = e.faults.length > 0 ? ` (${e.faults.join(', ')})` : '';
    app.push({ t: rel(e.at), kind, label: `#${e.seq} ${e.status} ${e.user ?? ''}${faults}`.trim() });
    end = Math.max(end, rel(e.at));
    if (e.status !== 200 || e.expiresAt === null) return;

    const expiresMs = e.expiresAt * 1000;
    const warnMs = expiresMs - warningSeconds * 1000;
    if (warnMs > e.at) sdk.push({ t: rel(warnMs), kind: 'will-expire', label: `#${e.seq} will expire` });
    sdk.push({ t: rel(expiresMs), kind: 'expired', label: `#${e.seq} expired` });
    end = Math.max(end, rel(expiresMs));

    const next = sorted.slice(i + 1).find((n) => whoOf(n) === whoOf(e));
    const served = `Token #${e.seq} (${e.user ?? 'unknown user'}, lives ${secondsText((expiresMs - e.at) / 1000)})`;
    if (!next) {
      story.push(`${served}: the app asked for no new token; the token expired ${secondsText((expiresMs - e.at) / 1000)} after it was served.`);
    } else if (next.at >= expiresMs) {
      story.push(`${served}: the app asked for a new token ${secondsText((next.at - expiresMs) / 1000)} after the token had expired.`);
    } else if (warnMs <= e.at || next.at >= warnMs) {
      const after = warnMs <= e.at ? 'it was served (it came with under 30 s left)' : `the ${warningSeconds}-s warning`;
      story.push(`${served}: the app asked for a new token ${secondsText((next.at - Math.max(warnMs, e.at)) / 1000)} after ${after}; the token expired ${secondsText((expiresMs - next.at) / 1000)} later.`);
    } else {
      story.push(`${served}: the app asked for a new token ${secondsText((warnMs - next.at) / 1000)} before the ${warningSeconds}-s warning.`);
    }
  });

  return {
    origin,
    durationSeconds: end,
    lanes: [
      { id: 'app', label: 'App requests (served log)', markers: app },
      { id: 'sdk', label: 'SDK events expected for those tokens', markers: sdk.sort((a, b) => a.t - b.t) },
    ],
    story,
  };
}
