/** The verdict as a coloured pill; the words carry the meaning, the colour only repeats it. */
import type { Verdict } from '../../../shared/tokens/types';
import { VERDICT_LABEL, VERDICT_TONE } from './verdictText';

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span className={`badge tone-${VERDICT_TONE[verdict]}`} data-verdict={verdict}>
      {VERDICT_LABEL[verdict]}
    </span>
  );
}
