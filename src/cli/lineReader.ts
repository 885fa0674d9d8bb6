/**
 * Lines from a byte stream (stdin), pulled: the next chunk is read only when the lines of the
 * last one have been taken, so a slow consumer slows the reading instead of lines piling up
 * (readline reads ahead as fast as the pipe delivers). A line ends at `\n`, `\r\n` or `\r`, as
 * with readline; a line longer than the bound is refused instead of growing without end.
 */
import { lineTooLong } from './io';

const LF = 0x0a;
const CR = 0x0d;

export async function* splitLines(source: AsyncIterable<Buffer | string> | Iterable<Buffer | string>, maxLineBytes: number): AsyncGenerator<string> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let lineNumber = 0;
  // A chunk that ended in \r: a \n opening the next chunk belongs to the same break.
  let afterCr = false;
  const finishLine = (last: Buffer): string => {
    lineNumber++;
    if (pendingBytes + last.length > maxLineBytes) throw lineTooLong(lineNumber, maxLineBytes);
    const line = pending.length === 0 ? last.toString('utf8') : Buffer.concat([...pending, last]).toString('utf8');
    pending = [];
    pendingBytes = 0;
    return line;
  };
  for await (const raw of source) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    if (chunk.length === 0) continue;
    let start = 0;
    if (afterCr && chunk[0] === LF) start = 1;
    afterCr = false;
    // Both positions are found once and moved past, so a chunk is scanned in linear time.
    let nextLf = chunk.indexOf(LF, start);
    let nextCr = chunk.indexOf(CR, start);
    while (nextLf !== -1 || nextCr !== -1) {
      const end = nextCr === -1 || (nextLf !== -1 && nextLf < nextCr) ? nextLf : nextCr;
      yield finishLine(chunk.subarray(start, end));
      start = end + 1;
      if (chunk[end] === CR) {
        if (end + 1 === chunk.length) afterCr = true;
        else if (chunk[end + 1] === LF) start = end + 2;
      }
      if (nextLf !== -1 && nextLf < start) nextLf = chunk.indexOf(LF, start);
      if (nextCr !== -1 && nextCr < start) nextCr = chunk.indexOf(CR, start);
    }
    if (start < chunk.length) {
      pending.push(chunk.subarray(start));
      pendingBytes += chunk.length - start;
      if (pendingBytes > maxLineBytes) throw lineTooLong(lineNumber + 1, maxLineBytes);
    }
  }
  if (pendingBytes > 0) yield finishLine(Buffer.alloc(0));
}
