/** The Simulator screen. English and Chinese side by side; the Chinese half has exactly the English keys. */
import type { Strings } from '../strings';

export const simulatorEn = {
} as const;

export const simulatorZh: Strings<typeof simulatorEn> = {
};
