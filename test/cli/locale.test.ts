import { describe, expect, it } from 'vitest';
import { cliLocale } from '../../src/cli/locale';

describe('cliLocale', () => {
  it('--lang wins over the environment and is taken out of argv', () => {
    const locale = cliLocale(['inspect', '--lang', 'zh-CN', 'TOKEN'], { LANG: 'en_US.UTF-8' });
    expect(locale.language).toBe('zh-CN');
    expect(locale.argv).toEqual(['inspect', 'TOKEN']);
    expect(locale.i18n.t('verdict.valid')).toBe('有效');
    expect(cliLocale(['--lang=en', 'inspect'], { LC_ALL: 'zh_CN.UTF-8' }).language).toBe('en');
  });
  it('follows LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(cliLocale([], { LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US' }).language).toBe('zh-CN');
    expect(cliLocale([], { LC_ALL: '', LC_MESSAGES: 'zh_CN', LANG: 'en_US' }).language).toBe('zh-CN');
    expect(cliLocale([], { LC_ALL: 'C', LANG: 'zh_CN' }).language).toBe('en');
    expect(cliLocale([], { LANG: 'fr_FR.UTF-8' }).language).toBe('en');
    expect(cliLocale([], {}).language).toBe('en');
  });
  it('refuses an unknown --lang in the environment language, and leaves arguments after -- alone', () => {
    expect(() => cliLocale(['--lang', 'xx'], { LANG: 'zh_CN.UTF-8' })).toThrow('未知语言 "xx"');
    expect(() => cliLocale(['--lang'], {})).toThrow('--lang needs a value');
    expect(cliLocale(['inspect', '--', '--lang'], {}).argv).toEqual(['inspect', '--', '--lang']);
  });
});
