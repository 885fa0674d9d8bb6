/** The engine's diagnoses as a short list, errors first, each marked by severity in words. */
import type { Diagnosis } from '../../../../../shared/tokens/types';

const ORDER = { error: 0, warning: 1, info: 2 } as const;
const SEVERITY_WORD = { error: 'Problem', warning: 'Warning', info: 'Note' } as const;

export function DiagnosisList({ diagnoses }: { diagnoses: readonly Diagnosis[] }) {
  if (diagnoses.length === 0) return null;
  const sorted = [...diagnoses].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return (
    <ul className="diagnoses" aria-label="Findings">
      {sorted.map((d, i) => (
        <li key={`${d.code}-${i}`} className={`diagnosis sev-${d.severity}`} data-code={d.code}>
          <span className="sev-word">{SEVERITY_WORD[d.severity]}</span> {d.message}
        </li>
      ))}
    </ul>
  );
}
