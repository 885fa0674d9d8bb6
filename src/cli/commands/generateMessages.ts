/**
 * What `tokenlab generate` says, in one place (to move to catalogues). The per-family help is
 * built from the family's own fields, so a new family documents itself.
 */
import type { FieldSpec, TokenFamily } from '../../shared/families/family';
import type { FamilyRegistry } from '../../shared/families/registry';

const cliName = (f: TokenFamily): string => f.cliNames[0] ?? f.id;

function fieldLine(f: FieldSpec): string {
  const value = f.kind === 'duration' ? 'DURATION' : f.kind === 'integer' ? 'N' : f.options ? f.options.map((o) => o.value).join(f.kind === 'multiselect' ? ',' : '|') : 'TEXT';
  const notes = [f.help, f.required ? 'required' : undefined, f.defaultValue !== undefined && !f.required ? `default ${String(f.defaultValue)}` : undefined].filter(Boolean).join('; ');
  return `  ${`${f.cliFlag} ${value}`.padEnd(30)} ${f.label}${notes ? ` (${notes})` : ''}`;
}

export function familyHelp(family: TokenFamily): string {
  const name = cliName(family);
  return `Usage: tokenlab generate ${name} [options] (--secret-file PATH | --profile NAME) [--json] [--now TIME]

Mints a ${family.label} token: the token alone on stdout, a summary on stderr.
${[...family.profile.identifiers, ...family.generator.fields].map(fieldLine).join('\n')}
  --secret-file PATH             the secret ("-" reads it from stdin)
  --profile NAME                 a stored profile's identifiers and secret (a flag that
                                 contradicts the profile is refused)
  --json                         the token and its verification as one JSON object
  --now TIME                     mint as of TIME: epoch seconds or ISO (2026-12-02T05:00:00Z)
DURATION: seconds, or 90s, 45m, 1h, 1h30m, 7d.

Examples:
  tokenlab generate ${name} --profile staging ${family.generator.fields.filter((f) => f.required).map((f) => `${f.cliFlag} ${f.kind === 'duration' ? '1h' : 'alice'}`).join(' ')}
  TOKEN=$(tokenlab generate ${name} --profile staging ${family.generator.fields.filter((f) => f.required).map((f) => `${f.cliFlag} ${f.kind === 'duration' ? '30m' : 'bob'}`).join(' ')})

Exit codes: 0 minted, 2 a bad option or secret.
`;
}

export function generateHelp(registry: FamilyRegistry): string {
  return `Usage: tokenlab generate FAMILY [options]      (tokenlab generate FAMILY --help)
       tokenlab generate --batch (--secret-file PATH | --profile NAME) [--now TIME] < requests.jsonl

FAMILY: ${registry.families.map((f) => `${cliName(f)} (${f.label})`).join(', ')}.

--batch mints one token per stdin line, each line a JSON request: {"family": "${cliName(registry.families[0] as TokenFamily)}", …fields}
with the fields by key (${registry.families.map((f) => `${cliName(f)}: ${[...f.profile.identifiers, ...f.generator.fields].map((x) => x.key).join(', ')}`).join('; ')}).
A line may name its own "profile"; otherwise the --secret-file / --profile secret is used and
the identifiers come from the line (or the profile). Prints one JSON line per request line:
{"line": 1, "token": "…"} or {"line": 2, "error": "…"}; an error never stops the run.

Examples:
  echo '{"family":"zego","appId":1234567890,"userId":"alice","ttlSeconds":3600}' | tokenlab generate --batch --secret-file examples/zego-secret.txt
  tokenlab generate --batch --profile staging < users.jsonl > tokens.jsonl
`;
}

export const batchMessages = {
  notJson: 'not a JSON object',
  unknownFamily: (name: string, known: string) => `unknown family "${name}" (known: ${known})`,
  noFamily: 'no "family" (and no --profile to take it from)',
  noSecret: 'the secret is needed: --secret-file PATH, --profile NAME, or "profile" in the line',
  secretFileAndProfile: 'give either --secret-file or --profile, not both',
  summary: (minted: number, failed: number) => `${minted} minted, ${failed} refused\n`,
  noRequests: 'tokenlab generate --batch: no requests on stdin (one JSON object per line)\n',
};
