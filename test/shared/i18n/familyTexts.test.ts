/**
 * Every registered family's field texts are in both catalogues (convention: areas/family.ts),
 * and the English is the family's own, so the CLI's words and the app's cannot drift apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FAMILIES, defaultRegistry } from '../../../src/shared/families/registry';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { loadVectors } from '../../support/vectors';
import { fieldKey, reasonText } from '../../../src/shared/tokens/reasonText';
import { createI18n, en, zhCN } from '../../../src/shared/i18n';
import { familyLabelKey, familySecretKey, familyTextKey, familyTexts, familyValueKey, familyVendorKey, type FamilyTextSection, type FamilyTextSpec } from '../../../src/shared/i18n/familyTexts';

function lookup(tree: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);
}

const sections = (f: (typeof DEFAULT_FAMILIES)[number]): [FamilyTextSection, readonly FamilyTextSpec[]][] => [
  ['identifier', f.profile.identifiers],
  ['field', f.generator.fields],
  ['verify', f.verifyInputs],
];

describe.each(DEFAULT_FAMILIES.map((f) => [f.id, f] as const))('family texts of %s', (id, family) => {
  it('has every label, help and choice in English (the family’s own words) and in Chinese', () => {
    expect(lookup(en, familyLabelKey(id))).toBe(family.label);
    expect(typeof lookup(zhCN, familyLabelKey(id))).toBe('string');
    expect(lookup(en, familySecretKey(id))).toBe(family.profile.secretLabel);
    expect(typeof lookup(zhCN, familySecretKey(id))).toBe('string');
    for (const [section, specs] of sections(family)) {
      for (const spec of specs) {
        const parts = ['label', ...(spec.help ? ['help' as const] : []), ...(spec.options ?? []).map((o) => `option.${o.value}` as const)] as const;
        for (const part of parts) {
          const key = familyTextKey(id, section, spec.key, part);
          const english = part === 'label' ? spec.label : part === 'help' ? spec.help : spec.options!.find((o) => `option.${o.value}` === part)!.label;
          expect(lookup(en, key), key).toBe(english);
          expect(lookup(zhCN, key), key).toEqual(expect.any(String));
          expect(lookup(zhCN, key), key).not.toBe('');
        }
      }
    }
  });

  it('has no catalogue text for a field the family does not have', () => {
    const catalogue = lookup(en, `family.${id}`) as Record<string, Record<string, object>>;
    for (const [section, specs] of sections(family)) {
      expect(Object.keys(catalogue[section] ?? {}).sort(), section).toEqual(specs.map((s) => s.key).sort());
    }
  });
});

describe('family segment texts', () => {
  // Every vector file, with the secret its family calls by its own name, so every part a token can have is shown.
  const files = ['zego-token04-gcm.json', 'zego-token04-cbc.json', 'commsease-dynamic.json', 'agora-accesstoken2.json', 'agora-accesstoken.json', 'tencent-usersig-v2.json', 'livekit-jwt.json', 'twilio-jwt.json', 'jwt-generic.json'];
  const secretOf = (inputs: Record<string, unknown>) => inputs['secret'] ?? inputs['appSecret'] ?? inputs['appCertificate'];
  const enT = createI18n('en');
  const zhT = createI18n('zh-CN');

  it('name and explain, in both languages and in the engine’s own English, every part each family’s byte map produces', () => {
    const formats = new Set<string>();
    for (const file of files) {
      for (const v of loadVectors(file)) {
        const secret = secretOf(v.inputs);
        const inspection = defaultRegistry.inspect(v.token, { now: 1_700_000_000, secret: secret === undefined ? undefined : String(secret) }, nodeCryptoPort);
        for (const segment of inspection.segments) {
          formats.add(inspection.format);
          const key = familyTextKey(inspection.format, 'segment', segment.name, 'label');
          const inEnglish = familyTexts((k, o) => enT.t(k, o), inspection.format);
          const inChinese = familyTexts((k, o) => zhT.t(k, o), inspection.format);
          expect(typeof lookup(en, key), `${file} ${key}`).toBe('string');
          expect(inEnglish.segmentLabel(segment), `${file} ${key}`).toBe(segment.label);
          expect(typeof lookup(zhCN, key), key).toBe('string');
          expect(inChinese.segmentLabel(segment), key).not.toMatch(/\{\{/);
          for (const texts of [inEnglish, inChinese]) expect(texts.segmentHelp(segment.name), `${key} help`).toEqual(expect.stringMatching(/./));
          expect(inChinese.segmentHelp(segment.name), key).not.toBe(inEnglish.segmentHelp(segment.name));
        }
      }
    }
    // Every registered family was seen, so a family added without vectors here fails this test.
    expect([...formats].sort()).toEqual(DEFAULT_FAMILIES.map((f) => f.id).sort());
  });
});

describe('family segment values', () => {
  const files = ['agora-accesstoken2.json', 'agora-accesstoken.json', 'tencent-usersig-v2.json', 'livekit-jwt.json', 'twilio-jwt.json', 'jwt-generic.json'];
  const enT = createI18n('en');
  const zhT = createI18n('zh-CN');

  it('word every keyed byte-map value in both catalogues, the English exactly the engine’s value', () => {
    const keyed = new Set<string>();
    for (const file of files) {
      for (const v of loadVectors(file)) {
        const secret = v.inputs['secret'] ?? v.inputs['appSecret'] ?? v.inputs['appCertificate'];
        const inspection = defaultRegistry.inspect(v.token, { now: 1_700_000_000, secret: secret === undefined ? undefined : String(secret) }, nodeCryptoPort);
        const inEnglish = familyTexts((k, o) => enT.t(k, o), inspection.format);
        const inChinese = familyTexts((k, o) => zhT.t(k, o), inspection.format);
        for (const segment of inspection.segments) {
          if (!segment.valueParts) continue;
          keyed.add(`${inspection.format}.${segment.name}`);
          for (const p of segment.valueParts) {
            const key = familyValueKey(inspection.format, p.key);
            expect(typeof lookup(en, key), `${file} ${key}`).toBe('string');
            expect(typeof lookup(zhCN, key), `${file} ${key}`).toBe('string');
          }
          expect(inEnglish.segmentValue(segment), `${file} ${segment.name}`).toBe(segment.value);
          expect(inChinese.segmentValue(segment), `${file} ${segment.name}`).not.toMatch(/\{\{/);
        }
      }
    }
    // The Agora values that carried English words are keyed.
    for (const name of ['agora-accesstoken2.issueTs', 'agora-accesstoken2.expire', 'agora-accesstoken2.service', 'agora-accesstoken.ts', 'agora-accesstoken.privileges']) expect(keyed, name).toContain(name);
  });

  it('read in Chinese where the English has words (007 lifetime and service, 006 uid 0 and no privileges)', () => {
    const zh = (format: string, segment: Parameters<ReturnType<typeof familyTexts>['segmentValue']>[0]) => familyTexts((k, o) => zhT.t(k, o), format).segmentValue(segment);
    const v = loadVectors('agora-accesstoken2.json')[0]!;
    const inspection = defaultRegistry.inspect(v.token, { now: 1_700_000_000 }, nodeCryptoPort);
    const expire = inspection.segments.find((s) => s.name === 'expire')!;
    expect(expire.value).toMatch(/ s \(until /);
    expect(zh(inspection.format, expire)).toMatch(/^\d+ 秒（至 .+）$/);
    const service = inspection.segments.find((s) => s.name === 'service')!;
    expect(zh(inspection.format, service)).not.toMatch(/until|any user|no privileges/);
    expect(zh('agora-accesstoken', { value: '0 (uid 0: any user)', valueParts: [{ key: 'crcUidAny' }] })).toBe('0（uid 0：任意用户）');
    expect(zh('agora-accesstoken', { value: 'none', valueParts: [{ key: 'none' }] })).toBe('无');
    // A piece the catalogue lacks: the engine's whole English value, not a value with a hole.
    expect(zh('agora-accesstoken', { value: 'x y', valueParts: [{ key: 'none' }, { key: 'noSuchPiece' }] })).toBe('x y');
  });
});

describe('parse-error details', () => {
  const ctx = (language: 'en' | 'zh-CN') => {
    const i18n = createI18n(language);
    return { t: (k: string, o?: Record<string, unknown>) => i18n.t(k, o), language, now: 1_700_000_000 };
  };

  it('read in English exactly as the engine’s detail and in Chinese without the English detail', () => {
    // A 007 whose body is not zlib, a JWT of two parts, one whose header is not JSON, one without alg.
    const tokens: string[] = [`007${Buffer.from('not zlib at all, just text').toString('base64')}`, 'eyJhbGciOiJIUzI1NiJ9.e30', 'bm90IGpzb24.e30.c2ln', 'eyJ0eXAiOiJKV1QifQ.e30.c2ln'];
    for (const file of ['agora-accesstoken2.json', 'agora-accesstoken.json', 'tencent-usersig-v2.json', 'jwt-generic.json', 'livekit-jwt.json', 'twilio-jwt.json']) {
      for (const v of loadVectors(file)) tokens.push(v.token, v.token.slice(0, Math.floor(v.token.length * 0.8)));
    }
    // Layout errors a hand-edited token shows: bytes after the last 007 service, an App ID that
    // is not hex, bytes after a 006 message.
    const v7 = loadVectors('agora-accesstoken2.json').find((v) => v.expect.verdict === 'valid')!;
    const inflated = inflateSync(Buffer.from(v7.token.slice(3), 'base64'));
    tokens.push(`007${deflateSync(Buffer.concat([inflated, Buffer.from([1, 2, 3])])).toString('base64')}`);
    const notHex = Buffer.from(inflated);
    notHex.write('z', 34 + 2);
    tokens.push(`007${deflateSync(notHex).toString('base64')}`);
    const v6 = loadVectors('agora-accesstoken.json').find((v) => v.expect.verdict === 'valid')!;
    tokens.push(`${v6.token.slice(0, 35)}${Buffer.concat([Buffer.from(v6.token.slice(35), 'base64'), Buffer.from([9, 9])]).toString('base64')}`);
    // A JWT with "=" padding in its header segment, and one whose crit names an unknown extension.
    const b64url = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    tokens.push(`${b64url({ alg: 'HS256', typ: 'JWT' })}==.${b64url({ sub: 'a' })}.c2ln`, `${b64url({ alg: 'HS256', crit: ['exp'] })}.${b64url({ sub: 'a' })}.c2ln`);
    // A UserSig in the standard base64 alphabet, and one cut to a length not a multiple of 4.
    const us = loadVectors('tencent-usersig-v2.json').find((v) => v.expect.verdict === 'valid')!.token;
    tokens.push(us.replace(/\*/g, '+'), us.slice(0, us.length - 1));
    // A zlib header over a deflate block of the reserved type 3.
    tokens.push(`007${Buffer.from([0x78, 0x9c, 0xff, 0xff]).toString('base64')}`);
    // ZEGO Token04 bodies in base64url, and one cut to a length not a multiple of 4.
    const zego = loadVectors('zego-token04-gcm.json').find((v) => v.expect.verdict === 'valid')!.token;
    tokens.push(`04${Buffer.from(zego.slice(2), 'base64').toString('base64url')}`, zego.slice(0, zego.length - 1));
    const keyed = new Set<string>();
    for (const token of tokens) {
      const inspection = defaultRegistry.inspect(token, { now: 1_700_000_000 }, nodeCryptoPort);
      const code = inspection.reasonParams?.['detailCode'];
      if (typeof code !== 'string') continue;
      keyed.add(code);
      expect(lookup(zhCN, `reason.detail.${code}`), code).toEqual(expect.any(String));
      // A parser's field name reads in Chinese too (RTC 频道名, not 'RTC channel name').
      const what = inspection.reasonParams?.['what'];
      if (typeof what === 'string') expect(lookup(zhCN, `reason.field.${fieldKey(what)}`), what).toEqual(expect.any(String));
      // The English detail by its code is the engine's detail, word for word.
      const { detailCode: _code, ...plain } = inspection.reasonParams ?? {};
      expect(reasonText(inspection, ctx('en')), token).toBe(reasonText({ ...inspection, reasonParams: plain }, ctx('en')));
      const zh = reasonText(inspection, ctx('zh-CN'));
      expect(zh, token).not.toContain(String(inspection.reasonParams?.['detail']));
      expect(zh, token).not.toMatch(/\{\{/);
    }
    // The common ones are seen: a truncated Agora body, a JWT without three parts, a header without alg, a body not zlib.
    for (const code of ['runs_past_end', 'jwt_segments', 'jwt_no_alg', 'zlib_not_header', 'bytes_after_services', 'app_id_not_hex', 'bytes_after_message', 'jwt_not_base64url', 'jwt_crit', 'usersig_standard_alphabet', 'usersig_bad_length', 'inflate_bad_block_type', 'base64_url_alphabet', 'base64_bad_length']) expect(keyed, code).toContain(code);
  });
});

