/**
 * A run's summary (connected time, disconnections by cause, worst gap, counts) and the
 * undocumented rules it relied on, each marked as an assumption. The assumptions' sentences
 * come from the engine (main) in English; each one the run's scenario words the same way is
 * shown in the page's language (a file from another version keeps its own words).
 */
import { memo } from 'react';
import { assumptionText, simAssumptionLines } from '../../../../../shared/sim/assumptions';
import type { Scenario } from '../../../../../shared/sim/scenario';
import type { SimSummary } from '../../../../../shared/sim/summary';
import { platformLabel, useSimText } from '../simText';

export const SummaryPanel = memo(function SummaryPanel({ summary, scenario, title }: { summary: SimSummary; scenario: Scenario; title: string }) {
  const { t, vt, number } = useSimText();
  const lines = simAssumptionLines(scenario);
  const worded = summary.assumptions.map((a, i) => (lines[i]?.text === a ? assumptionText(t, lines[i]) : a));
  const causes = Object.entries(summary.disconnections.byCause).filter(([, n]) => n > 0);
  const { total, clientsAffected } = summary.disconnections;
  const counted =
    causes.length === 0
      ? String(total)
      : t('simulator.summary.byCause', {
          total,
          causes: causes.map(([c, n]) => t('simulator.summary.causeCount', { cause: t(`simulator.cause.${c}`), count: n })).join(t('simulator.summary.listSeparator')),
        });
  const disconnections = total > 0 ? t('simulator.summary.withClients', { value: counted, clients: t('simulator.summary.clientsAffected', { count: clientsAffected }) }) : counted;
  return (
    <section className="card sim-summary" aria-label={title}>
      <h3>{title}</h3>
      {summary.truncated && (
        <p className="banner" role="status">
          {t('simulator.summary.truncated', { time: vt(summary.simulatedSeconds) })}
        </p>
      )}
      <dl className="sim-summary-list">
        <dt>{t('simulator.summary.connected')}</dt>
        <dd>{t('simulator.summary.connectedValue', { percent: number(summary.connectedPercent) })}</dd>
        <dt>{t('simulator.summary.disconnections')}</dt>
        <dd>{disconnections}</dd>
        <dt>{t('simulator.summary.worstGap')}</dt>
        <dd>
          {summary.worstGap
            ? t('simulator.summary.worstGapValue', { gap: vt(summary.worstGap.seconds), client: summary.worstGap.client, from: vt(summary.worstGap.fromSeconds) })
            : t('simulator.summary.none')}
        </dd>
        <dt>{t('simulator.summary.networkInterruptions')}</dt>
        <dd>{summary.networkInterruptions}</dd>
        {summary.connectedWithExpiredTokenSeconds > 0 && (
          <>
            <dt>{t('simulator.summary.expiredConnected')}</dt>
            <dd>{t('simulator.summary.expiredConnectedValue', { time: vt(summary.connectedWithExpiredTokenSeconds) })}</dd>
          </>
        )}
        <dt>{t('simulator.summary.tokensIssued')}</dt>
        <dd>{summary.counts.token_issued}</dd>
        <dt>{t('simulator.summary.renewals')}</dt>
        <dd>{t('simulator.summary.renewalsValue', { taken: summary.counts.renew_succeeded, failed: summary.counts.renew_failed })}</dd>
      </dl>
      <details>
        <summary>{t('simulator.summary.assumptionsOf', { count: summary.assumptions.length })}</summary>
        <ul className="sim-assumptions">
          {worded.map((a, i) => (
            <li key={summary.assumptions[i]}>
              <span className="badge">{t('simulator.summary.assumption')}</span> {a}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
});

/** Two summaries side by side, one row per figure. */
export function ComparisonTable({ a, b }: { a: SimSummary; b: SimSummary }) {
  const { t, vt } = useSimText();
  const rows: [string, (s: SimSummary) => string][] = [
    [t('simulator.summary.platform'), (s) => platformLabel(t, s.platform)],
    [t('simulator.summary.clients'), (s) => String(s.clients)],
    [t('simulator.summary.connected'), (s) => `${s.connectedPercent}%`],
    [t('simulator.summary.disconnections'), (s) => String(s.disconnections.total)],
    [t('simulator.summary.worstGap'), (s) => (s.worstGap ? vt(s.worstGap.seconds) : t('simulator.summary.none'))],
    [t('simulator.summary.expiredConnected'), (s) => vt(s.connectedWithExpiredTokenSeconds)],
    [t('simulator.summary.tokensIssued'), (s) => String(s.counts.token_issued)],
    [t('simulator.summary.renewalsFailed'), (s) => String(s.counts.renew_failed)],
    [t('simulator.summary.events'), (s) => String(Object.values(s.counts).reduce((x, y) => x + y, 0))],
  ];
  return (
    <table className="field-table sim-compare">
      <caption>{t('simulator.summary.compared')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('simulator.summary.figure')}</th>
          <th scope="col">{t('simulator.scenarioSlot', { slot: 'A' })}</th>
          <th scope="col">{t('simulator.scenarioSlot', { slot: 'B' })}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value(a)}</td>
            <td>{value(b)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
