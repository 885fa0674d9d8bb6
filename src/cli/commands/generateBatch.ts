/**
 * `tokenlab generate --batch`: one JSON request per stdin line → one JSON line with the token
 * or the error, in input order. One process mints them all (a process per token costs 0.2 s);
 * a bad line is that line's error, never the end of the run. Past `WORKER_THRESHOLD` lines the
 * rest goes to worker threads in chunks (both cores mint), written back in input order.
 */
import { createLineMinter, type Keyed, type LineRecord } from '../batch/lineMinter';
import type { GenerateChunkResult, GenerateWorkerConfig } from '../batch/generateWorker';
import { WORKER_FILE_BYTES, WORKER_THRESHOLD } from '../batch/runBatch';
import { createWorkerPool, workerScript, type WorkerPool } from '../batch/workerPool';
import { nowOption, optionValue, parseArgs, withHelp, noPositionals } from '../args';
import { cliRegistry, openCliVault, reportCorruption, type CliVault } from '../cliVault';
import { EXIT_NOT_ALL_VALID, EXIT_OK, EXIT_USAGE, type CliIo } from '../io';
import { TOKEN_LINE_MAX_BYTES } from '../limits';
import { BufferedWriter } from '../output';
import { pooledRandomBytes } from '../randomPool';
import { readSecretFile } from '../secretFile';
import { generateHelp } from './generateMessages';
import { cliT, usageText } from '../cliText';

/** Lines per worker message, and characters: as the verify batch chunks its lines. */
const CHUNK_LINES = 2_000;
const CHUNK_CHARS = 512 * 1024;

/** The run's defaults as plain data for the workers (the family by id). */
function workerConfig(defaults: Keyed | null, profileName: string | undefined, nowMs: number): GenerateWorkerConfig {
  return {
    nowMs,
    profileName,
    defaults: defaults && { familyId: defaults.family?.id ?? null, credentials: defaults.credentials, secret: defaults.secret },
  };
}

export async function generateBatch(argv: readonly string[], io: CliIo): Promise<number> {
  const registry = cliRegistry(io);
  const args = parseArgs(argv, withHelp({ 'secret-file': { value: true }, profile: { value: true }, now: { value: true } }));
  if (args.flags.has('help')) {
    io.stdout.write(generateHelp(registry, cliT(io)));
    return EXIT_OK;
  }
  noPositionals(args);
  const secretFile = optionValue(args, 'secret-file');
  const profileName = optionValue(args, 'profile');
  if (secretFile !== undefined && profileName !== undefined) throw usageText('args.secretFileOrProfile');
  if (secretFile === '-') throw usageText('generate.batchSecretDash');
  const nowMs = nowOption(args, () => io.now()) * 1000;
  const randomBytes = pooledRandomBytes((n) => io.randomBytes(n));

  let cli: CliVault | null = null;
  const vault = (): CliVault => (cli ??= openCliVault(io));
  const profiles = new Map<string, Promise<Keyed>>();
  const fromProfile = (name: string): Promise<Keyed> => {
    let found = profiles.get(name);
    if (!found) {
      found = vault()
        .vault.anyCredentialsByName(name)
        .then(({ profile, secret }) => ({ family: registry.require(profile.family), credentials: profile.credentials, secret }));
      found.catch(() => {});
      profiles.set(name, found);
    }
    return found;
  };
  const defaults: Keyed | null =
    profileName !== undefined ? await fromProfile(profileName) : secretFile !== undefined ? { family: null, credentials: {}, secret: await readSecretFile(secretFile) } : null;

  const minter = createLineMinter({ registry, profileName, nowMs, randomBytes });
  const keyedOf = (profile: string | undefined): Keyed | null | Promise<Keyed> => (profile === undefined ? defaults : fromProfile(profile));
  const script = io.registry ? null : workerScript('generateWorker');
  // A stdin file this big holds more requests than the threshold: the workers start with line 1.
  const workersAfter = (io.stdin.fileSize?.() ?? 0) >= WORKER_FILE_BYTES ? 0 : WORKER_THRESHOLD;

  const out = new BufferedWriter(io.stdout, undefined, { flushWhenIdle: true });
  let minted = 0;
  let failed = 0;
  const emit = async (record: LineRecord): Promise<void> => {
    if (record.ok) minted++;
    else failed++;
    if (out.write(record.text + '\n')) await out.drain();
  };
  let pool: WorkerPool<GenerateChunkResult> | null = null;
  let chunk: string[] = [];
  let chunkStart = 0;
  let chunkChars = 0;
  // Each chunk in flight, for the lines a worker hands back unminted.
  const chunkFirstLines: { firstLine: number; texts: string[] }[] = [];
  // A worker's chunk in input order; the lines naming a profile of their own are minted here.
  const takeOldest = async (): Promise<void> => {
    const result = await (pool as WorkerPool<GenerateChunkResult>).takeOldest();
    const first = chunkFirstLines.shift() as { firstLine: number; texts: string[] };
    if (result.text !== undefined) {
      minted += result.minted;
      failed += result.failed;
      if (out.write(result.text)) await out.drain();
      return;
    }
    for (let i = 0; i < result.records.length; i++) {
      const record = result.records[i];
      if (record === null || record === undefined) continue;
      await emit(record === 'main' ? ((await minter.record(first.firstLine + i, first.texts[i] as string, keyedOf)) as LineRecord) : record);
    }
  };
  const submit = (): void => {
    (pool as WorkerPool<GenerateChunkResult>).submit(chunkStart, chunk);
    chunkFirstLines.push({ firstLine: chunkStart, texts: chunk });
    chunk = [];
    chunkChars = 0;
  };
  let line = 0;
  try {
    for await (const text of io.stdin.lines(TOKEN_LINE_MAX_BYTES)) {
      line++;
      if (pool === null && script !== null && line > workersAfter) pool = createWorkerPool<GenerateChunkResult>(script, workerConfig(defaults, profileName, nowMs));
      if (pool === null) {
        if (text.trim() === '') continue;
        await emit((await minter.record(line, text, keyedOf)) as LineRecord);
        continue;
      }
      if (chunk.length === 0) chunkStart = line;
      chunk.push(text);
      chunkChars += text.length;
      if (chunk.length < CHUNK_LINES && chunkChars < CHUNK_CHARS) continue;
      submit();
      while (pool.full()) await takeOldest();
    }
    if (pool !== null) {
      if (chunk.length > 0) submit();
      while (pool.inFlight() > 0) await takeOldest();
    }
  } finally {
    await pool?.close();
    out.flush();
    if (cli) reportCorruption(cli, io);
  }
  if (minted + failed === 0) {
    io.stderr.write(`tokenlab generate --batch: ${cliT(io)('cli.generate.batchNoRequests')}\n`);
    return EXIT_USAGE;
  }
  io.stderr.write(`${cliT(io)('cli.generate.batchSummary', { minted, failed })}\n`);
  return failed === 0 ? EXIT_OK : EXIT_NOT_ALL_VALID;
}
