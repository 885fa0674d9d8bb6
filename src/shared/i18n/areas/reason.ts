/** The engine's one-line reasons for a verdict, by reason code. English and Chinese side by side; the Chinese half has exactly the English keys. */
import type { Strings } from '../strings';

export const reasonEn = {
} as const;

export const reasonZh: Strings<typeof reasonEn> = {
};
