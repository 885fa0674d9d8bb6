/** The languages TokenLab speaks, and how a locale tag from the OS, LANG or --lang maps to one. */
export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * "zh_CN.UTF-8", "zh-Hans-CN", "zh" → zh-CN; "en_US", "C", "POSIX", "" → en; anything else →
 * null, so callers can fall back or complain. Chinese of any region reads the Simplified
 * catalogue, the only Chinese one.
 */
export function matchLanguage(tag: string | undefined | null): Language | null {
  if (!tag) return null;
  const base = tag.trim().split(/[.@]/)[0]!.replace(/_/g, '-').toLowerCase();
  if (base === '' || base === 'c' || base === 'posix') return 'en';
  const primary = base.split('-')[0];
  if (primary === 'zh') return 'zh-CN';
  if (primary === 'en') return 'en';
  return null;
}

/** The first tag that names a language we have, else English. */
export function resolveLanguage(tags: readonly (string | undefined | null)[]): Language {
  for (const tag of tags) {
    const match = matchLanguage(tag);
    if (match) return match;
  }
  return 'en';
}
