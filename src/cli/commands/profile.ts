/**
 * `tokenlab profile add|list|rm|rename|retag|set-secret|doctor`: manage stored profiles from a terminal
 * (`doctor` finds keychain entries nothing uses any more and, once confirmed, deletes them).
 *
 * The secret is read from stdin when stdin is not a terminal (`tokenlab profile add … < file`,
 * or piped from a password manager), else from a hidden prompt — never from argv, where it
 * would land in shell history and in `ps` output. Listings show the fingerprint, never the secret.
 */
import type { Translate } from '../../shared/tokens/reasonText';
import { cliT, translator, usageText } from '../cliText';
import type { ProfileView } from '../../shared/ipc/schemas/profile';
import type { TokenFamily } from '../../shared/families/family';
import type { FamilyRegistry } from '../../shared/families/registry';
import { familyTexts } from '../../shared/i18n/familyTexts';
import { commandWordParams, helpAsked, noPositionals, optionValue, parseArgs, type OptionSpec, type ParsedArgs } from '../args';
import { flagOptions, readFlags } from '../familyFlags';
import { openCliVault, reportCorruption, type CliVault, type CliVaultIo } from '../cliVault';
import { EXIT_NOT_ALL_VALID, EXIT_OK, EXIT_USAGE, type CliIo } from '../io';
import { readHiddenInput } from '../secretInput';
import { createKeychainDoctor, type OrphanedSecret } from '../../main/services/keychainDoctor';
import { jsonText, shown } from '../untrustedText';
import { confirmSteps } from '../confirm';
import { displayWidth, padColumns } from '../textWidth';
import { removalSteps } from '../../shared/commsease/destructiveConfirmation';
import { cliDestinationGate } from '../cliConfirm';

/** The English help (tests quote it); printed through the catalogue. */
export const PROFILE_USAGE = translator('en')('cli.help.profile');

/** `profile add` takes every family's identifier flags; each family accepts only its own. */
function addOptions(registry: FamilyRegistry): Record<string, OptionSpec> {
  return {
    provider: { value: true },
    name: { value: true },
    env: { value: true },
    ...Object.assign({}, ...registry.families.map((f) => flagOptions(f.profile.identifiers))),
  };
}

/** Refuse any attempt to pass a secret as an argument, without echoing it. */
function refuseSecretArguments(argv: readonly string[]): void {
  if (argv.some((arg) => /^--(secret|password|app-secret|server-secret)(=|$)/i.test(arg))) {
    throw usageText('profile.secretArgument');
  }
}

function readSecret(io: CliIo, label: string): Promise<string> {
  return readHiddenInput(io, cliT(io)('cli.profile.secretPrompt', { label }), 'secret');
}

function describe(p: ProfileView, t: Translate): string {
  return t('cli.profile.described', { name: p.name, provider: p.provider, summary: p.summary, env: p.env, fingerprint: p.fingerprint ?? t('cli.profile.none') });
}

/** The identifier a listing shows in its APP column: the family's first one. */
function appColumn(p: ProfileView): string {
  const first = Object.values(p.credentials)[0];
  return first === undefined ? '' : String(first);
}

function positionals(argv: readonly string[], count: number, shape: string): string[] {
  const args = parseArgs(argv, {});
  if (args.positionals.length !== count) throw usageText('profile.expected', { shape });
  return args.positionals;
}

/** Flags given that belong to other families' profiles, as one usage error. */
function refuseOtherFamiliesFlags(args: ParsedArgs, family: TokenFamily, registry: FamilyRegistry): void {
  const own = new Set(Object.keys(flagOptions(family.profile.identifiers)));
  for (const other of registry.families) {
    if (other === family) continue;
    const given = Object.keys(flagOptions(other.profile.identifiers)).filter((flag) => !own.has(flag) && args.options.has(flag));
    if (given.length === 0) continue;
    const flags = given.map((f) => `--${f}`).join(', ');
    const ownFlags = family.profile.identifiers.map((f) => f.cliFlag).join(', ');
    throw usageText(given.length > 1 ? 'profile.otherFamilyFlags' : 'profile.otherFamilyFlag', { flags, vendor: other.vendor, vendorOf: other.id, family: family.cliNames[0] ?? family.id, own: ownFlags });
  }
}

/** The secret prompt of `profile add`: the vendor and secret label in the run's language. */
function newLabel(t: Translate, family: TokenFamily, name: string): string {
  const texts = familyTexts((key, options) => t(key, options), family.id);
  return t('cli.profile.newLabel', { vendor: texts.vendor(family.vendor), name, secret: texts.secret(family.profile.secretLabel) });
}

