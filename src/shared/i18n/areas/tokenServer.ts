/** The Token server screen. English and Chinese side by side; the Chinese half has exactly the English keys. */
import type { Strings } from '../strings';

export const tokenServerEn = {
} as const;

export const tokenServerZh: Strings<typeof tokenServerEn> = {
};
