/**
 * One readable line per simulator event, for the CLI's text output and the screen's tooltips.
 *
 * The words follow the SDK vocabulary a developer meets in the vendor docs ("will expire",
 * renewToken, kicked out) and always give the code when there is one, so a line can be
 * searched for in the vendor's error-code table.
 */
import { clockTime } from '../time/clockTime';
import type { SimEvent } from './events';
import type { SimSummary } from './summary';

/** A moment of virtual time, as a clock reads (59:30). */
const seconds = clockTime;

/** A length of time: "3600 s", "0.250 s". */
function span(value: number): string {
  return `${Number.isInteger(value) ? value : value.toFixed(3)} s`;
}

function withCode(code: number | null): string {
  return code === null ? '' : ` (code ${code})`;
}

export function describeSimEvent(e: SimEvent): string {
  switch (e.type) {
    case 'login':
      return e.expire === null ? 'logged in with a static token' : `logged in; token expires at ${seconds(e.expire)}`;
    case 'login_failed':
      return `${e.during === 'reconnect' ? 'reconnection' : 'login'} refused${e.callback === undefined ? '' : ` (${e.callback})`}: ${e.reason.replace('_', ' ')}${withCode(e.code)}`;
    case 'token_will_expire':
      return `"will expire" callback: ${e.remainingSeconds} s left (expires at ${seconds(e.expire)})`;
    case 'renew_requested':
      return `asks the token server for a token (request ${e.request}, ${e.purpose}${e.attempt > 1 ? `, attempt ${e.attempt}` : ''})`;
    case 'token_issued':
      return `${e.serverRefresh ? "the vendor's server refreshes the token" : e.request === null ? 'starts with a token' : `receives a token (request ${e.request})`} valid until ${seconds(e.expire)}${e.fault ? ` — wrong on purpose: ${e.fault}` : ''}`;
    case 'renew_succeeded':
      return `SDK takes the new token (request ${e.request}); expires at ${seconds(e.expire)}`;
    case 'renew_failed':
      return `renewal failed (request ${e.request}): ${e.reason.replace(/_/g, ' ')}${withCode(e.code)}`;
    case 'token_expired': {
      const effect: Record<typeof e.effect, string> = {
        disconnect: 'the SDK disconnects',
        kick: 'kicked from the room',
        'refuse-next-publish-play': 'the next publish / play will be refused',
        none: 'the live connection carries on',
        'reconnect-will-fail': 'the reconnection will be refused',
      };
      return `token expired${e.callback === undefined ? '' : ` (${e.callback})`} — ${effect[e.effect]}`;
    }
    case 'disconnected':
      return `disconnected: ${e.cause.replace('_', ' ')}${withCode(e.code)}`;
    case 'network_lost':
      return e.kind === 'sleep' ? 'device goes to sleep (offline)' : 'network lost';
    case 'network_restored':
      return 'network back';
    case 'reconnecting':
      return 'SDK reconnecting';
    case 'reconnected':
      return `reconnected after ${span(e.offlineSeconds)} (${e.attempts} attempt${e.attempts === 1 ? '' : 's'})`;
  }
}

/** The summary as a few readable lines (CLI text output). */
export function describeSimSummary(s: SimSummary): string[] {
  const causes = Object.entries(s.disconnections.byCause)
    .filter(([, n]) => n > 0)
    .map(([cause, n]) => `${cause.replace('_', ' ')} ${n}`)
    .join(', ');
  const lines = [
    `${s.platform}: ${s.clients} client${s.clients === 1 ? '' : 's'} over ${span(s.simulatedSeconds)}${s.truncated ? ' (stopped early: maxEvents reached)' : ''}`,
    `connected ${s.connectedPercent}% of the time`,
    `disconnections: ${s.disconnections.total}${causes ? ` (${causes})` : ''}, clients affected: ${s.disconnections.clientsAffected}`,
    `network interruptions: ${s.networkInterruptions}`,
    s.worstGap
      ? `worst gap: ${span(s.worstGap.seconds)} (client ${s.worstGap.client}, from ${seconds(s.worstGap.fromSeconds)})`
      : 'worst gap: none',
  ];
  if (s.connectedWithExpiredTokenSeconds > 0) {
    lines.push(`connected with an expired token: ${span(s.connectedWithExpiredTokenSeconds)} (summed over clients)`);
  }
  const counts = Object.entries(s.counts)
    .filter(([, n]) => n > 0)
    .map(([type, n]) => `${type} ${n}`)
    .join(', ');
  lines.push(`events: ${counts}`);
  return lines;
}
