/**
 * The selected event in full; a token event shows its token and what can be read from it
 * without a secret (format, layout, expiry) — the renderer never holds a secret.
 */
import type { SimEvent } from '../../../../../shared/sim/events';
import { inspectToken } from '../../../../../shared/tokens/inspect';
import { isoUtc } from '../../../../../shared/time/humanize';
import { useSimText } from '../simText';

export function EventDetails({ event, startTime }: { event: SimEvent; startTime: number }) {
  const { t, vt, event: describe } = useSimText();
  const inspection = event.type === 'token_issued' ? inspectToken(event.token, { now: startTime + event.t }) : null;
  return (
    <section className="card sim-event" aria-label={t('simulator.event.selected')}>
      <h3>{t('simulator.event.heading', { type: event.type, client: event.client, time: vt(event.t) })}</h3>
      <p>{describe(event)}</p>
      {inspection && event.type === 'token_issued' && (
        <>
          <p className="mono sim-token" aria-label={t('simulator.event.token')}>
            {event.token}
          </p>
          <p className="muted">
            {t('simulator.event.tokenRead', {
              format: inspection.format,
              layout: inspection.layout ? ` (${inspection.layout.toUpperCase()})` : '',
              expiry: inspection.expiresAt === null ? t('simulator.event.unknown') : isoUtc(inspection.expiresAt),
              reason: inspection.reason,
            })}
          </p>
        </>
      )}
      <pre className="mono sim-event-json">{JSON.stringify(event, null, 1)}</pre>
    </section>
  );
}
