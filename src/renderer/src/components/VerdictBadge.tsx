/** The verdict as a coloured pill; the words carry the meaning, the colour only repeats it. */
import type { Verdict } from '../../../shared/tokens/types';
import { useLocale } from '../lib/i18n/LocaleProvider';
import { VERDICT_TONE } from './verdictText';

export function VerdictBadge({ verdict, large = false }: { verdict: Verdict; large?: boolean }) {
  const { t } = useLocale();
  return (
    <span className={`badge tone-${VERDICT_TONE[verdict]}${large ? ' badge-large' : ''}`} data-verdict={verdict}>
      {t(`verdict.${verdict}`)}
    </span>
  );
}
