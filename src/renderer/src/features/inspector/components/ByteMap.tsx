/**
 * The token's segments as a table (part, offset, length, value): the accessible twin of the
 * coloured token text. Hovering a row highlights its segment there.
 */
import type { Segment } from '../../../../../shared/tokens/types';

export function ByteMap({ segments, active, onActive: setActive }: { segments: readonly Segment[]; active: number | null; onActive(index: number): void }) {
  if (segments.length === 0) return null;
  return (
    <table className="byte-map">
      <caption>Byte map</caption>
      <thead>
        <tr>
          <th scope="col">Part</th>
          <th scope="col">Offset</th>
          <th scope="col">Length</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {segments.map((segment, index) => (
          <tr
            key={index}
            className={active === index ? 'is-active' : undefined}
            onMouseEnter={() => setActive(index)}
          >
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
  );
}
