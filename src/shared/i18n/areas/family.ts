/** The token families' labels and field texts (generator forms, profile credentials). English and Chinese side by side; the Chinese half has exactly the English keys. */
import type { Strings } from '../strings';
import { familyNewerEn, familyNewerZh } from './familyNewer';

export const familyEn = {
  ...familyNewerEn,
} as const;

export const familyZh: Strings<typeof familyEn> = {
  ...familyNewerZh,
};
