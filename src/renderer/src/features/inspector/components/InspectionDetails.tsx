/**
 * Everything about one token: verdict and reason, format and layout, the coloured token, what
 * its privileges allow, the fields with human times, the findings in plain words, and the
 * byte map. The highlighted segment is shared by the coloured text and the byte map.
 */
import { useState, type ReactNode } from 'react';
import type { Inspection } from '../../../../../shared/tokens/types';
import { useRegistry } from '../../../app/registry';
import { formatLabel } from '../../../components/verdictText';
import { VerdictBadge } from '../../../components/VerdictBadge';
import { ByteMap } from './ByteMap';
import { DiagnosisList } from './DiagnosisList';
import { FieldTable } from './FieldTable';
import { PrivilegeSummary } from './PrivilegeSummary';
import { TokenSegments } from './TokenSegments';

const LAYOUT_NAME = { cbc: 'AES-CBC layout (no MAC)', gcm: 'AES-GCM layout' } as const;

export function InspectionDetails({ inspection, verifying, actions }: { inspection: Inspection; verifying: boolean; actions?: ReactNode }) {
  const [active, setActive] = useState<number | null>(null);
  const registry = useRegistry();
  return (
    <section className="inspection" aria-label="Inspection result">
      <div className="verdict-line">
        <VerdictBadge verdict={inspection.verdict} />
        <p className="reason">{inspection.reason}</p>
        {verifying && <span className="muted small">verifying…</span>}
        {actions && <div className="verdict-actions">{actions}</div>}
      </div>
      <p className="format-line">
        <span>{formatLabel(inspection.format, registry)}</span>
        {inspection.layout && <span> · {LAYOUT_NAME[inspection.layout]}</span>}
        {inspection.trimmed && <span className="muted"> · whitespace trimmed</span>}
      </p>
      <TokenSegments
        token={inspection.token}
        segments={inspection.segments}
        breakAt={inspection.verdict === 'malformed' && inspection.offsetIn === 'text' ? inspection.offset : null}
        active={active}
        onActive={setActive}
      />
      {inspection.privilege && <PrivilegeSummary privilege={inspection.privilege} />}
      <FieldTable inspection={inspection} />
      <DiagnosisList diagnoses={inspection.diagnoses} />
      <ByteMap segments={inspection.segments} active={active} onActive={setActive} />
    </section>
  );
}
