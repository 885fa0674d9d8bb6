/**
 * A per-token loop to profile, one operation at a time:
 *
 *   node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/support/profileTokens.ts zego-verify-gcm
 *
 * Operations: zego-generate, zego-verify-gcm, zego-verify-cbc, zego-verify-cbc-prepared (the
 * secret's keys held across tokens), commsease-verify, commsease-verify-distinct (256 tokens in turn). Verification
 * goes through the registry with `detail: 'verdict'`, as `tokenlab verify` does. Prints µs per
 * operation (wall, profiler included); the profile says where the time goes.
 */
import { nodeCryptoPort } from '../../src/main/crypto/nodeCryptoPort';
import { PreparedKeys } from '../../src/shared/crypto/preparedKeys';
import { utf8Encode } from '../../src/shared/encoding/bytes';
import { generateCommsEaseToken } from '../../src/shared/families/commsease-dynamic/dynamicToken';
import { defaultRegistry } from '../../src/shared/families/registry';
import { generateZegoToken } from '../../src/shared/families/zego-token04/generateZegoToken';

const SECRET = '0123456789abcdef0123456789abcdef';
const NOW = 1_700_000_000;
const COUNT = 400_000;

function zegoToken(layout: 'cbc' | 'gcm', i = 0): string {
  const iv = layout === 'gcm' ? new Uint8Array(12).fill(i & 0xff) : utf8Encode('abcdefghijklmnop');
  return generateZegoToken({ appId: 123456789, userId: `user-${i}`, secret: SECRET, effectiveTimeInSeconds: 3600, layout, now: NOW, nonce: i, iv }, nodeCryptoPort);
}

function verifyLoop(token: string | readonly string[], options: Parameters<typeof defaultRegistry.inspect>[1]): void {
  const tokens = typeof token === 'string' ? [token] : token;
  for (let i = 0; i < COUNT; i++) {
    const r = defaultRegistry.inspect(tokens[i % tokens.length] as string, options, nodeCryptoPort);
    if (r.verdict !== 'valid') throw new Error(r.reason);
  }
}

const operations: Record<string, () => void> = {
  'zego-generate': () => {
    for (let i = 0; i < COUNT; i++) zegoToken('gcm', i);
  },
  'zego-verify-gcm': () => verifyLoop(zegoToken('gcm'), { now: NOW + 1, secret: SECRET, detail: 'verdict' }),
  'zego-verify-cbc': () => verifyLoop(zegoToken('cbc'), { now: NOW + 1, secret: SECRET, detail: 'verdict' }),
  'zego-verify-cbc-prepared': () => verifyLoop(zegoToken('cbc'), { now: NOW + 1, secret: SECRET, detail: 'verdict', prepared: new PreparedKeys() }),
  'commsease-verify-distinct': () => {
    const req = { appKey: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6', accid: 'alice', appSecret: '1a2b3c4d5e6f', curTimeMs: NOW * 1000, ttlSeconds: 3600 };
    const tokens = Array.from({ length: 256 }, (_, i) => generateCommsEaseToken({ ...req, curTimeMs: req.curTimeMs + i }, nodeCryptoPort));
    verifyLoop(tokens, { now: NOW + 1, secret: req.appSecret, expect: { appId: req.appKey, userId: req.accid }, detail: 'verdict' });
  },
  'commsease-verify': () => {
    const req = { appKey: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6', accid: 'alice', appSecret: '1a2b3c4d5e6f', curTimeMs: NOW * 1000, ttlSeconds: 3600 };
    verifyLoop(generateCommsEaseToken(req, nodeCryptoPort), { now: NOW + 1, secret: req.appSecret, expect: { appId: req.appKey, userId: req.accid }, detail: 'verdict' });
  },
};

const name = process.argv[2] ?? '';
const operation = operations[name];
if (!operation) {
  console.error(`usage: profileTokens.ts ${Object.keys(operations).join('|')}`);
  process.exitCode = 2;
} else {
  const start = performance.now();
  operation();
  console.log(`${name}: ${(((performance.now() - start) * 1000) / COUNT).toFixed(2)} µs per operation`);
}
