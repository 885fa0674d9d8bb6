/**
 * Hostile input through the built CLI, as figures (never asserted): peak memory of
 * `tokenlab inspect --json` over 1M lines piped to slow readers — `cat` started after a sleep,
 * and a reader that sleeps between chunks — next to a fast `cat`; and inspection time of
 * CommsEase tokens of many fields at doubling sizes (linear: each doubling ~2×).
 * `npm run bench hostile` (build first: npx electron-vite build).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nodeCryptoPort } from '../src/main/crypto/nodeCryptoPort';
import { inspectToken } from '../src/shared/tokens/inspect';
import { generateZegoToken } from '../src/shared/families/zego-token04/generateZegoToken';

const CLI = resolve(__dirname, '../out/main/cli.js');
const PEAK_RSS_PRELOAD = resolve(__dirname, '../test/hostile/support/reportPeakRss.cjs');
const LINES = 1_000_000;
const NOW = 1_700_000_000;

/** A reader that takes one chunk, then sleeps a millisecond: a slow consumer. */
const PACED_READER = `node -e "process.stdin.on('data', () => { process.stdin.pause(); setTimeout(() => process.stdin.resume(), 1); })"`;

function peakRssOfPipeline(input: string, reader: string, dir: string): { rssMb: number; seconds: number; status: number | null } {
  const rssFile = join(dir, 'rss');
  rmSync(rssFile, { force: true });
  const start = performance.now();
  const r = spawnSync('sh', ['-c', `"${process.execPath}" -r "${PEAK_RSS_PRELOAD}" "${CLI}" inspect --json --now ${NOW} < "${input}" | ${reader}`], {
    env: { ...process.env, TOKENLAB_PEAK_RSS_FILE: rssFile },
    stdio: 'inherit',
  });
  const seconds = (performance.now() - start) / 1000;
  return { rssMb: existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : NaN, seconds, status: r.status };
}

function pipedToSlowReaders(): void {
  if (!existsSync(CLI)) {
    console.log(`skipped the CLI figures: ${CLI} is missing (npx electron-vite build)`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'tokenlab-bench-hostile-'));
  try {
    const token = generateZegoToken(
      { appId: 1, userId: 'bench-user', secret: '0123456789abcdef0123456789abcdef', effectiveTimeInSeconds: 3600, now: NOW, nonce: 1, iv: new Uint8Array(12) },
      nodeCryptoPort,
    );
    const input = join(dir, 'tokens.txt');
    writeFileSync(input, `${token}\n`.repeat(LINES));
    console.log(`inspect --json of ${LINES.toLocaleString('en')} lines (${token.length + 1} bytes each), peak RSS of the CLI:`);
    for (const [label, reader] of [
      ['fast cat', 'cat > /dev/null'],
      ['cat after sleep 5', '(sleep 5; cat > /dev/null)'],
      ['sleep-paced reader (1 ms per chunk)', PACED_READER],
    ] as const) {
      const r = peakRssOfPipeline(input, reader, dir);
      console.log(`  ${label.padEnd(38)} peak RSS ${r.rssMb.toFixed(0).padStart(4)} MB   ${r.seconds.toFixed(1)} s   exit ${r.status}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function commsEaseOfManyFields(fields: number): string {
  const json = `{"signature":"abc","curTime":1700000000000,"ttl":600,"x":[${Array.from({ length: fields }, () => '{"ttl":1}').join(',')}]}`;
  return Buffer.from(json).toString('base64');
}

function inspectionAtDoublingSizes(): void {
  console.log('inspection of a CommsEase token of many fields (byte map included):');
  let previous = 0;
  for (const fields of [12_500, 25_000, 50_000, 100_000]) {
    const token = commsEaseOfManyFields(fields);
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      inspectToken(token, { now: NOW });
      samples.push(performance.now() - start);
    }
    const ms = samples.sort((a, b) => a - b)[2] as number;
    console.log(`  ${(token.length / 1024).toFixed(0).padStart(5)} KB  ${ms.toFixed(1).padStart(7)} ms${previous ? `   ×${(ms / previous).toFixed(2)} for 2× size` : ''}`);
    previous = ms;
  }
}

export async function run(): Promise<void> {
  inspectionAtDoublingSizes();
  pipedToSlowReaders();
}
