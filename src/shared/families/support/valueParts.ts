/**
 * A byte-map value as catalogue pieces (Segment.valueParts), so the screens word it in the
 * reader's language; the family's texts hold each piece under value.<key>, and in English the
 * pieces read exactly as the segment's `value`.
 */
import type { ValuePart } from '../../tokens/types';

export function part(key: string, params?: Readonly<Record<string, string | number>>): ValuePart {
  return params === undefined ? { key } : { key, params };
}

/** Text shown as is (a name, a number, an ISO time): the `text` piece. */
export const verbatim = (text: string | number): ValuePart => part('text', { text });

/** The groups in order, `separator` between two of them. */
export function joinParts(groups: readonly (readonly ValuePart[])[], separator: ValuePart): ValuePart[] {
  return groups.flatMap((g, i) => (i === 0 ? [...g] : [separator, ...g]));
}
