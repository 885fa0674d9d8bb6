/**
 * Every form text of the newer families is in both catalogues under
 * `family.<familyId>.<field>`: the generator's fields, the profile's identifiers and secret,
 * and the expected values (`verify.<key>`); the English is the FieldSpec's own words, and the
 * Chinese is there and is not the English left untranslated (names like "App ID" excepted).
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/shared/i18n/en';
import { zhCN } from '../../../src/shared/i18n/zh-CN';
import { defaultRegistry } from '../../../src/shared/families/registry';
import { createI18n } from '../../../src/shared/i18n/createI18n';
import { loadFamilyVectors } from '../../support/familyVectors';

const NEWER = ['agora-accesstoken2', 'agora-accesstoken', 'tencent-usersig-v2', 'livekit-jwt', 'twilio-jwt', 'jwt-generic'];
/** Product and field names that stay as they are in Chinese docs. */
const SAME_IN_CHINESE = new Set(['App ID', 'SDKAppID', 'UserID', 'API Key', 'API Secret', 'Account SID', 'API Key SID', 'API Key Secret']);

type Texts = Record<string, { label: string; help?: string } | Record<string, { label: string; help?: string }>>;
const textsOf = (catalogue: unknown, id: string) => (catalogue as { family: Record<string, Texts> }).family[id] as Texts;

describe('newer families: form texts in English and Chinese', () => {
  for (const id of NEWER) {
    const family = defaultRegistry.require(id);
    const enTexts = textsOf(en, id);
    const zhTexts = textsOf(zhCN, id);
    const entries = [
      ...[...family.generator.fields, ...family.profile.identifiers].map((f) => [f.key, f, enTexts[f.key], zhTexts[f.key]] as const),
      ...family.verifyInputs.map((f) => [`verify.${f.key}`, f, (enTexts['verify'] as Texts)[f.key], (zhTexts['verify'] as Texts)[f.key]] as const),
      ['secret', { label: family.profile.secretLabel, help: undefined }, enTexts['secret'], zhTexts['secret']] as const,
    ];
    it.each(entries)(`${id} %s`, (_key, spec, english, chinese) => {
      expect(english).toEqual({ label: spec.label, ...(spec.help ? { help: spec.help } : {}) });
      const zh = chinese as { label: string; help?: string };
      expect(zh.label).not.toBe('');
      if (!SAME_IN_CHINESE.has(zh.label)) expect(zh.label).not.toBe(spec.label);
      expect(zh.help === undefined).toBe(spec.help === undefined);
    });
  }
});

describe('newer families: the byte-map legend says what each of their segments is', () => {
  for (const id of NEWER) {
    it(`${id}: every segment of its vectors has its own legend text in both languages`, () => {
      const names = new Set(loadFamilyVectors(`${id}.json`).flatMap((v) => defaultRegistry.inspect(v.token, { now: v.expect.now }).segments.map((s) => s.name)));
      expect(names.size).toBeGreaterThan(2);
      for (const lang of ['en', 'zh-CN'] as const) {
        const i18n = createI18n(lang);
        for (const name of names) expect(i18n.exists(`family.${id}.seg.${name}`), `${lang} ${name}`).toBe(true);
      }
    });
  }
});
