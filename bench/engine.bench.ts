/**
 * Engine speed on one core: tokens per second for ZEGO generate and verify (CBC and GCM)
 * and CommsEase verify and generate, each next to the raw node:crypto work it cannot avoid
 * (the AES or SHA-1 call alone on the same bytes), in alternating slices of one run. "prepared" rows
 * hold the secret's prepared keys across tokens, as a caller of many tokens may (the raw side
 * is still a fresh node:crypto cipher per token, the one-shot call). Plus a fuzz run of 100k+
 * random and mutated tokens (never throws) and batch verify of 100,000 tokens through the
 * built CLI.
 */
import * as nodeCrypto from 'node:crypto';
import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nodeCryptoPort } from '../src/main/crypto/nodeCryptoPort';
import { PreparedKeys } from '../src/shared/crypto/preparedKeys';
import { decodeBase64Strict, encodeBase64 } from '../src/shared/encoding/base64';
import { utf8Encode } from '../src/shared/encoding/bytes';
import { generateCommsEaseToken } from '../src/shared/families/commsease-dynamic/dynamicToken';
import type { FamilyVerifyOptions } from '../src/shared/families/family';
import { defaultRegistry } from '../src/shared/families/registry';
import { inspectToken } from '../src/shared/tokens/inspect';
import { VERDICTS } from '../src/shared/tokens/types';
import { parseZegoEnvelope } from '../src/shared/families/zego-token04/envelope';
import { generateZegoToken } from '../src/shared/families/zego-token04/generateZegoToken';
import { compare, ratioRow } from './support/sideBySide';

const SECRET = '0123456789abcdef0123456789abcdef';
const KEY = utf8Encode(SECRET);
const NOW = 1_700_000_000;

function zegoToken(layout: 'cbc' | 'gcm', i = 0, prepared?: PreparedKeys): string {
  const iv = layout === 'gcm' ? new Uint8Array(12).fill(i & 0xff) : utf8Encode('abcdefghijklmnop');
  return generateZegoToken(
    { appId: 123456789, userId: `user-${i}`, secret: SECRET, effectiveTimeInSeconds: 3600, layout, now: NOW, nonce: i, iv, ...(prepared ? { prepared } : {}) },
    nodeCryptoPort,
  );
}

const row = (name: string, result: [number, number]) => ratioRow(name, 'raw node:crypto', result);

function benchZegoGenerate(layout: 'cbc' | 'gcm'): void {
  const plaintext = utf8Encode(JSON.stringify({ app_id: 123456789, user_id: 'user-1', nonce: 1, ctime: NOW, expire: NOW + 3600, payload: '' }));
  const iv = layout === 'gcm' ? new Uint8Array(12) : utf8Encode('abcdefghijklmnop');
  const raw =
    layout === 'gcm'
      ? () => {
          const c = createCipheriv('aes-256-gcm', KEY, iv);
          c.update(plaintext);
          c.final();
          c.getAuthTag();
        }
      : () => {
          const c = createCipheriv('aes-256-cbc', KEY, iv);
          c.update(plaintext);
          c.final();
        };
  row(`ZEGO generate (${layout.toUpperCase()})`, compare((i) => zegoToken(layout, i), raw));
  // A caller minting many tokens with one secret holds its prepared keys (a batch run does).
  const prepared = new PreparedKeys();
  row(`ZEGO generate (${layout.toUpperCase()}, prepared)`, compare((i) => zegoToken(layout, i, prepared), raw));
}

/** What `tokenlab verify` does per token: the registry detects, the family inspects (options built once, as the batch does). */
function verifier(token: string, options: FamilyVerifyOptions): () => void {
  return () => {
    const r = defaultRegistry.inspect(token, options, nodeCryptoPort);
    if (r.verdict !== 'valid') throw new Error(r.reason);
  };
}

function benchZegoVerify(layout: 'cbc' | 'gcm'): void {
  const token = zegoToken(layout);
  const decoded = decodeBase64Strict(token.slice(2));
  if (!decoded.ok) throw new Error('bench token must decode');
  const parsed = parseZegoEnvelope(decoded.bytes);
  if (!parsed.ok) throw new Error('bench token must parse');
  const { iv, ciphertext } = parsed.envelope;
  const raw =
    layout === 'gcm'
      ? () => {
          const d = createDecipheriv('aes-256-gcm', KEY, iv);
          d.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
          d.update(ciphertext.subarray(0, ciphertext.length - 16));
          d.final();
        }
      : () => {
          const d = createDecipheriv('aes-256-cbc', KEY, iv);
          d.update(ciphertext);
          d.final();
        };
  row(`ZEGO verify (${layout.toUpperCase()})`, compare(verifier(token, { now: NOW + 1, secret: SECRET, detail: 'verdict' }), raw));
  const prepared = new PreparedKeys();
  row(`ZEGO verify (${layout.toUpperCase()}, prepared)`, compare(verifier(token, { now: NOW + 1, secret: SECRET, detail: 'verdict', prepared }), raw));
}

/** The raw side is the fastest SHA-1 node offers for a few bytes: the one-shot crypto.hash where it exists. */
const sha1Hex: (text: string) => string =
  (nodeCrypto as { hash?: (a: string, d: string, e: 'hex') => string }).hash !== undefined
    ? (text) => (nodeCrypto as unknown as { hash: (a: string, d: string, e: 'hex') => string }).hash('sha1', text, 'hex')
    : (text) => createHash('sha1').update(text).digest('hex');

function benchCommsEase(): void {
  const req = { appKey: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6', accid: 'alice', appSecret: '1a2b3c4d5e6f', curTimeMs: NOW * 1000, ttlSeconds: 3600 };
  const token = generateCommsEaseToken(req, nodeCryptoPort);
  const input = `${req.appKey}${req.accid}${req.curTimeMs}${req.ttlSeconds}${req.appSecret}`;
  const options: FamilyVerifyOptions = { now: NOW + 1, secret: req.appSecret, expect: { appId: req.appKey, userId: req.accid }, detail: 'verdict' };
  row('CommsEase verify', compare(verifier(token, options), () => sha1Hex(input)));
  // The family keeps what detection decoded for the inspection of the same text: with one token
  // in a loop that saving spans calls. 256 distinct tokens (as a batch has) take it away.
  const tokens = Array.from({ length: 256 }, (_, i) => generateCommsEaseToken({ ...req, curTimeMs: req.curTimeMs + i }, nodeCryptoPort));
  row('CommsEase verify (distinct)', compare((i) => verifier(tokens[i & 255] as string, options)(), () => sha1Hex(input)));
  row('CommsEase generate', compare((i) => generateCommsEaseToken({ ...req, curTimeMs: req.curTimeMs + i }, nodeCryptoPort), (i) => sha1Hex(input + i)));
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
  benchZegoGenerate('gcm');
  benchZegoGenerate('cbc');
  benchZegoVerify('cbc');
  benchZegoVerify('gcm');
  benchCommsEase();
  fuzz(Number(process.env['FUZZ_CASES'] ?? 120_000));
  cliBatch(100_000);
}
