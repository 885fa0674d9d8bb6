export { en, type Catalogue } from './en';
export { zhCN } from './zh-CN';
export { CATALOGUES, createI18n, i18nFor } from './createI18n';
export { formatDateTime, formatDuration, formatNumber, formatRelative } from './formatters';
export { LANGUAGES, matchLanguage, resolveLanguage, type Language } from './language';
