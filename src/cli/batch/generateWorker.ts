/**
 * A generate worker (bundled as out/main/generateWorker.js): mints pieces of request lines for
 * a large `generate --batch` and sends back their records, so both cores mint while output
 * keeps input order. As the verify workers do, it takes the raw bytes of whole lines (the main
 * thread only finds line ends), and gives back its records as UTF-8 that passed `terminalSafe`.
 * A line naming a profile of its own comes back unminted: only the main thread opens the keychain.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { nodeRandomBytes } from '../../main/crypto/nodeCryptoPort';
import { defaultRegistry } from '../../shared/families/registry';
import { pooledRandomBytes } from '../randomPool';
import { holdsHostile, terminalSafe } from '../untrustedText';
import { pieceLines } from './lineChunks';
import { createLineMinter, ON_MAIN_THREAD, type Keyed } from './lineMinter';
import type { ByteChunkRequest } from './workerPool';

/** What the main thread hands each worker (plain data; the secret stays in this process). */
export interface GenerateWorkerConfig {
  nowMs: number;
  profileName: string | undefined;
  /** The run's defaults (--secret-file or --profile), the family by id. */
  defaults: { familyId: string | null; credentials: Readonly<Record<string, unknown>>; secret: string } | null;
  /** Whether the output guard lets colour codes pass (as runCli's guard decides for stdout). */
  colour: boolean;
}

/** One line of a piece: its record, null for a blank line, or the line itself for the main thread to mint. */
export type WorkerRecord = { text: string; ok: boolean } | null | { main: string };

/**
 * A piece's records as UTF-8 (each line's record and a newline) with its counts — or, when
 * some line names a profile, per line (`records`), for the main thread to fill in.
 */
export type GenerateChunkResult = { seq: number; minted: number; failed: number } & ({ bytes: Uint8Array; records?: undefined } | { bytes?: undefined; records: WorkerRecord[] });

const config = workerData as GenerateWorkerConfig;
const minter = createLineMinter({ registry: defaultRegistry, profileName: config.profileName, nowMs: config.nowMs, randomBytes: pooledRandomBytes(nodeRandomBytes) });
const defaults: Keyed | null = config.defaults && {
  family: config.defaults.familyId === null ? null : defaultRegistry.require(config.defaults.familyId),
  credentials: config.defaults.credentials,
  secret: config.defaults.secret,
};
const keyedOf = (profile: string | undefined) => (profile === undefined ? defaults : ON_MAIN_THREAD);
const encoder = new TextEncoder();

parentPort?.on('message', (request: ByteChunkRequest) => {
  const lines = pieceLines(request.bytes);
  const records: WorkerRecord[] = [];
  let text = '';
  let minted = 0;
  let failed = 0;
  let handBack = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === '') {
      records.push(null);
      continue;
    }
    // Never a promise here: keyedOf answers without waiting.
    const record = minter.record(request.firstLine + i, line, keyedOf) as { text: string; ok: boolean } | null;
    if (record === null) {
      handBack = true;
      records.push({ main: line });
      continue;
    }
    records.push(record);
    text += record.text + '\n';
    if (record.ok) minted++;
    else failed++;
  }
  if (handBack) {
    parentPort?.postMessage({ seq: request.seq, minted, failed, records } satisfies GenerateChunkResult);
    return;
  }
  const bytes = encoder.encode(holdsHostile(text) ? terminalSafe(text, config.colour) : text);
  parentPort?.postMessage({ seq: request.seq, minted, failed, bytes } satisfies GenerateChunkResult, [bytes.buffer as ArrayBuffer]);
});