async function add(argv: readonly string[], io: CliIo, cli: CliVault): Promise<number> {
  const registry = cli.registry;
  const args = parseArgs(argv, addOptions(registry));
  noPositionals(args);
  const provider = optionValue(args, 'provider');
  const name = optionValue(args, 'name');
  const family = provider === undefined ? undefined : registry.byCliName(provider);
  if (!family) throw usageText('args.required', { flag: `--provider ${registry.families.map((f) => f.cliNames[0] ?? f.id).join('|')}` });
  if (name === undefined) throw usageText('args.required', { flag: '--name NAME' });
  refuseOtherFamiliesFlags(args, family, registry);
  const credentials = readFlags(args, family.profile.identifiers);
  const missing = family.profile.identifiers.find((f) => f.required && credentials[f.key] === undefined);
  if (missing) throw usageText('profile.requiredFor', { flag: missing.cliFlag, vendor: family.vendor, vendorOf: family.id });
  const env = optionValue(args, 'env');
  const secret = await readSecret(io, newLabel(cliT(io), family, name));
  const profile = await cli.vault.add({
    family: family.id,
    name,
    credentials: credentials as Record<string, string | number>,
    secret,
    ...(env !== undefined ? { env } : {}),
  });
  // The person typed this API base here, on their own terminal: that is the approval (an imported one asks at first use).
  if (profile.apiBase !== null) await cliDestinationGate(cli.dataDir, io, true).approve(profile.id, profile.apiBase, 'api');
  io.stdout.write(`${cliT(io)('cli.profile.added', { profile: describe(profile, cliT(io)) })}\n`);
  return EXIT_OK;
}

/** What `profile doctor` says, from the catalogue (`cli.doctor.*`). */
function doctorText(t: Translate) {
  return {
    healthy: (dataDir: string) => `${t('cli.doctor.healthy', { dir: shown(dataDir) })}\n`,
    found: (count: number, dataDir: string) => `${t('cli.doctor.found', { count, dir: shown(dataDir) })}\n`,
    // Account names come from the keychain (accids typed by users): escaped like any untrusted text.
    line: (o: OrphanedSecret) => `  ${shown(o.account)} — ${shown(o.reason)}\n`,
    otherFolders: `${t('cli.doctor.otherFolders')}\n`,
    hint: `${t('cli.doctor.hint')}\n`,
    question: (count: number) => t('cli.doctor.question', { count }),
    removed: (count: number) => `${t('cli.doctor.removed', { count })}\n`,
    keptInUse: (account: string) => `  ${t('cli.doctor.keptInUse', { account: shown(account) })}\n`,
  };
}

async function doctor(argv: readonly string[], io: CliIo, cli: CliVault): Promise<number> {
  const args = parseArgs(argv, { remove: { value: false }, yes: { value: false }, json: { value: false } });
  noPositionals(args);
  if (args.flags.has('yes') && !args.flags.has('remove')) throw usageText('doctor.yesNeedsRemove');
  const DOCTOR_TEXT = doctorText(cliT(io));
  const json = args.flags.has('json');
  const say = (text: string): void => {
    if (!json) io.stdout.write(text);
  };
  const service = createKeychainDoctor({ dataDir: cli.dataDir, secrets: cli.secrets, nowMs: () => io.now() * 1000 });
  const orphans = await service.findOrphans();
  if (orphans.length === 0) say(DOCTOR_TEXT.healthy(cli.dataDir));
  else {
    say(DOCTOR_TEXT.found(orphans.length, cli.dataDir));
    for (const orphan of orphans) say(DOCTOR_TEXT.line(orphan));
    say(DOCTOR_TEXT.otherFolders);
  }
  let removed: string[] = [];
  if (orphans.length > 0 && args.flags.has('remove')) {
    if (!args.flags.has('yes')) {
      if (!io.stdin.isTTY) throw usageText('doctor.needsYes');
      const answer = await io.promptHidden(DOCTOR_TEXT.question(orphans.length));
      if (answer.trim().toLowerCase() !== 'yes') throw usageText('doctor.notConfirmed');
    }
    const outcome = await service.removeOrphans(orphans.map((o) => o.account));
    removed = outcome.removed;
    say(DOCTOR_TEXT.removed(removed.length));
    for (const account of outcome.kept) say(DOCTOR_TEXT.keptInUse(account));
  } else if (orphans.length > 0) say(DOCTOR_TEXT.hint);
  if (json) io.stdout.write(`${jsonText({ dataDir: cli.dataDir, orphans, removed })}\n`);
  // 0 when no orphan is left (none found, or all deleted or in use again); 1 when some remain.
  return orphans.length === 0 || args.flags.has('remove') ? EXIT_OK : EXIT_NOT_ALL_VALID;
}

