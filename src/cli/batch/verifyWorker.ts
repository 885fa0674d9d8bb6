/**
 * A verify worker (bundled as out/main/verifyWorker.js): judges chunks of stdin lines for a
 * large batch and sends back their printed text, so both cores work while output keeps input
 * order. Token extraction happens here too, off the thread that reads and writes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createBatchJudge, type BatchJudgeConfig, type VerdictCounts } from './batchJudge';
import type { ChunkRequest, ChunkResult } from './workerPool';

const judge = createBatchJudge(workerData as BatchJudgeConfig, true);

parentPort?.on('message', (request: ChunkRequest) => {
  let text = '';
  const counts: VerdictCounts = {};
  for (let i = 0; i < request.texts.length; i++) text += judge({ line: request.firstLine + i, text: request.texts[i] as string }, counts);
  const result: ChunkResult = { seq: request.seq, text, counts };
  parentPort?.postMessage(result);
});
