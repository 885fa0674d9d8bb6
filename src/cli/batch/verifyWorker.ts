/**
 * A verify worker (bundled as out/main/verifyWorker.js): judges chunks of stdin lines for a
 * large batch and sends back their printed text, so both cores work while output keeps input
 * order. The main thread only finds the line ends: decoding, splitting, token extraction,
 * judging, the output's escaping (`terminalSafe`, the same door every CLI output passes) and
 * its UTF-8 encoding all happen here, and the bytes move both ways without a copy.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createBatchJudge, type BatchJudgeConfig, type VerdictCounts } from './batchJudge';
import { pieceLines } from './lineChunks';
import type { ByteChunkRequest, ChunkResult } from './workerPool';
import { holdsHostile, terminalSafe } from '../untrustedText';

const config = workerData as BatchJudgeConfig;
const judge = createBatchJudge(config, true);
const encoder = new TextEncoder();

parentPort?.on('message', (request: ByteChunkRequest) => {
  const lines = pieceLines(request.bytes);
  let text = '';
  const counts: VerdictCounts = {};
  for (let i = 0; i < lines.length; i++) text += judge({ line: request.firstLine + i, text: lines[i] as string }, counts);
  // Most chunks hold nothing to escape (judge.finish, --json's jsonSafe, escapes a subset of terminalSafe's set).
  const bytes = encoder.encode(holdsHostile(text) ? terminalSafe(judge.finish(text), config.colour) : text);
  const result: ChunkResult = { seq: request.seq, bytes, counts };
  parentPort?.postMessage(result, [bytes.buffer as ArrayBuffer]);
});
