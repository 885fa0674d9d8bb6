/**
 * The selected event in full; a token event shows its token and what can be read from it
 * without a secret (format, layout, expiry) — the renderer never holds a secret.
 */
import { describeSimEvent } from '../../../../../shared/sim/describeSimEvent';
import type { SimEvent } from '../../../../../shared/sim/events';
import { inspectToken } from '../../../../../shared/tokens/inspect';
import { isoUtc } from '../../../../../shared/time/humanize';
import { formatVirtualTime } from '../virtualClock';

export function EventDetails({ event, startTime }: { event: SimEvent; startTime: number }) {
  const inspection = event.type === 'token_issued' ? inspectToken(event.token, { now: startTime + event.t }) : null;
  return (
    <section className="card sim-event" aria-label="Selected event">
      <h3>
        {event.type} · client {event.client} · {formatVirtualTime(event.t)}
      </h3>
      <p>{describeSimEvent(event)}</p>
      {inspection && event.type === 'token_issued' && (
        <>
          <p className="mono sim-token" aria-label="Token">
            {event.token}
          </p>
          <p className="muted">
            {inspection.format}
            {inspection.layout ? ` (${inspection.layout.toUpperCase()})` : ''}, expires at {inspection.expiresAt === null ? 'unknown' : isoUtc(inspection.expiresAt)} —{' '}
            {inspection.reason}
          </p>
        </>
      )}
      <pre className="mono sim-event-json">{JSON.stringify(event, null, 1)}</pre>
    </section>
  );
}
