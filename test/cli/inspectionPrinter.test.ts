/**
 * A batch's printer remembers the sentences that repeat from token to token: what it prints for
 * a token must not depend on what it printed before (a fresh printer per token says the same).
 */
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../src/main/crypto/nodeCryptoPort';
import { generateCommsEaseToken } from '../../src/shared/families/commsease-dynamic/dynamicToken';
import { generateZegoToken } from '../../src/shared/families/zego-token04/generateZegoToken';
import { defaultRegistry } from '../../src/shared/families/registry';
import { translator } from '../../src/cli/cliText';
import { inspectionPrinter, painterFor } from '../../src/cli/output';

const SECRET = '0123456789abcdef0123456789abcdef';
const NOW = 1_700_000_000;

function tokens(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 40; i++) {
    const layout = i % 2 === 0 ? 'gcm' : 'cbc';
    const iv = new Uint8Array(layout === 'gcm' ? 12 : 16).fill(i);
    // Expiries before, at and after now; another user, another app; CommsEase with milliseconds.
    out.push(generateZegoToken({ appId: 1 + (i % 3), userId: `u${i % 4}`, secret: SECRET, effectiveTimeInSeconds: 3600 + (i % 5) * 1800, now: NOW - (i % 7) * 1500, nonce: i, iv, layout }, nodeCryptoPort));
    out.push(generateCommsEaseToken({ appKey: 'k', accid: `u${i % 3}`, appSecret: SECRET, curTimeMs: (NOW - 3600 * (i % 3)) * 1000 + i * 7, ttlSeconds: 3600 }, nodeCryptoPort));
    if (i % 10 === 0) out.push(`not-a-token-${i}`, out[out.length - 1]!.slice(0, -3));
  }
  return out;
}

describe('inspectionPrinter', () => {
  for (const language of ['en', 'zh-CN'] as const) {
    for (const colour of [false, true]) {
      it(`prints each token as a fresh printer would (${language}, colour ${colour})`, () => {
        const words = { t: translator(language), language };
        const painter = painterFor(colour, {});
        const shared = inspectionPrinter(NOW, painter, defaultRegistry, words);
        const options = { now: NOW, skewSeconds: 0, detail: 'verdict' as const, secret: SECRET, expect: { appId: 'k', userId: 'u1' } };
        const all = tokens();
        let i = 0;
        for (const token of [...all, ...all.reverse()]) {
          const r = defaultRegistry.inspect(token, () => options, nodeCryptoPort);
          const fresh = inspectionPrinter(NOW, painter, defaultRegistry, words)(++i, r);
          expect(shared(i, r)).toBe(fresh);
        }
        expect(i).toBeGreaterThan(80);
      });
    }
  }
});
