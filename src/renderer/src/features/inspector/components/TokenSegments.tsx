/**
 * The token text with its byte segments coloured and labelled, jwt.io-style.
 *
 * Hovering or focusing a segment (Tab reaches each one) shows its name, byte offset, length and
 * value in the line below, which is a polite live region so screen readers hear it too. Base64
 * packs 3 bytes into 4 characters, so neighbouring segments can share a character; it is drawn
 * in the first segment's colour. For a malformed token, the character where parsing stopped is
 * marked. The byte map below the fields lists the same segments as a table.
 */
import { Fragment, type ReactNode } from 'react';
import type { Segment } from '../../../../../shared/tokens/types';
import { useLocale } from '../../../lib/i18n/LocaleProvider';

interface Props {
  token: string;
  segments: readonly Segment[];
  /** Index in the text where parsing stopped (malformed tokens with `offsetIn: 'text'`). */
  breakAt: number | null;
  /** The highlighted segment (shared with the byte map). */
  active: number | null;
  onActive(index: number): void;
}

type T = ReturnType<typeof useLocale>['t'];

export function describeSegment(segment: Segment, t: T): string {
  const last = segment.offset + segment.length - 1;
  return t(segment.length === 1 ? 'segments.oneByte' : 'segments.bytes', {
    label: segment.label,
    from: segment.offset,
    to: last,
    length: segment.length,
    value: segment.value,
  });
}

function plainText(text: string, from: number, breakAt: number | null, stopHere: string): ReactNode {
  if (breakAt === null || breakAt < from || breakAt >= from + text.length) return text;
  const i = breakAt - from;
  return (
    <>
      {text.slice(0, i)}
      <mark className="break-mark" title={stopHere}>
        {text[i]}
      </mark>
      {text.slice(i + 1)}
    </>
  );
}

export function TokenSegments({ token, segments, breakAt, active, onActive: setActive }: Props) {
  const { t } = useLocale();
  const stopHere = t('segments.stopHere');
  const ordered = segments.map((segment, index) => ({ segment, index })).sort((a, b) => a.segment.charStart - b.segment.charStart);
  const parts: ReactNode[] = [];
  let cursor = 0;
  for (const { segment, index } of ordered) {
    if (segment.charStart > cursor) {
      parts.push(<Fragment key={`gap-${cursor}`}>{plainText(token.slice(cursor, segment.charStart), cursor, breakAt, stopHere)}</Fragment>);
      cursor = segment.charStart;
    }
    const start = Math.max(cursor, segment.charStart);
    const end = Math.min(token.length, segment.charEnd);
    if (end <= start) continue;
    parts.push(
      <span
        key={`seg-${index}`}
        className={`seg seg-${segment.name}${active === index ? ' is-active' : ''}`}
        tabIndex={0}
        role="button"
        aria-label={describeSegment(segment, t)}
        aria-pressed={active === index}
        onMouseEnter={() => setActive(index)}
        onFocus={() => setActive(index)}
        onClick={() => setActive(index)}
      >
        {token.slice(start, end)}
      </span>,
    );
    cursor = end;
  }
  if (cursor < token.length) parts.push(<Fragment key="tail">{plainText(token.slice(cursor), cursor, breakAt, stopHere)}</Fragment>);

  const current = active === null ? null : segments[active];
  return (
    <div className="token-segments">
      <p className="token-text mono" aria-label={t('segments.label')}>
        {parts}
      </p>
      <p className="segment-detail" aria-live="polite">
        {current ? describeSegment(current, t) : segments.length > 0 ? t('segments.hint') : ''}
      </p>
    </div>
  );
}
