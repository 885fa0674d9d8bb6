/** A family's field texts (labels, help, choices, secret label) in the page's language. */
import { useMemo } from 'react';
import { familyTexts, type FamilyTexts } from '../../../../shared/i18n/familyTexts';
import { useLocale } from './LocaleProvider';

export function useFamilyTexts(familyId: string | undefined): FamilyTexts {
  const { t } = useLocale();
  return useMemo(() => familyTexts((key, options) => t(key, options), familyId ?? ''), [t, familyId]);
}
