export { en, type Catalogue } from './en';
export { zhCN } from './zh-CN';
export { CATALOGUES, createI18n, i18nFor } from './createI18n';
export { durationKey, formatDateTime, formatDuration, formatNumber, formatRelative, relativeKey } from './formatters';
export { LANGUAGES, matchLanguage, resolveLanguage, type Language } from './language';
