/**
 * `npm run bench batch`: the built CLI (out/main/cli.js) on large batches.
 *
 * 1. `tokenlab verify` of 1k, 10k, 100k and 1M mixed lines (ZEGO GCM and CBC, CommsEase, log
 *    lines holding a token, malformed lines): wall time, time per token (cost should grow
 *    linearly), peak RSS. Past 20k lines the CLI hands chunks to worker threads.
 * 2. `tokenlab generate --batch` of 100k ZEGO requests against a bare node:crypto loop doing the
 *    same AES-GCM encryption and packing in one process (the official generator's work, not a
 *    copy of it), both from process start to last token. The requests are a 2 MB+ file, so the
 *    CLI mints in worker threads from line 1; CPU is that of all its threads (the bare loop has
 *    one), so on a machine busy with other jobs compare CPU, and wall only when cores are free.
 * Figures, never assertions.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nodeCryptoPort } from '../src/main/crypto/nodeCryptoPort';
import { generateCommsEaseToken } from '../src/shared/families/commsease-dynamic/dynamicToken';
import { generateZegoToken } from '../src/shared/families/zego-token04/generateZegoToken';

const CLI = resolve(__dirname, '../out/main/cli.js');
const USAGE_PRELOAD = resolve(__dirname, 'support/reportUsage.cjs');
const NOW = 1_700_000_000;
const SECRET = '0123456789abcdef0123456789abcdef';
const APP_ID = 1;
const APP_KEY = 'bench-app-key';
const USER = 'bench-user';
const DISTINCT = 20_000;

/** `count` distinct mixed lines: 45% GCM, 15% CBC, 25% CommsEase, 10% log lines, 5% malformed. */
function mixedLines(count: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 20;
    const zego = (layout: 'gcm' | 'cbc') => {
      const iv = new Uint8Array(layout === 'gcm' ? 12 : 16).map((_, j) => (i + j) & 0xff);
      return generateZegoToken({ appId: APP_ID, userId: USER, secret: SECRET, effectiveTimeInSeconds: 3600, now: NOW, nonce: i, iv, layout }, nodeCryptoPort);
    };
    if (kind < 9) lines.push(zego('gcm'));
    else if (kind < 12) lines.push(zego('cbc'));
    else if (kind < 17) lines.push(generateCommsEaseToken({ appKey: APP_KEY, accid: USER, appSecret: SECRET, curTimeMs: NOW * 1000 + i, ttlSeconds: 3600 }, nodeCryptoPort));
    else if (kind < 19) lines.push(`2026-12-02T05:00:00Z INFO room=r1 token=${zego('gcm')} user=${USER}`);
    else lines.push(`not-a-token-${i}`);
  }
  return lines;
}

interface Run {
  seconds: number;
  /** CPU time of all the process's threads (user + system). */
  cpuSeconds: number;
  rssMb: number;
  status: number | null;
}

function runCli(args: string[], input: string, dir: string): Run {
  const usageFile = join(dir, 'usage.json');
  rmSync(usageFile, { force: true });
  const fd = openInput(input);
  const start = performance.now();
  const r = spawnSync(process.execPath, ['-r', USAGE_PRELOAD, CLI, ...args], {
    env: { ...process.env, TOKENLAB_USAGE_FILE: usageFile },
    stdio: [fd, 'ignore', 'ignore'],
  });
  const seconds = (performance.now() - start) / 1000;
  closeSync(fd);
  const usage = existsSync(usageFile) ? (JSON.parse(readFileSync(usageFile, 'utf8')) as { maxRSS: number; userCPU: number; systemCPU: number }) : null;
  return { seconds, cpuSeconds: usage ? (usage.userCPU + usage.systemCPU) / 1e6 : NaN, rssMb: usage ? usage.maxRSS / 1024 : NaN, status: r.status };
}

const openInput = (path: string): number => openSync(path, 'r');

