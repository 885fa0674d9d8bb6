/**
 * Engine speed on one core: tokens per second for ZEGO generate, ZEGO verify (CBC and GCM)
 * and CommsEase verify, each next to the raw node:crypto work it cannot avoid (the AES or
 * SHA-1 call alone on the same bytes), measured in the same run. Plus a fuzz run of 100k+
 * random and mutated tokens (never throws) and batch verify of 100,000 tokens through the
 * built CLI.
 */
import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nodeCryptoPort } from '../src/main/crypto/nodeCryptoPort';
import { decodeBase64Strict, encodeBase64 } from '../src/shared/encoding/base64';
import { utf8Encode } from '../src/shared/encoding/bytes';
import { generateCommsEaseToken } from '../src/shared/families/commsease-dynamic/dynamicToken';
import { inspectToken } from '../src/shared/tokens/inspect';
import { VERDICTS } from '../src/shared/tokens/types';
import { parseZegoEnvelope } from '../src/shared/families/zego-token04/envelope';
import { generateZegoToken } from '../src/shared/families/zego-token04/generateZegoToken';

const SECRET = '0123456789abcdef0123456789abcdef';
const KEY = utf8Encode(SECRET);
const NOW = 1_700_000_000;

/** Runs `fn` repeatedly for ~`ms` after a warm-up; returns operations per second. */
function opsPerSecond(fn: (i: number) => void, ms = 1000): number {
  for (let i = 0; i < 2000; i++) fn(i);
  let ops = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 500; i++) fn(ops + i);
    ops += 500;
    elapsed = performance.now() - start;
  }
  return (ops / elapsed) * 1000;
}

function zegoToken(layout: 'cbc' | 'gcm', i = 0): string {
  const iv = layout === 'gcm' ? new Uint8Array(12).fill(i & 0xff) : utf8Encode('abcdefghijklmnop');
  return generateZegoToken({ appId: 123456789, userId: `user-${i}`, secret: SECRET, effectiveTimeInSeconds: 3600, layout, now: NOW, nonce: i, iv }, nodeCryptoPort);
}

function row(name: string, ours: number, raw: number): void {
  const ratio = (ours / raw) * 100;
  console.log(`${name.padEnd(28)} ${Math.round(ours).toLocaleString('en').padStart(10)} /s   raw node:crypto ${Math.round(raw).toLocaleString('en').padStart(10)} /s   ${ratio.toFixed(0).padStart(3)}% of raw`);
}

function benchZegoGenerate(): void {
  const plaintext = utf8Encode(JSON.stringify({ app_id: 123456789, user_id: 'user-1', nonce: 1, ctime: NOW, expire: NOW + 3600, payload: '' }));
  const nonce = new Uint8Array(12);
  const ours = opsPerSecond((i) => zegoToken('gcm', i));
  const raw = opsPerSecond(() => {
    const c = createCipheriv('aes-256-gcm', KEY, nonce);
    c.update(plaintext);
    c.final();
    c.getAuthTag();
  });
  row('ZEGO generate (GCM)', ours, raw);
}

function benchZegoVerify(layout: 'cbc' | 'gcm'): void {
  const token = zegoToken(layout);
  const decoded = decodeBase64Strict(token.slice(2));
  if (!decoded.ok) throw new Error('bench token must decode');
  const parsed = parseZegoEnvelope(decoded.bytes);
  if (!parsed.ok) throw new Error('bench token must parse');
  const { iv, ciphertext } = parsed.envelope;
  const ours = opsPerSecond(() => {
    const r = inspectToken(token, { now: NOW + 1, secret: SECRET, detail: 'verdict' }, nodeCryptoPort);
    if (r.verdict !== 'valid') throw new Error(r.reason);
  });
  const raw =
    layout === 'gcm'
      ? opsPerSecond(() => {
          const d = createDecipheriv('aes-256-gcm', KEY, iv);
          d.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
          d.update(ciphertext.subarray(0, ciphertext.length - 16));
          d.final();
        })
      : opsPerSecond(() => {
          const d = createDecipheriv('aes-256-cbc', KEY, iv);
          d.update(ciphertext);
          d.final();
        });
  row(`ZEGO verify (${layout.toUpperCase()})`, ours, raw);
}

