/**
 * A run's summary (connected time, disconnections by cause, worst gap, counts) and the
 * undocumented rules it relied on, each marked as an assumption.
 */
import { memo } from 'react';
import type { SimSummary } from '../../../../../shared/sim/summary';
import { formatVirtualTime } from '../virtualClock';

export const SummaryPanel = memo(function SummaryPanel({ summary, title }: { summary: SimSummary; title: string }) {
  const causes = Object.entries(summary.disconnections.byCause).filter(([, n]) => n > 0);
  return (
    <section className="card sim-summary" aria-label={title}>
      <h3>{title}</h3>
      {summary.truncated && (
        <p className="banner" role="status">
          The run stopped early at its event limit: the numbers cover {formatVirtualTime(summary.simulatedSeconds)} only.
        </p>
      )}
      <dl className="sim-summary-list">
        <dt>Connected</dt>
        <dd>{summary.connectedPercent}% of the time</dd>
        <dt>Disconnections</dt>
        <dd>
          {summary.disconnections.total}
          {causes.length > 0 && ` (${causes.map(([c, n]) => `${c.replace('_', ' ')}: ${n}`).join(', ')})`}
          {summary.disconnections.total > 0 && `, ${summary.disconnections.clientsAffected} client(s)`}
        </dd>
        <dt>Worst gap</dt>
        <dd>{summary.worstGap ? `${formatVirtualTime(summary.worstGap.seconds)} (client ${summary.worstGap.client}, from ${formatVirtualTime(summary.worstGap.fromSeconds)})` : 'none'}</dd>
        <dt>Network interruptions</dt>
        <dd>{summary.networkInterruptions}</dd>
        {summary.connectedWithExpiredTokenSeconds > 0 && (
          <>
            <dt>Connected with an expired token</dt>
            <dd>{formatVirtualTime(summary.connectedWithExpiredTokenSeconds)} (all clients)</dd>
          </>
        )}
        <dt>Tokens issued</dt>
        <dd>{summary.counts.token_issued}</dd>
        <dt>Renewals</dt>
        <dd>
          {summary.counts.renew_succeeded} taken, {summary.counts.renew_failed} failed
        </dd>
      </dl>
      <details>
        <summary>Assumptions this run relied on ({summary.assumptions.length})</summary>
        <ul className="sim-assumptions">
          {summary.assumptions.map((a) => (
            <li key={a}>
              <span className="badge">assumption</span> {a}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
});

/** Two summaries side by side, one row per figure. */
export function ComparisonTable({ a, b }: { a: SimSummary; b: SimSummary }) {
  const rows: [string, (s: SimSummary) => string][] = [
    ['Platform', (s) => s.platform],
    ['Clients', (s) => String(s.clients)],
    ['Connected', (s) => `${s.connectedPercent}%`],
    ['Disconnections', (s) => String(s.disconnections.total)],
    ['Worst gap', (s) => (s.worstGap ? formatVirtualTime(s.worstGap.seconds) : 'none')],
    ['Connected with an expired token', (s) => formatVirtualTime(s.connectedWithExpiredTokenSeconds)],
    ['Tokens issued', (s) => String(s.counts.token_issued)],
    ['Renewals failed', (s) => String(s.counts.renew_failed)],
    ['Events', (s) => String(Object.values(s.counts).reduce((x, y) => x + y, 0))],
  ];
  return (
    <table className="field-table sim-compare">
      <caption>Scenario A and B compared</caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col">Scenario A</th>
          <th scope="col">Scenario B</th>
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
