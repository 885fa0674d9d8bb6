/**
 * What `tokenlab generate` says. The words are in the catalogue (src/shared/i18n/areas/cli.ts);
 * the per-family help is built from the family's own fields, so a new family documents itself.
 */
import type { FieldSpec, TokenFamily } from '../../shared/families/family';
import type { FamilyRegistry } from '../../shared/families/registry';
import type { Translate } from '../../shared/tokens/reasonText';
import { translator } from '../cliText';

const cliName = (f: TokenFamily): string => f.cliNames[0] ?? f.id;

function fieldLine(f: FieldSpec, t: Translate): string {
  const value = f.kind === 'duration' ? 'DURATION' : f.kind === 'integer' ? 'N' : f.options ? f.options.map((o) => o.value).join(f.kind === 'multiselect' ? ',' : '|') : 'TEXT';
  const notes = [
    f.help,
    f.required ? t('cli.help.fieldRequired') : undefined,
    f.defaultValue !== undefined && !f.required ? t('cli.help.fieldDefault', { value: String(f.defaultValue) }) : undefined,
  ]
    .filter(Boolean)
    .join('; ');
  return `  ${`${f.cliFlag} ${value}`.padEnd(30)} ${f.label}${notes ? ` (${notes})` : ''}`;
}

export function familyHelp(family: TokenFamily, t: Translate = translator('en')): string {
  const name = cliName(family);
  const required = (user: string, ttl: string) =>
    family.generator.fields
      .filter((f) => f.required)
      .map((f) => `${f.cliFlag} ${f.kind === 'duration' ? ttl : user}`)
      .join(' ');
  return t('cli.help.generateFamily', {
    name,
    label: family.label,
    fields: [...family.profile.identifiers, ...family.generator.fields].map((f) => fieldLine(f, t)).join('\n'),
    example1: `tokenlab generate ${name} --profile staging ${required('alice', '1h')}`,
    example2: `TOKEN=$(tokenlab generate ${name} --profile staging ${required('bob', '30m')})`,
  });
}

export function generateHelp(registry: FamilyRegistry, t: Translate = translator('en')): string {
  return t('cli.help.generate', {
    families: registry.families.map((f) => `${cliName(f)} (${f.label})`).join(', '),
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
