/** The Generator screen. English and Chinese side by side; the Chinese half has exactly the English keys. */
import type { Strings } from '../strings';

export const generatorEn = {
} as const;

export const generatorZh: Strings<typeof generatorEn> = {
};
