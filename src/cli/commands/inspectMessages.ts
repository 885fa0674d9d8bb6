/**
 * The count per verdict `tokenlab inspect` and `tokenlab verify` end with; their help and
 * messages are in the catalogue (src/shared/i18n/areas/cli.ts).
 */
import type { Translate } from '../../shared/tokens/reasonText';
import type { VerdictCounts } from '../batch/batchJudge';
import { translator } from '../cliText';

/** "12 tokens: 10 valid, 1 expired, 1 malformed" — the count per verdict, for stderr. */
export function summaryLine(counts: VerdictCounts, total: number, t: Translate = translator('en')): string {
  const parts = Object.entries(counts).map(([verdict, n]) => t('cli.inspect.summaryPart', { n, verdict: t(`cli.verdictWord.${verdict}`) }));
  return `${t('cli.inspect.summary', { count: total, parts: parts.join(t('cli.inspect.summaryJoin')) })}\n`;
}
