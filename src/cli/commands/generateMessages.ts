/**
 * What `tokenlab generate` says. The words are in the catalogue (src/shared/i18n/areas/cli.ts);
 * the per-family help is built from the family's own fields, so a new family documents itself.
 */
import type { FieldSpec, TokenFamily } from '../../shared/families/family';
import type { FamilyRegistry } from '../../shared/families/registry';
import { familyTexts, type FamilyTextSection, type FamilyTexts } from '../../shared/i18n/familyTexts';
import type { Translate } from '../../shared/tokens/reasonText';
import { translator } from '../cliText';

const cliName = (f: TokenFamily): string => f.cliNames[0] ?? f.id;

/** A family's words in the run's language (`family.<id>.…`), its own English where the catalogue has none. */
function textsOf(family: TokenFamily, t: Translate): FamilyTexts {
  return familyTexts((key, options) => t(key, options), family.id);
}

function fieldLine(f: FieldSpec, section: FamilyTextSection, texts: FamilyTexts, t: Translate): string {
  const value = f.kind === 'duration' ? 'DURATION' : f.kind === 'integer' ? 'N' : f.options ? f.options.map((o) => o.value).join(f.kind === 'multiselect' ? ',' : '|') : 'TEXT';
  const notes = [
    // A Chinese help sentence's full stop would sit before "；必填" (the English keeps its text as it was).
    texts.help(section, f)?.replace(/。$/, ''),
    f.required ? t('cli.help.fieldRequired') : undefined,
    f.defaultValue !== undefined && !f.required ? t('cli.help.fieldDefault', { value: String(f.defaultValue) }) : undefined,
  ]
    .filter(Boolean)
    .join(t('cli.help.fieldNoteJoin'));
  return `  ${`${f.cliFlag} ${value}`.padEnd(30)} ${texts.label(section, f)}${notes ? t('cli.help.fieldNotes', { notes }) : ''}`;
}

/** A value an example can show for a required field: a user name only where a text goes (not "--service alice"). */
function exampleValue(f: FieldSpec, user: string, ttl: string): string {
  if (f.kind === 'duration') return ttl;
  if (f.kind === 'select') return String(f.defaultValue ?? f.options?.[0]?.value ?? user);
  if (f.kind === 'integer') return String(f.defaultValue ?? 1);
  return user;
}

export function familyHelp(family: TokenFamily, t: Translate = translator('en')): string {
  const name = cliName(family);
  const texts = textsOf(family, t);
  const required = (user: string, ttl: string) =>
    family.generator.fields
      .filter((f) => f.required)
      .map((f) => `${f.cliFlag} ${exampleValue(f, user, ttl)}`)
      .join(' ');
  return t('cli.help.generateFamily', {
    name,
    label: texts.name(family.label),
    fields: [
      ...family.profile.identifiers.map((f) => fieldLine(f, 'identifier', texts, t)),
      ...family.generator.fields.map((f) => fieldLine(f, 'field', texts, t)),
    ].join('\n'),
    example1: [`tokenlab generate ${name} --profile staging`, required('alice', '1h')].filter(Boolean).join(' '),
    example2: `TOKEN=$(${[`tokenlab generate ${name} --profile staging`, required('bob', '30m')].filter(Boolean).join(' ')})`,
  });
}

export function generateHelp(registry: FamilyRegistry, t: Translate = translator('en')): string {
  return t('cli.help.generate', {
    families: registry.families.map((f) => `${cliName(f)} (${textsOf(f, t).name(f.label)})`).join(', '),
    first: cliName(registry.families[0] as TokenFamily),
    fields: registry.families.map((f) => `${cliName(f)}: ${[...f.profile.identifiers, ...f.generator.fields].map((x) => x.key).join(', ')}`).join('; '),
  });
}

/** A batch line's error goes into its JSON record: English, like every --json value. */
const english = translator('en');

export const batchMessages = {
  notJson: english('cli.generate.batchNotJson'),
  unknownFamily: (name: string, known: string) => english('cli.generate.batchUnknownFamily', { name, known }),
  noFamily: english('cli.generate.batchNoFamily'),
  noSecret: english('cli.generate.batchNoSecret'),
};
