/**
 * A family's field texts in the reader's language: the catalogue key of each FieldSpec text
 * (convention in areas/family.ts), with the family's own English as the fallback so a family
 * registered without catalogue texts (a test's toy family) still reads.
 */
export type FamilyTextSection = 'identifier' | 'field' | 'verify' | 'segment';

/** The part of a FieldSpec / VerifyInputSpec this reads. */
export interface FamilyTextSpec {
  key: string;
  label: string;
  help?: string;
  options?: readonly { value: string; label: string }[];
}

/** i18next's `t` as this module uses it (a segment's label also passes what it fills in). */
export type Translate = (key: string, options: { defaultValue: string } & Readonly<Record<string, string | number>>) => string;

export function familyVendorKey(familyId: string): string {
  return `family.${familyId}.vendor`;
}

/** Where a piece of a segment's value is worded (family.<id>.value.<key>). */
export function familyValueKey(familyId: string, key: string): string {
  return `family.${familyId}.value.${key}`;
}

export function familyTextKey(familyId: string, section: FamilyTextSection, fieldKey: string, part: 'label' | 'help' | `option.${string}`): string {
  return `family.${familyId}.${section}.${fieldKey}.${part}`;
}

export function familySecretKey(familyId: string): string {
  return `family.${familyId}.secret`;
}

/** The board's note on a token of the family that names no user (areas/family.ts: family.<id>.board.noUser). */
export function familyNoUserKey(familyId: string): string {
  return `family.${familyId}.board.noUser`;
}

export function familyLabelKey(familyId: string): string {
  return `family.${familyId}.label`;
}

export interface FamilyTexts {
  label(section: FamilyTextSection, spec: FamilyTextSpec): string;
  help(section: FamilyTextSection, spec: FamilyTextSpec): string | undefined;
  option(section: FamilyTextSection, spec: FamilyTextSpec, option: { value: string; label: string }): string;
  secret(fallback: string): string;
  /** The family's name ("ZEGO Token04", "网易云信动态令牌"); `fallback` is the family's own label. */
  name(fallback: string): string;
  /** Who makes the family's platform ("即构 ZEGOCLOUD", "网易云信"); `fallback` is the family's own vendor. */
  vendor(fallback: string): string;
  /** A segment's name in the byte map ("服务 2…"), its `labelParams` filled in; the engine's label when the texts have none. */
  segmentLabel(segment: { name: string; label: string; labelParams?: Readonly<Record<string, string | number>> }): string;
  /** A segment's value in the reader's language (its valueParts worded and joined); the engine's value when it has none. */
  segmentValue(segment: { value: string; valueParts?: readonly { key: string; params?: Readonly<Record<string, string | number>> }[] }): string;
  /** What one of the family's token segments is, when its texts say (the byte map's legend). */
  segmentHelp(name: string): string | undefined;
  /** The board's note on a token that names no user because it cannot (`TokenFamily.noUserNote` is the English). */
  noUserNote(fallback: string): string;
}

export function familyTexts(t: Translate, familyId: string): FamilyTexts {
  return {
    label: (section, spec) => t(familyTextKey(familyId, section, spec.key, 'label'), { defaultValue: spec.label }),
    help: (section, spec) => (spec.help === undefined ? undefined : t(familyTextKey(familyId, section, spec.key, 'help'), { defaultValue: spec.help })),
    option: (section, spec, option) => t(familyTextKey(familyId, section, spec.key, `option.${option.value}`), { defaultValue: option.label }),
    secret: (fallback) => t(familySecretKey(familyId), { defaultValue: fallback }),
    name: (fallback) => t(familyLabelKey(familyId), { defaultValue: fallback }),
    vendor: (fallback) => t(familyVendorKey(familyId), { defaultValue: fallback }),
    segmentLabel: (segment) => t(familyTextKey(familyId, 'segment', segment.name, 'label'), { ...segment.labelParams, defaultValue: segment.label }),
    segmentValue: (segment) =>
      {
        const words = (segment.valueParts ?? []).map((p) => t(familyValueKey(familyId, p.key), { ...p.params, defaultValue: '' }));
        // A piece the catalogue lacks: the engine's English whole, never a value with a hole in it.
        return words.length > 0 && words.every((w) => w !== '') ? words.join('') : segment.value;
      },
    segmentHelp: (name) => t(familyTextKey(familyId, 'segment', name, 'help'), { defaultValue: '' }) || undefined,
    noUserNote: (fallback) => t(familyNoUserKey(familyId), { defaultValue: fallback }),
  };
}
