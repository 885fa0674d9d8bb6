/** A family's texts (its name, field labels, help, choices, secret label) in the page's language. */
import { useCallback, useMemo } from 'react';
import { familyTexts, type FamilyTexts } from '../../../../shared/i18n/familyTexts';
import { useRegistry } from '../../app/registry';
import { useLocale } from './LocaleProvider';

export function useFamilyTexts(familyId: string | undefined): FamilyTexts {
  const { t } = useLocale();
  return useMemo(() => familyTexts((key, options) => t(key, options), familyId ?? ''), [t, familyId]);
}

/** What a token format is called on screen: its family's name in the page's language, or "Unknown format". */
export function useFamilyLabel(): (format: string) => string {
  const { t } = useLocale();
  const registry = useRegistry();
  return useCallback(
    (format: string) => {
      const family = registry.get(format);
      return family ? familyTexts((key, options) => t(key, options), family.id).name(family.label) : t('headline.unknownFamily');
    },
    [t, registry],
  );
}

/** Who makes a family's platform, in the page's language ("即构 ZEGOCLOUD", "网易云信"); the id itself for an unknown family. */
export function useFamilyVendor(): (familyId: string) => string {
  const { t } = useLocale();
  const registry = useRegistry();
  return useCallback(
    (familyId: string) => {
      const family = registry.get(familyId);
      return family ? familyTexts((key, options) => t(key, options), family.id).vendor(family.vendor) : familyId;
    },
    [t, registry],
  );
}
