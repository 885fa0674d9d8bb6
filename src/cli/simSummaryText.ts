/**
 * The simulator's summary as the CLI prints it after the events, in the run's language
 * (`cli.simulate.summary.*`). The English is `describeSimSummary`'s, byte for byte
 * (test/cli/simSummaryText.test.ts); a cause is worded as the event lines word it
 * (`simulator.cause.*`), and event types stay the identifiers the event lines print.
 */
import { clockTime } from '../shared/time/clockTime';
import type { SimSummary } from '../shared/sim/summary';
import type { Translate } from '../shared/tokens/reasonText';

export function simSummaryText(t: Translate, s: SimSummary): string[] {
  const span = (value: number) => t('cli.simulate.summary.span', { value: Number.isInteger(value) ? value : value.toFixed(3) });
  const join = t('cli.simulate.summary.listSeparator');
  const causes = Object.entries(s.disconnections.byCause)
    .filter(([, n]) => n > 0)
    .map(([cause, n]) => t('cli.simulate.summary.cause', { cause: t(`simulator.cause.${cause}`, { defaultValue: cause.replace('_', ' ') }), n }))
    .join(join);
  const d = s.disconnections;
  const lines = [
    t(s.clients === 1 ? 'cli.simulate.summary.runOne' : 'cli.simulate.summary.runMany', { platform: s.platform, clients: s.clients, span: span(s.simulatedSeconds) }) +
      (s.truncated ? t('cli.simulate.summary.truncated') : ''),
    t('cli.simulate.summary.connected', { percent: s.connectedPercent }),
    causes
      ? t('cli.simulate.summary.disconnectionsByCause', { total: d.total, causes, affected: d.clientsAffected })
      : t('cli.simulate.summary.disconnections', { total: d.total, affected: d.clientsAffected }),
    t('cli.simulate.summary.interruptions', { n: s.networkInterruptions }),
    s.worstGap
      ? t('cli.simulate.summary.worstGap', { span: span(s.worstGap.seconds), client: s.worstGap.client, from: clockTime(s.worstGap.fromSeconds) })
      : t('cli.simulate.summary.worstGapNone'),
  ];
  if (s.connectedWithExpiredTokenSeconds > 0) lines.push(t('cli.simulate.summary.expiredConnected', { span: span(s.connectedWithExpiredTokenSeconds) }));
  const counts = Object.entries(s.counts)
    .filter(([, n]) => n > 0)
    .map(([type, n]) => `${type} ${n}`)
    .join(join);
  lines.push(t('cli.simulate.summary.events', { counts }));
  return lines;
}