async function list(argv: readonly string[], io: CliIo, cli: CliVault): Promise<number> {
  const args = parseArgs(argv, { json: { value: false } });
  noPositionals(args);
  const profiles = await cli.vault.list();
  if (args.flags.has('json')) {
    io.stdout.write(jsonText(profiles, 2) + '\n');
    return EXIT_OK;
  }
  if (profiles.length === 0) {
    io.stdout.write(`${cliT(io)('cli.profile.empty', { dir: cli.dataDir })}\n`);
    return EXIT_OK;
  }
  // Names and tags may come from an imported file: shown escaped, like all untrusted text.
  const rows = profiles.map((p) => [
    shown(p.name),
    p.provider,
    shown(p.env),
    shown(appColumn(p)),
    p.secretStored ? (p.fingerprint ?? '') : cliT(io)('cli.profile.noSecretYet', { fingerprint: p.fingerprint ?? '-' }),
  ]);
  const header = (['name', 'provider', 'env', 'app', 'fingerprint'] as const).map((c) => cliT(io)(`cli.profile.column.${c}`));
  // A fold, not Math.max(...rows): spreading 120k rows as arguments overflows the stack.
  // In terminal columns, not UTF-16 units: "声网 测试" takes 9 columns, not 5.
  const widths = header.map((h, i) => rows.reduce((width, r) => Math.max(width, displayWidth(r[i] as string)), h.length));
  for (const row of [header, ...rows]) io.stdout.write(row.map((cell, i) => padColumns(cell, widths[i] as number)).join('  ').trimEnd() + '\n');
  return EXIT_OK;
}

export async function profileCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  // `profile add --help` too: every subcommand's usage and examples are in the one help text.
  if (sub === undefined || sub === 'help' || helpAsked(argv)) {
    io.stdout.write(cliT(io)('cli.help.profile'));
    return sub === undefined ? EXIT_USAGE : EXIT_OK;
  }
  refuseSecretArguments(rest);
  const cli = openCliVault(io as CliVaultIo);
  try {
    switch (sub) {
      case 'add':
        return await add(rest, io, cli);
      case 'list':
      case 'ls':
        return await list(rest, io, cli);
      case 'rm':
      case 'remove': {
        const args = parseArgs(rest, { yes: { value: false } });
        if (args.positionals.length !== 1) throw usageText('profile.expected', { shape: 'rm NAME [--yes]' });
        const profile = await cli.vault.findByName(args.positionals[0] as string);
        await confirmSteps(removalSteps({ profileName: profile.name, env: profile.env }), cliT(io)('cli.profile.removal', { name: profile.name, env: profile.env }), args.flags.has('yes'), io);
        await cli.vault.delete(profile.id);
        io.stdout.write(`${cliT(io)('cli.profile.removed', { name: profile.name })}\n`);
        return EXIT_OK;
      }
      case 'rename': {
        const [from, to] = positionals(rest, 2, 'rename OLD NEW');
        const profile = await cli.vault.findByName(from as string);
        const renamed = await cli.vault.rename(profile.id, to as string);
        io.stdout.write(`${cliT(io)('cli.profile.renamed', { from: profile.name, to: renamed.name })}\n`);
        return EXIT_OK;
      }
      case 'retag': {
        const [name, env] = positionals(rest, 2, 'retag NAME TAG');
        const profile = await cli.vault.findByName(name as string);
        const retagged = await cli.vault.retag(profile.id, env as string);
        io.stdout.write(`${cliT(io)('cli.profile.retagged', { name: retagged.name, env: retagged.env })}\n`);
        return EXIT_OK;
      }
      case 'doctor':
        return await doctor(rest, io, cli);
      case 'set-secret': {
        const [name] = positionals(rest, 1, 'set-secret NAME');
        const profile = await cli.vault.findByName(name as string);
        const secret = await readSecret(io, cliT(io)('cli.profile.existingLabel', { name: profile.name }));
        const { profile: updated, previousFingerprint } = await cli.vault.replaceSecret(profile.id, secret);
        const t = cliT(io);
        const change =
          previousFingerprint === null || previousFingerprint === updated.fingerprint
            ? t('cli.profile.fingerprint', { fingerprint: updated.fingerprint })
            : t('cli.profile.fingerprintChanged', { before: previousFingerprint, after: updated.fingerprint });
        io.stdout.write(`${t('cli.profile.secretStored', { name: updated.name, change })}\n`);
        return EXIT_OK;
      }
      default:
        throw usageText('profile.unknownCommand', { ...commandWordParams(sub) });
    }
  } finally {
    reportCorruption(cli, io);
  }
}