function benchCommsEaseVerify(): void {
  const req = { appKey: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6', accid: 'alice', appSecret: '1a2b3c4d5e6f', curTimeMs: NOW * 1000, ttlSeconds: 3600 };
  const token = generateCommsEaseToken(req, nodeCryptoPort);
  const input = `${req.appKey}${req.accid}${req.curTimeMs}${req.ttlSeconds}${req.appSecret}`;
  const ours = opsPerSecond(() => {
    const r = inspectToken(token, { now: NOW + 1, secret: req.appSecret, appKey: req.appKey, accid: req.accid, detail: 'verdict' }, nodeCryptoPort);
    if (r.verdict !== 'valid') throw new Error(r.reason);
  });
  const raw = opsPerSecond(() => createHash('sha1').update(input).digest('hex'));
  row('CommsEase verify', ours, raw);
}

/** 100k+ random and mutated tokens: none may throw, each must end in a known verdict. */
function fuzz(cases: number): void {
  let seed = 42;
  const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const seeds = [zegoToken('gcm'), zegoToken('cbc'), generateCommsEaseToken({ appKey: 'k', accid: 'a', appSecret: 's', curTimeMs: NOW * 1000, ttlSeconds: 60 }, nodeCryptoPort)];
  const start = performance.now();
  for (let i = 0; i < cases; i++) {
    let token: string;
    const base = seeds[i % seeds.length] as string;
    if (i % 4 === 0) {
      token = Array.from({ length: Math.floor(rand() * 200) }, () => String.fromCharCode(Math.floor(rand() * 0x3000))).join('');
    } else {
      const isZego = base.startsWith('04');
      const d = decodeBase64Strict(isZego ? base.slice(2) : base);
      const bytes = Uint8Array.from(d.ok ? d.bytes : []);
      const flips = 1 + Math.floor(rand() * 4);
      for (let f = 0; f < flips; f++) bytes[Math.floor(rand() * bytes.length)] = Math.floor(rand() * 256);
      const cut = i % 7 === 0 ? bytes.subarray(0, Math.floor(rand() * bytes.length)) : bytes;
      token = (isZego ? '04' : '') + encodeBase64(cut);
    }
    const r = inspectToken(token, { now: NOW, secret: i % 2 ? SECRET : 's', appKey: 'k', accid: 'a', expectedAppId: 123456789 }, nodeCryptoPort);
    if (!VERDICTS.includes(r.verdict)) throw new Error(`unknown verdict ${r.verdict}`);
  }
  console.log(`fuzz: ${cases.toLocaleString('en')} random/mutated tokens, none threw (${((performance.now() - start) / 1000).toFixed(2)} s)`);
}

function cliBatch(count: number): void {
  const cli = resolve(__dirname, '../out/main/cli.js');
  if (!existsSync(cli)) {
    console.log('CLI batch: skipped (run "npm run build" first)');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'tokenlab-bench-'));
  const secretPath = join(dir, 'secret');
  writeFileSync(secretPath, SECRET);
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(zegoToken(i % 2 ? 'gcm' : 'cbc', i));
  const input = lines.join('\n') + '\n';
  const start = performance.now();
  const run = spawnSync(process.execPath, [cli, 'verify', '--secret-file', secretPath, '--now', String(NOW + 1), '--json'], { input, maxBuffer: 1 << 30 });
  const seconds = (performance.now() - start) / 1000;
  const outLines = run.stdout.toString().trim().split('\n').length;
  console.log(`CLI batch verify: ${count.toLocaleString('en')} tokens in ${seconds.toFixed(2)} s (exit ${run.status}, ${outLines.toLocaleString('en')} verdicts; target < 3 s)`);
}

export async function run(): Promise<void> {
  console.log('## Token engine (one core, ops per second)');
  benchZegoGenerate();
  benchZegoVerify('cbc');
  benchZegoVerify('gcm');
  benchCommsEaseVerify();
  fuzz(Number(process.env['FUZZ_CASES'] ?? 120_000));
  cliBatch(100_000);
}
