/** The CLI's messages: usage errors, prompts, summaries. English and Chinese side by side; the Chinese half has exactly the English keys. */
import type { Strings } from '../strings';

export const cliEn = {
  unknownLanguage: 'Unknown language "{{lang}}"; use en or zh-CN.',
} as const;

export const cliZh: Strings<typeof cliEn> = {
  unknownLanguage: '未知语言 "{{lang}}"；请使用 en 或 zh-CN。',
};
