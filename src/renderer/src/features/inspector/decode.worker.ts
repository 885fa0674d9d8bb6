/**
 * A decoding worker for large pastes: one chunk of text in, its rows' lines, tokens and
 * verdicts out (decodeLines). Pure: no secret, no IPC, nothing kept between messages.
 */
import { SAMPLE_TOKENS } from '../../../../shared/tokens/sampleTokens';
import { decodeLines, type DecodedChunk } from './inspectText';

export interface DecodeRequest {
  id: number;
  text: string;
  now: number;
  /** Decode sample lines and answer nothing: the code is loaded and compiled before a real paste. */
  warm?: boolean;
}
export type DecodeReply = { id: number; ok: true; chunk: DecodedChunk } | { id: number; ok: false; message: string };

const scope = self as unknown as { onmessage: ((event: MessageEvent<DecodeRequest>) => void) | null; postMessage(message: DecodeReply, transfer?: Transferable[]): void };

/** A few hundred log lines of the built-in samples, decoded a few dozen times. */
function warmUp(): void {
  const lines = Array.from({ length: 240 }, (_, i) => `2024-01-01T00:00:${String(i % 60).padStart(2, '0')}Z INFO req=${i} token=${SAMPLE_TOKENS[i % SAMPLE_TOKENS.length]?.token ?? ''}`);
  const text = lines.join('\n');
  for (let round = 0; round < 40; round++) decodeLines(text, 1_700_000_000 + round);
}

scope.onmessage = (event) => {
  const { id, text, now, warm } = event.data;
  if (warm) {
    try {
      warmUp();
    } catch {
      // Only a head start: a failure here shows (and falls back) on the first real chunk.
    }
    return;
  }
  try {
    const chunk = decodeLines(text, now);
    scope.postMessage({ id, ok: true, chunk }, [chunk.lines.buffer, chunk.starts.buffer, chunk.ends.buffer, chunk.verdicts.buffer]);
  } catch (error) {
    scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
