/**
 * A generate worker (bundled as out/main/generateWorker.js): mints chunks of request lines for
 * a large `generate --batch` and sends back their records, so both cores mint while output
 * keeps input order. A line naming a profile of its own comes back unminted: only the main
 * thread opens the keychain.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { nodeRandomBytes } from '../../main/crypto/nodeCryptoPort';
import { defaultRegistry } from '../../shared/families/registry';
import { pooledRandomBytes } from '../randomPool';
import { createLineMinter, ON_MAIN_THREAD, type Keyed } from './lineMinter';
import type { ChunkRequest } from './workerPool';

/** What the main thread hands each worker (plain data; the secret stays in this process). */
export interface GenerateWorkerConfig {
  nowMs: number;
  profileName: string | undefined;
  /** The run's defaults (--secret-file or --profile), the family by id. */
  defaults: { familyId: string | null; credentials: Readonly<Record<string, unknown>>; secret: string } | null;
}

/**
 * A chunk's records as one text (each line's record and a newline) with its counts — or, when
 * some line names a profile, per line: its record, null for a blank line, 'main' for a line
 * the main thread mints.
 */
export type GenerateChunkResult = { seq: number; minted: number; failed: number } & (
  | { text: string; records?: undefined }
  | { text?: undefined; records: ({ text: string; ok: boolean } | null | 'main')[] }
);

const config = workerData as GenerateWorkerConfig;
const minter = createLineMinter({ registry: defaultRegistry, profileName: config.profileName, nowMs: config.nowMs, randomBytes: pooledRandomBytes(nodeRandomBytes) });
const defaults: Keyed | null = config.defaults && {
  family: config.defaults.familyId === null ? null : defaultRegistry.require(config.defaults.familyId),
  credentials: config.defaults.credentials,
  secret: config.defaults.secret,
};
const keyedOf = (profile: string | undefined) => (profile === undefined ? defaults : ON_MAIN_THREAD);

parentPort?.on('message', (request: ChunkRequest) => {
  const records: ({ text: string; ok: boolean } | null | 'main')[] = [];
  let text = '';
  let minted = 0;
  let failed = 0;
  let handBack = false;
  for (let i = 0; i < request.texts.length; i++) {
    const line = request.texts[i] as string;
    if (line.trim() === '') {
      records.push(null);
      continue;
    }
    // Never a promise here: keyedOf answers without waiting.
    const record = minter.record(request.firstLine + i, line, keyedOf) as { text: string; ok: boolean } | null;
    if (record === null) {
      handBack = true;
      records.push('main');
      continue;
    }
    records.push(record);
    text += record.text + '\n';
    if (record.ok) minted++;
    else failed++;
  }
  // One string clones far faster than thousands of small objects; the records only when the main thread has lines to fill in.
  const result: GenerateChunkResult = handBack ? { seq: request.seq, minted, failed, records } : { seq: request.seq, minted, failed, text };
  parentPort?.postMessage(result);
});
