import { describe, expect, it } from 'vitest';
import { durationKey, formatDateTime, formatDuration, formatNumber, formatRelative, matchLanguage, relativeKey, resolveLanguage } from '../../../src/shared/i18n';

const NOW = 1_764_000_000;
const DAY = 86_400;

describe('formatRelative', () => {
  it('reads long spans as years, not "1086 d ago"', () => {
    expect(formatRelative(NOW - 1086 * DAY, NOW, 'en')).toBe('3 years ago');
    expect(formatRelative(NOW - 1023 * DAY, NOW, 'en')).toBe('2.8 years ago');
    expect(formatRelative(NOW - 1023 * DAY, NOW, 'zh-CN')).toBe('2.8年前');
  });
  it('months between a month and a year, exact units below', () => {
    expect(formatRelative(NOW + 75 * DAY, NOW, 'en')).toBe('in 2 months');
    expect(formatRelative(NOW + 252, NOW, 'en')).toBe('in 4m 12s');
    expect(formatRelative(NOW - 3 * 3600, NOW, 'en')).toBe('3h ago');
    expect(formatRelative(NOW - 3 * 3600 - 300, NOW, 'zh-CN')).toBe('3小时5分钟前');
    expect(formatRelative(NOW + 29 * DAY + 3600, NOW, 'en')).toBe('in 29d 1h');
    expect(formatRelative(NOW, NOW, 'en')).toBe('in 0s');
  });
});

describe('relativeKey and durationKey (what a batch printer remembers a wording under)', () => {
  // Instants around now: whole and fractional seconds (a CommsEase expiry has milliseconds), both signs, either side of a month.
  const deltas = [0, -0, 0.4, -0.4, 0.999, 1, 59.5, -59.5, 3600, 3600.012, -3600.5, 86_399.9, 29 * DAY, 30.44 * DAY - 0.5, 30.44 * DAY, 30.44 * DAY + 0.5, -400 * DAY, -400 * DAY - 0.3, NaN];
  it('two instants with the same key read the same, in both languages', () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const byKey = new Map<string, string>();
      for (const d of deltas) {
        const words = formatRelative(NOW + d, NOW, lang);
        const key = relativeKey(NOW + d, NOW);
        expect(byKey.get(key) ?? words, `${lang} ${d}`).toBe(words);
        byKey.set(key, words);
        const duration = formatDuration(d, lang);
        const dKey = `d${durationKey(d)}`;
        expect(byKey.get(dKey) ?? duration, `${lang} duration ${d}`).toBe(duration);
        byKey.set(dKey, duration);
      }
    }
  });
  it('keeps apart what reads differently', () => {
    expect(relativeKey(NOW + 0.4, NOW)).not.toBe(relativeKey(NOW - 0.4, NOW));
    expect(relativeKey(NOW + 3600, NOW)).not.toBe(relativeKey(NOW + 3601, NOW));
    expect(relativeKey(NOW + 400 * DAY, NOW)).not.toBe(relativeKey(NOW + 400 * DAY + 0.5, NOW));
  });
});

describe('formatDateTime and formatNumber', () => {
  it('writes the date in the language, in the zone asked for', () => {
    expect(formatDateTime(NOW, 'en', 'UTC')).toBe('Nov 24, 2025, 16:00:00 UTC');
    expect(formatDateTime(NOW, 'zh-CN', 'UTC')).toContain('2025年11月24日');
    expect(formatDateTime(1e300, 'en', 'UTC')).toBeNull();
  });
  it('groups digits', () => {
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(12345, 'zh-CN')).toBe('12,345');
  });
});

describe('language tags', () => {
  it('maps LANG-style and BCP 47 tags', () => {
    expect(matchLanguage('zh_CN.UTF-8')).toBe('zh-CN');
    expect(matchLanguage('zh-Hans-CN')).toBe('zh-CN');
    expect(matchLanguage('en_GB.UTF-8')).toBe('en');
    expect(matchLanguage('C')).toBe('en');
    expect(matchLanguage('fr_FR')).toBeNull();
    expect(resolveLanguage([undefined, 'fr_FR', 'zh_TW.UTF-8'])).toBe('zh-CN');
    expect(resolveLanguage([])).toBe('en');
  });
});
