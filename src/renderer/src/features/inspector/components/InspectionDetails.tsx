/**
 * Everything about one token: verdict and reason, format and layout, the coloured token, what
 * its privileges allow, the fields with human times, the findings in plain words, and the
 * byte map. The highlighted segment is shared by the coloured text and the byte map.
 */
import { useMemo, useState, type ReactNode } from 'react';
import type { Inspection } from '../../../../../shared/tokens/types';
import { reasonText } from '../../../../../shared/tokens/reasonText';
import { useNowSeconds } from '../../../lib/clock/ClockContext';
import { useLocale } from '../../../lib/i18n/LocaleProvider';
import { useFamilyTexts } from '../../../lib/i18n/useFamilyTexts';
import { Headline } from './Headline';
import { ByteMap } from './ByteMap';
import { DiagnosisList } from './DiagnosisList';
import { FieldTable } from './FieldTable';
import { PrivilegeSummary } from './PrivilegeSummary';
import { TokenSegments } from './TokenSegments';

const LAYOUT_KEY = { cbc: 'inspector.layoutCbc', gcm: 'inspector.layoutGcm' } as const;

export function InspectionDetails({ inspection, verifying, actions }: { inspection: Inspection; verifying: boolean; actions?: ReactNode }) {
  const [active, setActive] = useState<number | null>(null);
  const { t, language } = useLocale();
  const now = useNowSeconds();
  const texts = useFamilyTexts(inspection.format);
  // The family's words for its parts, in the page's language (the engine's English otherwise).
  const segments = useMemo(() => inspection.segments.map((s) => ({ ...s, label: texts.segmentLabel(s), value: texts.segmentValue(s) })), [inspection.segments, texts]);
  // The reason in the reader's language, its times relative to now ("in 63 years", not "23147 d").
  const reason = reasonText(inspection, { t: (key, options) => t(key, options), language, now });
  return (
    <section className="inspection" aria-label={t('inspector.result')}>
      <Headline inspection={inspection} />
      <div className="verdict-line">
        <p className="reason">{reason}</p>
        {verifying && <span className="muted small">{t('inspector.verifying')}</span>}
        {actions && <div className="verdict-actions">{actions}</div>}
      </div>
      <p className="format-line">
        {inspection.layout && <span>{t(LAYOUT_KEY[inspection.layout])}</span>}
        {inspection.trimmed && <span className="muted">{inspection.layout ? ' · ' : ''}{t('inspector.trimmed')}</span>}
      </p>
      <TokenSegments
        token={inspection.token}
        segments={segments}
        breakAt={inspection.verdict === 'malformed' && inspection.offsetIn === 'text' ? inspection.offset : null}
        active={active}
        onActive={setActive}
      />
      {inspection.privilege && <PrivilegeSummary privilege={inspection.privilege} />}
      <FieldTable inspection={inspection} />
      <DiagnosisList diagnoses={inspection.diagnoses} />
      <ByteMap segments={segments} explain={texts.segmentHelp} active={active} onActive={setActive} />
    </section>
  );
}
