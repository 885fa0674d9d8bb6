/**
 * Every verdict the engine reaches carries a reason code the catalogues word in English and
 * Chinese, so the CLI and the screens can say why in either language; --json keeps the English
 * `reason` as it was.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { defaultRegistry } from '../../../src/shared/families/registry';
import { createI18n } from '../../../src/shared/i18n';
import { reasonText, type Translate } from '../../../src/shared/tokens/reasonText';
import type { Inspection } from '../../../src/shared/tokens/types';
import { loadFamilyVectors, vectorSecret, type FamilyVector } from '../../support/familyVectors';
import { VECTORS_DIR } from '../../support/vectors';

const vectors = readdirSync(VECTORS_DIR)
  .filter((f) => f.endsWith('.json'))
  .flatMap((file) => loadFamilyVectors(file).map((v) => [`${file} ${v.id}`, v] as const));

const en = createI18n('en');
const zh = createI18n('zh-CN');
const tOf = (i: ReturnType<typeof createI18n>): Translate => (k, o) => i.t(k, o) as string;

/** What the app would ask for: the secret, and the expected app/user where the vector names them. */
function inspections(v: FamilyVector): Inspection[] {
  const secret = vectorSecret(v) ?? (typeof v.inputs['appSecret'] === 'string' ? v.inputs['appSecret'] : undefined);
  const expect: Record<string, string> = {};
  if (v.expect.expectedAppId !== undefined) expect['appId'] = String(v.expect.expectedAppId);
  if (typeof v.inputs['appKey'] === 'string') expect['appId'] = v.inputs['appKey'];
  if (typeof v.inputs['accid'] === 'string') expect['userId'] = v.inputs['accid'];
  const now = v.expect.now;
  return [
    defaultRegistry.inspect(v.token, { now }, nodeCryptoPort),
    defaultRegistry.inspect(v.token, { now, ...(secret !== undefined ? { secret } : {}), expect }, nodeCryptoPort),
    // A day and a year later: expired reasons too.
    defaultRegistry.inspect(v.token, { now: now + 400 * 86_400, ...(secret !== undefined ? { secret } : {}), expect }, nodeCryptoPort),
  ];
}

describe('reason codes', () => {
  it.each(vectors)('%s: every verdict but malformed has a code both catalogues word', (_name, v) => {
    for (const r of inspections(v)) {
      if (r.verdict !== 'malformed') expect(r.reasonCode, `${r.verdict}: ${r.reason}`).toBeDefined();
      if (r.reasonCode === undefined) continue;
      expect(en.exists(`reason.${r.reasonCode}`), r.reasonCode).toBe(true);
      const now = v.expect.now;
      const english = reasonText(r, { t: tOf(en), language: 'en', now });
      const chinese = reasonText(r, { t: tOf(zh), language: 'zh-CN', now });
      for (const text of [english, chinese]) expect(text, r.reasonCode).not.toMatch(/\{\{|^$|reason\./);
      // Chinese is a translation, not the English sentence again.
      expect(chinese).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('a reason reads its instant as the reader would: years for long spans, in either language', () => {
    const gcm = loadFamilyVectors('zego-token04-gcm.json')[0]!;
    const secret = vectorSecret(gcm)!;
    const later = gcm.expect.now + 3 * 365 * 86_400;
    const r = defaultRegistry.inspect(gcm.token, { now: later, secret }, nodeCryptoPort);
    expect(r.verdict).toBe('expired');
    expect(r.reason).toMatch(/^authentic, but expired \d+ d/);
    expect(r.reasonCode).toBe('expired');
    expect(reasonText(r, { t: tOf(en), language: 'en', now: later })).toMatch(/^authentic, but expired [23](\.\d)? years ago$/);
    expect(reasonText(r, { t: tOf(zh), language: 'zh-CN', now: later })).toMatch(/^签名校验通过，但已于[23](\.\d)?年前过期$/);
  });

  it('a reason without a code stays the engine’s English sentence', () => {
    const r = defaultRegistry.inspect('04AAAA', { now: 0 }, nodeCryptoPort);
    const bare = { ...r, reasonCode: undefined, reasonParams: undefined };
    expect(reasonText(bare, { t: tOf(zh), language: 'zh-CN', now: 0 })).toBe(r.reason);
  });
});
