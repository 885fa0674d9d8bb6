/** The Profiles screen and the profile picker. English and Chinese side by side; the Chinese half has exactly the English keys. */
import type { Strings } from '../strings';

export const profilesEn = {
} as const;

export const profilesZh: Strings<typeof profilesEn> = {
};