describe('binary parser field names', () => {
  it('every field an Agora parser names when bytes run out has its words in both catalogues', () => {
    const names = new Set<string>();
    for (const file of ['agora-accesstoken2/format.ts', 'agora-accesstoken/format.ts']) {
      const source = readFileSync(join(__dirname, '../../../src/shared/families', file), 'utf8');
      for (const m of source.matchAll(/\b(?:r\.(?:u8|u16|i16|u32|take)|readString)\([^)]*?'([^']+)'\)/g)) names.add(m[1]!);
    }
    expect(names.size).toBeGreaterThan(20);
    for (const name of names) {
      expect(lookup(en, `reason.field.${fieldKey(name)}`), name).toBe(name);
      expect(lookup(zhCN, `reason.field.${fieldKey(name)}`), name).toEqual(expect.any(String));
    }
  });
});

describe('family vendor names', () => {
  it('are the family’s own in English and the platform’s Chinese name in Chinese', () => {
    for (const family of DEFAULT_FAMILIES) {
      expect(lookup(en, familyVendorKey(family.id)), family.id).toBe(family.vendor);
      expect(lookup(zhCN, familyVendorKey(family.id)), family.id).toEqual(expect.stringMatching(/./));
    }
    const zh = createI18n('zh-CN');
    const vendor = (id: string) => familyTexts((k, o) => zh.t(k, o), id).vendor(DEFAULT_FAMILIES.find((f) => f.id === id)!.vendor);
    expect(vendor('zego-token04')).toBe('即构 ZEGOCLOUD');
    expect(vendor('commsease-dynamic')).toBe('网易云信');
    expect(vendor('tencent-usersig-v2')).toBe('腾讯云');
    expect(vendor('agora-accesstoken2')).toBe('声网 Agora');
  });
});

