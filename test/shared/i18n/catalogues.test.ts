import { describe, expect, it } from 'vitest';
import { CATALOGUES, createI18n, en, zhCN } from '../../../src/shared/i18n';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`)));
}
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();
}

describe('catalogues', () => {
  it('zh-CN has exactly the keys of en', () => {
    expect(keys(zhCN).sort()).toEqual(keys(en).sort());
  });

  it('every zh-CN string uses the same placeholders as its English twin, and none is empty', () => {
    const zh = new Map(Object.entries(flatten(zhCN)));
    for (const [key, text] of Object.entries(flatten(en))) {
      expect(zh.get(key), key).not.toBe('');
      expect(placeholders(zh.get(key)!), key).toEqual(placeholders(text));
    }
  });

  it("main's own area (menu, questions, notifications, verifier, errors) is in both catalogues, and its Chinese is Chinese", () => {
    const mainKeys = keys(en).filter((k) => k.startsWith('main.'));
    expect(mainKeys.length).toBeGreaterThan(100);
    expect(keys(zhCN).filter((k) => k.startsWith('main.')).sort()).toEqual(mainKeys.sort());
    const zh = flatten(zhCN);
    // Names that stay as they are in Chinese text too (header names).
    const sameInBoth = new Set(['main.verifier.missing.md5']);
    for (const key of mainKeys) {
      if (sameInBoth.has(key)) continue;
      expect(zh[key], key).toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
    }
  });

  it('a zh-CN instance answers in Chinese, an en one in English, with interpolation', () => {
    expect(createI18n('zh-CN').t('verdict.expired')).toBe('已过期');
    expect(createI18n('en').t('inspector.found', { count: 2 })).toBe('2 tokens found');
    expect(createI18n('en').t('inspector.found', { count: 1 })).toBe('1 token found');
    expect(Object.keys(CATALOGUES)).toEqual(['en', 'zh-CN']);
  });
});

function flatten(tree: object, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v]] : Object.entries(flatten(v as object, `${prefix}${k}.`)))),
  );
}
