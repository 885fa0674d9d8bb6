/**
 * `tokenlab generate <family>`: mint a token; the token alone on stdout's last line.
 * Human notes go to stderr so that `$(tokenlab generate …)` captures just the token.
 *
 * The flags are the family's own (its generator fields and profile identifiers); minting is
 * the signing service's, with the secret from `--secret-file` or a stored `--profile`.
 */
import type { Expectations, TokenFamily } from '../../shared/families/family';
import type { FamilyRegistry } from '../../shared/families/registry';
import type { Inspection } from '../../shared/tokens/types';
import { noPositionals, nowOption, optionValue, parseArgs, withHelp, type OptionSpec } from '../args';
import { cliT, usageText } from '../cliText';
import { cliRegistry, openCliVault, reportCorruption } from '../cliVault';
import { flagOptions, parseFlags, readFlags, refuseContradictions, requireFlags } from '../familyFlags';
import { generateBatch } from './generateBatch';
import { familyHelp, generateHelp } from './generateMessages';
import { EXIT_OK, type CliIo } from '../io';
import { headlineText, inspectionRecord, privilegeText, type Words } from '../output';
import { readSecretFile } from '../secretFile';
import { jsonText, shown } from '../untrustedText';

const SHARED: Record<string, OptionSpec> = {
  'secret-file': { value: true },
  profile: { value: true },
  json: { value: false },
  now: { value: true },
};

async function generateFamily(family: TokenFamily, argv: readonly string[], io: CliIo): Promise<number> {
  const { fields } = family.generator;
  const identifiers = family.profile.identifiers;
  const args = parseArgs(argv, withHelp({ ...SHARED, ...flagOptions(identifiers), ...flagOptions(fields) }));
  if (args.flags.has('help')) {
    io.stdout.write(familyHelp(family, cliT(io)));
    return EXIT_OK;
  }
  noPositionals(args);
  const secretFile = optionValue(args, 'secret-file');
  const profileName = optionValue(args, 'profile');
  if (secretFile !== undefined && profileName !== undefined) throw usageText('args.secretFileOrProfile');

  const cli = openCliVault(io);
  let secret: string;
  let stored: Readonly<Record<string, unknown>> = {};
  if (profileName !== undefined) {
    const found = await cli.vault.credentialsByName(profileName, family).finally(() => reportCorruption(cli, io));
    secret = found.secret;
    stored = found.profile.credentials as Readonly<Record<string, unknown>>;
  } else {
    if (secretFile === undefined) throw usageText('generate.needsSecret');
    secret = await readSecretFile(secretFile, io.stdin);
  }
  const givenIdentifiers = readFlags(args, identifiers);
  if (profileName !== undefined) refuseContradictions(profileName, stored, givenIdentifiers, identifiers);
  const credentialValues = { ...stored, ...givenIdentifiers };
  requireFlags(credentialValues, identifiers);
  const credentials = parseFlags(family.profile.credentialsSchema, credentialValues, identifiers);
  const requestValues = readFlags(args, fields);
  requireFlags(requestValues, fields);
  const request = parseFlags(family.generator.requestSchema, requestValues, fields);

  const now = nowOption(args, () => io.now());
  // The inspection is the verification of the token just minted, with its secret: `valid`.
  const { token, inspection } = cli.signing.generateWith(family.id, { credentials: credentials as Readonly<Record<string, unknown>>, secret }, request, now);
  if (args.flags.has('json')) {
    io.stdout.write(jsonText({ token, ...inspectionRecord(inspection) }) + '\n');
  } else {
    const words: Words = { t: cliT(io), language: io.locale?.language ?? 'en' };
    // The family's own summary is English; another language gets the headline verify prints, in its words.
    const summary =
      words.language === 'en'
        ? (family.generator.summarize?.(request, credentials, inspection, now) ?? `${family.label}`)
        : localSummary(inspection, now, cliRegistry(io), words, family.generator.expectFor(request, credentials));
    // The summary repeats what the user typed (user id, accid): shown escaped, like all untrusted text.
    io.stderr.write(`${shown(summary)}\n`);
    io.stdout.write(token + '\n');
  }
  return EXIT_OK;
}

/** "有效 · 网易云信动态令牌 · 用户 "u" · 2023-11-14T22:14:20Z（1分钟后过期）", and the room privileges. */
function localSummary(inspection: Inspection, now: number, registry: FamilyRegistry, words: Words, expect: Expectations): string {
  const headline = headlineText(inspection, now, registry, PLAIN, words, expect);
  return inspection.privilege ? `${headline}${words.t('cli.inspect.privilegeJoin')}${words.t('cli.inspect.privileges', { list: privilegeText(inspection.privilege, words.t) })}` : headline;
}

const PLAIN = { paint: (text: string) => text };

export async function generateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [kind, ...rest] = argv;
  const registry = cliRegistry(io);
  if (kind === '--help' || kind === '-h' || kind === 'help') {
    io.stdout.write(generateHelp(registry, cliT(io)));
    return EXIT_OK;
  }
  if (kind === '--batch') return generateBatch(rest, io);
  const family = kind === undefined ? undefined : registry.byCliName(kind);
  if (family) return generateFamily(family, rest, io);
  const choices = registry.families.map((f) => `"tokenlab generate ${f.cliNames[0] ?? f.id} …"`).join(cliT(io)('cli.generate.or'));
  throw kind ? usageText('generate.whatGot', { choices, kind }) : usageText('generate.what', { choices });
}