function verifySweep(dir: string): void {
  const secretFile = join(dir, 'secret.txt');
  writeFileSync(secretFile, SECRET);
  const distinct = mixedLines(DISTINCT).join('\n') + '\n';
  console.log('tokenlab verify of mixed lines (stdin a file, stdout /dev/null):');
  for (const size of [1_000, 10_000, 100_000, 1_000_000]) {
    const input = join(dir, `verify-${size}.txt`);
    writeFileSync(input, size <= DISTINCT ? mixedLines(size).join('\n') + '\n' : distinct.repeat(size / DISTINCT));
    const args = ['verify', '--secret-file', secretFile, '--app-id', String(APP_ID), '--app-key', APP_KEY, '--accid', USER, '--now', String(NOW)];
    for (const json of [false, true]) {
      const r = runCli(json ? [...args, '--json'] : args, input, dir);
      const perToken = (r.seconds / size) * 1e6;
      console.log(
        `  ${size.toLocaleString('en').padStart(9)} lines ${json ? '--json' : 'text  '}  ${r.seconds.toFixed(2).padStart(6)} s wall  ${perToken.toFixed(1).padStart(6)} µs/token  ` +
          `CPU ${r.cpuSeconds.toFixed(2).padStart(6)} s (${((r.cpuSeconds / size) * 1e6).toFixed(1)} µs/token)  peak RSS ${r.rssMb.toFixed(0).padStart(4)} MB  exit ${r.status}`,
      );
    }
    rmSync(input, { force: true });
  }
}

/** The same work as a generator's loop: JSON payload, AES-256-GCM, the Token04 packing, base64. */
const BARE_LOOP = `
const crypto = require('node:crypto');
const n = Number(process.argv[1]);
const key = Buffer.from(${JSON.stringify(SECRET)});
let out = [];
for (let i = 0; i < n; i++) {
  const nonce = crypto.randomBytes(12);
  const ctime = ${NOW};
  const plain = JSON.stringify({ app_id: ${APP_ID}, user_id: 'user-' + i, nonce: crypto.randomInt(2147483647), ctime, expire: ctime + 3600, payload: '' });
  const c = crypto.createCipheriv('aes-256-gcm', key, nonce);
  const enc = Buffer.concat([c.update(plain, 'utf8'), c.final(), c.getAuthTag()]);
  const b = Buffer.alloc(8 + 2 + 12 + 2 + enc.length + 1);
  b.writeBigInt64BE(BigInt(ctime + 3600), 0); b.writeUInt16BE(12, 8); nonce.copy(b, 10);
  b.writeUInt16BE(enc.length, 22); enc.copy(b, 24); b[24 + enc.length] = 1;
  out.push('04' + b.toString('base64'));
  if (out.length === 1000) { process.stdout.write(out.join('\\n') + '\\n'); out = []; }
}
process.stdout.write(out.join('\\n') + '\\n');
`;

function bulkGenerate(dir: string): void {
  const secretFile = join(dir, 'secret.txt');
  writeFileSync(secretFile, SECRET);
  const count = 100_000;
  const input = join(dir, 'requests.jsonl');
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(JSON.stringify({ family: 'zego', appId: APP_ID, userId: `user-${i}`, ttlSeconds: 3600 }));
  writeFileSync(input, lines.join('\n') + '\n');
  console.log(`minting ${count.toLocaleString('en')} ZEGO GCM tokens in one process, from start to last token:`);
  for (let round = 0; round < 2; round++) {
    const ours = runCli(['generate', '--batch', '--secret-file', secretFile, '--now', String(NOW)], input, dir);
    const usageFile = join(dir, 'bare-usage.json');
    const start = performance.now();
    const bare = spawnSync(process.execPath, ['-r', USAGE_PRELOAD, '-e', BARE_LOOP, String(count)], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, TOKENLAB_USAGE_FILE: usageFile } });
    const bareSeconds = (performance.now() - start) / 1000;
    const u = JSON.parse(readFileSync(usageFile, 'utf8')) as { userCPU: number; systemCPU: number };
    console.log(
      `  tokenlab generate --batch ${ours.seconds.toFixed(2)} s wall, CPU ${ours.cpuSeconds.toFixed(2)} s (exit ${ours.status}, peak RSS ${ours.rssMb.toFixed(0)} MB)` +
        `   bare node:crypto loop ${bareSeconds.toFixed(2)} s wall, CPU ${((u.userCPU + u.systemCPU) / 1e6).toFixed(2)} s (exit ${bare.status})`,
    );
  }
}

export async function run(): Promise<void> {
  if (!existsSync(CLI)) {
    console.log(`skipped: ${CLI} is missing (npx electron-vite build)`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'tokenlab-bench-batch-'));
  try {
    // BATCH_ONLY=verify or BATCH_ONLY=generate runs one half.
    const only = process.env['BATCH_ONLY'];
    if (only !== 'generate') verifySweep(dir);
    if (only !== 'verify') bulkGenerate(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
