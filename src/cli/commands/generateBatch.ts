/**
 * `tokenlab generate --batch`: one JSON request per stdin line → one JSON line with the token
 * or the error, in input order. One process mints them all (a process per token costs 0.2 s);
 * a bad line is that line's error, never the end of the run. Past `WORKER_THRESHOLD` lines the
 * rest goes to worker threads as pieces of raw bytes (this thread minting its share: both cores
 * mint), written back in input order.
 */
import { LineChunker, pieceLines, type LinePiece } from '../batch/lineChunks';
import { createLineMinter, type Keyed, type LineRecord } from '../batch/lineMinter';
import type { GenerateChunkResult, GenerateWorkerConfig } from '../batch/generateWorker';
import { WORKER_FILE_BYTES, WORKER_THRESHOLD } from '../batch/runBatch';
import { createWorkerPool, SharedPieces, workerCount, workerScript, type WorkerPool } from '../batch/workerPool';
import { nowOption, optionValue, parseArgs, withHelp, noPositionals } from '../args';
import { cliRegistry, openCliVault, reportCorruption, type CliVault } from '../cliVault';
import { EXIT_NOT_ALL_VALID, EXIT_OK, EXIT_USAGE, type CliIo } from '../io';
import { TOKEN_LINE_MAX_BYTES } from '../limits';
import { BufferedWriter, colourWanted } from '../output';
import { pooledRandomBytes } from '../randomPool';
import { readSecretFile } from '../secretFile';
import { generateHelp } from './generateMessages';
import { cliT, usageText } from '../cliText';

/** Bytes of requests per worker message (about 2,000 lines). */
const CHUNK_BYTES = 128 * 1024;

/** The run's defaults as plain data for the workers (the family by id). */
function workerConfig(defaults: Keyed | null, profileName: string | undefined, nowMs: number, colour: boolean): GenerateWorkerConfig {
  return {
    nowMs,
    profileName,
    defaults: defaults && { familyId: defaults.family?.id ?? null, credentials: defaults.credentials, secret: defaults.secret },
    colour,
  };
}

interface WorkerRun {
  script: string | null;
  /** Lines minted on this thread before the workers start. */
  workersAfter: number;
  config(): GenerateWorkerConfig;
  mintHere(line: number, text: string): Promise<void>;
  mintLines(lines: readonly string[], firstLine: number): Promise<void>;
  /** A worker's result, in input order, with its piece's first line number. */
  taken(result: GenerateChunkResult, firstLine: number): Promise<void>;
}

/** stdin's bytes in pieces of whole lines: minted here up to `workersAfter` lines, then by the workers. */
async function throughWorkers(bytes: AsyncIterable<Uint8Array>, run: WorkerRun): Promise<void> {
  const chunker = new LineChunker(bytes, TOKEN_LINE_MAX_BYTES);
  let pool: WorkerPool<GenerateChunkResult> | null = null;
  const pieces = new SharedPieces<LinePiece>(workerCount());
  const firstLines: number[] = [];
  let handedOut = 0;
  const mintPiece = (piece: LinePiece): Promise<void> => run.mintLines(pieceLines(piece.bytes), piece.firstLine);
  const takeOldest = async (): Promise<void> => {
    const mine = pieces.oldest();
    if (mine !== null) {
      await mintPiece(mine);
      return;
    }
    const result = await (pool as WorkerPool<GenerateChunkResult>).takeOldest();
    await run.taken(result, firstLines.shift() as number);
  };
  try {
    for (;;) {
      if (pool === null && run.script !== null && handedOut >= run.workersAfter) pool = createWorkerPool<GenerateChunkResult>(run.script, run.config(), workerCount());
      const piece = await chunker.next(pool === null ? 0 : CHUNK_BYTES);
      if (piece === null) break;
      handedOut += piece.lines;
      if (pool === null) {
        await mintPiece(piece);
        continue;
      }
      if (pieces.keeps()) pieces.kept(piece);
      else {
        firstLines.push(piece.firstLine);
        pool.submitBytes(piece.firstLine, piece.bytes);
        pieces.sent();
      }
      while (pieces.full()) await takeOldest();
    }
    while (pieces.held() > 0) await takeOldest();
  } finally {
    await pool?.close();
  }
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
  const mintHere = async (line: number, text: string): Promise<void> => {
    if (text.trim() === '') return;
    await emit((await minter.record(line, text, keyedOf)) as LineRecord);
  };
  // A piece minted here is written as one text, as a worker's is; a line naming a profile waits for the keychain.
  const mintLines = async (lines: readonly string[], firstLine: number): Promise<void> => {
    let text = '';
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as string;
      if (line.trim() === '') continue;
      const record = minter.record(firstLine + i, line, keyedOf) as LineRecord | Promise<LineRecord>;
      if (record instanceof Promise) {
        if (text !== '' && out.write(text)) await out.drain();
        text = '';
        await emit(await record);
        continue;
      }
      if (record.ok) minted++;
      else failed++;
      text += record.text + '\n';
    }
    if (text !== '' && out.write(text)) await out.drain();
  };
  try {
    if (!io.stdin.bytes) {
      let line = 0;
      for await (const text of io.stdin.lines(TOKEN_LINE_MAX_BYTES)) await mintHere(++line, text);
    } else {
      await throughWorkers(io.stdin.bytes(), {
        script,
        workersAfter,
        config: () => workerConfig(defaults, profileName, nowMs, colourWanted(io.stdout.isTTY, io.env)),
        mintHere,
        mintLines,
        // A worker's piece in input order; the lines naming a profile of their own are minted here.
        taken: async (result, firstLine) => {
          if (result.bytes !== undefined) {
            minted += result.minted;
            failed += result.failed;
            if (result.bytes.length === 0) return;
            out.writeBytes(result.bytes);
            await out.drain();
            return;
          }
          for (let i = 0; i < result.records.length; i++) {
            const record = result.records[i];
            if (record === null || record === undefined) continue;
            if ('main' in record) await mintHere(firstLine + i, record.main);
            else await emit(record);
          }
        },
      });
    }
  } finally {
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
