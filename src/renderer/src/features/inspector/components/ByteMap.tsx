/**
 * The token's segments as a table (part, offset, length, value): the accessible twin of the
 * coloured token text, with a legend that says what each colour is. Hovering a row
 * highlights its segment there.
 */
import type { Segment } from '../../../../../shared/tokens/types';
import { useLocale } from '../../../lib/i18n/LocaleProvider';

interface Props {
  segments: readonly Segment[];
  /** What a part is, in the family's own words (its texts); undefined when the family says nothing. */
  explain(name: string): string | undefined;
  active: number | null;
  onActive(index: number): void;
}

export function ByteMap({ segments, explain, active, onActive: setActive }: Props) {
  const { t } = useLocale();
  if (segments.length === 0) return null;
  const kinds = [...new Set(segments.map((s) => s.name))];
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
            <dd>{explain(name) ?? t(name === 'json' ? 'byteMap.seg.json' : 'byteMap.seg.other')}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