describe('simulator platform names', () => {
  it('every registered platform has its own English and a Chinese name (simText.platformLabel’s camelCase key)', () => {
    const zh = createI18n('zh-CN');
    for (const { rules } of defaultRegistry.platforms) {
      const key = `simulator.platform.${rules.id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}`;
      expect(lookup(en, key), key).toBe(rules.label);
      expect(zh.t(key, { defaultValue: '' }), key).toEqual(expect.stringMatching(/./));
    }
    expect(zh.t('simulator.platform.agoraRtcNative')).toBe('声网 RTC（原生 SDK 4.x）');
  });
});

describe('familyTexts', () => {
  it('answers in the reader’s language, and in the family’s own English for a family with no catalogue texts', () => {
    const zh = createI18n('zh-CN');
    const zego = familyTexts((k, o) => zh.t(k, o), 'zego-token04');
    expect(zego.label('field', { key: 'roomId', label: 'Room ID' })).toBe('房间 ID');
    expect(zego.option('field', { key: 'layout', label: 'Layout' }, { value: 'cbc', label: 'CBC (original)' })).toBe('CBC（原版）');
    const toy = familyTexts((k, o) => zh.t(k, o), 'toy');
    expect(toy.label('field', { key: 'x', label: 'Toy field' })).toBe('Toy field');
    expect(toy.help('field', { key: 'x', label: 'Toy field' })).toBeUndefined();
  });
});
