/** The paste box's side of a large paste. */

/**
 * Past this size the paste box stops displaying the text: laying out megabytes of wrapped text
 * in a textarea costs the browser about a second per change, while the table shows it all
 * better. The text stays in the store; "Edit the text" brings it back into the box.
 */
export const LARGE_TEXT_CHARS = 200_000;

/** The lines of `text`, counted without cutting it into strings. */
export function countLines(text: string): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

/** What a paste needs of the box: its text and selection. */
export type PasteTarget = Pick<HTMLTextAreaElement, 'value' | 'selectionStart' | 'selectionEnd'>;

/**
 * The box's text after `pasted` replaces its selection, when that text is over
 * LARGE_TEXT_CHARS: such a paste goes to the store without passing through the box, which
 * would insert, lay out and hand back megabytes it is not going to show. Null: the box takes
 * the paste as usual (and keeps its undo).
 */
export function largePasteText(box: PasteTarget, pasted: string): string | null {
  // No text on the clipboard (an image, files): the box does what it does with those.
  if (pasted === '') return null;
  const { value, selectionStart: start, selectionEnd: end } = box;
  // What the box would hold: a textarea's value has "\n" for every line break.
  const text = pasted.includes('\r') ? pasted.replace(/\r\n?/g, '\n') : pasted;
  if (value.length - (end - start) + text.length <= LARGE_TEXT_CHARS) return null;
  return value.slice(0, start) + text + value.slice(end);
}
