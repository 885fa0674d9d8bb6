/** The CommsEase screen. English and Chinese side by side; the Chinese half has exactly the English keys. */
import type { Strings } from '../strings';

export const commseaseEn = {
} as const;

export const commseaseZh: Strings<typeof commseaseEn> = {
};
