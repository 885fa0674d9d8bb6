/**
 * The token's segments as a table (part, offset, length, value): the accessible twin of the
 * coloured token text, with a legend that says what each colour is. Hovering a row
 * highlights its segment there.
 */
import type { Segment } from '../../../../../shared/tokens/types';
import { en } from '../../../../../shared/i18n';
import { useLocale } from '../../../lib/i18n/LocaleProvider';

type SegKey = keyof typeof en.byteMap.seg;
const isSegKey = (name: string): name is SegKey => Object.hasOwn(en.byteMap.seg, name);

/** Marks a missing catalogue key (a family without its own legend text for a segment). */
const MISSING = '\u0000';

export function ByteMap({ segments, active, onActive: setActive, format }: { segments: readonly Segment[]; active: number | null; onActive(index: number): void; format?: string }) {
  const { t } = useLocale();
  if (segments.length === 0) return null;
  const kinds = [...new Set(segments.map((s) => s.name))];
  // A family names its own segments (`family.<id>.seg.<name>`): an Agora "signature" is not CommsEase's.
  const legend = (name: string): string => {
    const own = format === undefined ? MISSING : t(`family.${format}.seg.${name}`, { defaultValue: MISSING });
    return own !== MISSING ? own : t(`byteMap.seg.${isSegKey(name) ? name : 'other'}`);
  };
  return (
    <>
      <table className="byte-map">
        <caption>{t('byteMap.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('byteMap.part')}</th>
            <th scope="col">{t('byteMap.offset')}</th>
            <th scope="col">{t('byteMap.length')}</th>
            <th scope="col">{t('byteMap.value')}</th>
          </tr>
        </thead>
        <tbody>
          {segments.map((segment, index) => (
            <tr key={index} className={active === index ? 'is-active' : undefined} onMouseEnter={() => setActive(index)}>
              <th scope="row">
                <span className={`swatch seg-${segment.name}`} aria-hidden="true" />
                {segment.label}
              </th>
              <td className="num">{segment.offset}</td>
              <td className="num">{segment.length}</td>
              <td className="mono value-cell">{segment.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="seg-legend" aria-label={t('byteMap.legend')}>
        {kinds.map((name) => (
          <div key={name} className="seg-legend-item" data-seg={name}>
            <dt>
              <span className={`swatch seg-${name}`} aria-hidden="true" />
              {segments.find((s) => s.name === name)!.label}
            </dt>
            <dd>{legend(name)}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
