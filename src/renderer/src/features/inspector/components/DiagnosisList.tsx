/**
 * The engine's diagnoses as a short list, errors first, each marked by severity in words.
 * The words come from the catalogue by code (with the engine's params); a code the catalogue
 * does not know yet shows the engine's English message.
 */
import type { Diagnosis } from '../../../../../shared/tokens/types';
import { useNowSeconds } from '../../../lib/clock/ClockContext';
import { useLocale } from '../../../lib/i18n/LocaleProvider';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

export function DiagnosisList({ diagnoses }: { diagnoses: readonly Diagnosis[] }) {
  const { t, relative, language, dateTime } = useLocale();
  const now = useNowSeconds();
  if (diagnoses.length === 0) return null;
  const sorted = [...diagnoses].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const text = (d: Diagnosis): string => {
    // English keeps the engine's own sentence (the one --json prints); other languages read the catalogue.
    if (language === 'en' || !d.params) return language === 'en' ? d.message : t(`diagnosis.${d.code}`, { defaultValue: d.message });
    const at = typeof d.params['at'] === 'number' ? d.params['at'] : null;
    return t(`diagnosis.${d.code}`, { ...d.params, ...(at !== null ? { relative: relative(at, now), time: dateTime(at) } : {}), defaultValue: d.message });
  };
  return (
    <ul className="diagnoses" aria-label={t('inspector.findings')}>
      {sorted.map((d, i) => (
        <li key={`${d.code}-${i}`} className={`diagnosis sev-${d.severity}`} data-code={d.code}>
          <span className="sev-word">{t(`severity.${d.severity}`)}</span> {text(d)}
        </li>
      ))}
    </ul>
  );
}
