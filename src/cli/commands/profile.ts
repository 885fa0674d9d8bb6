/**
 * `tokenlab profile add|list|rm|rename|retag|set-secret|doctor`: manage stored profiles from a terminal
 * (`doctor` finds keychain entries nothing uses any more and, once confirmed, deletes them).
 *
 * The secret is read from stdin when stdin is not a terminal (`tokenlab profile add … < file`,
 * or piped from a password manager), else from a hidden prompt — never from argv, where it
 * would land in shell history and in `ps` output. Listings show the fingerprint, never the secret.
 */
import { TokenLabError } from '../../shared/errors';
import type { ProfileView } from '../../shared/ipc/schemas/profile';
import type { TokenFamily } from '../../shared/families/family';
import type { FamilyRegistry } from '../../shared/families/registry';
import { describeCommandWord, noPositionals, optionValue, parseArgs, usage, type OptionSpec, type ParsedArgs } from '../args';
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

export const PROFILE_USAGE = `Usage:
  tokenlab profile add --provider zego|commsease|agora|agora-006|tencent|livekit|twilio|jwt
                       --name NAME [the provider's identifiers] [--env TAG]
                                                            (secret: stdin, or a hidden prompt)
      zego --app-id N · commsease --app-key K [--api-base URL] · agora, agora-006 --app-id HEX32
      tencent --app-id SDKAPPID · livekit --app-id API_KEY · twilio --account-sid AC… --app-id SK…
      jwt [--app-id ISSUER]
  tokenlab profile list [--json]
  tokenlab profile rm NAME [--yes]                          (a prod profile asks first)
  tokenlab profile rename OLD NEW
  tokenlab profile retag NAME TAG
  tokenlab profile set-secret NAME                          (secret: stdin, or a hidden prompt)
  tokenlab profile doctor [--remove [--yes]] [--json]
      keychain entries of TokenLab that no profile, test case or pinned token uses any more;
      --remove deletes them after you confirm (--yes when not in a terminal)

Examples:
  tokenlab profile add --provider zego --name staging --app-id 1234567890 --env staging < zego-secret.txt
  tokenlab profile add --provider commsease --name "声网 测试" --app-key K --env 生产
  tokenlab profile list
  tokenlab profile rm staging
`;

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
    throw usage('a secret is never accepted on the command line: pipe it on stdin or type it at the hidden prompt');
  }
}

function readSecret(io: CliIo, label: string): Promise<string> {
  return readHiddenInput(io, `Secret for ${label}: `, 'secret');
}

function describe(p: ProfileView): string {
  return `${p.name} (${p.provider}, ${p.summary}, env ${p.env}, fingerprint ${p.fingerprint ?? 'none'})`;
}

/** The identifier a listing shows in its APP column: the family's first one. */
function appColumn(p: ProfileView): string {
  const first = Object.values(p.credentials)[0];
  return first === undefined ? '' : String(first);
}

function positionals(argv: readonly string[], count: number, shape: string): string[] {
  const args = parseArgs(argv, {});
  if (args.positionals.length !== count) throw usage(`expected: tokenlab profile ${shape}`);
  return args.positionals;
}

/** Flags given that belong to other families' profiles, as one usage error. */
function refuseOtherFamiliesFlags(args: ParsedArgs, family: TokenFamily, registry: FamilyRegistry): void {
  const own = new Set(Object.keys(flagOptions(family.profile.identifiers)));
  for (const other of registry.families) {
    if (other === family) continue;
    const given = Object.keys(flagOptions(other.profile.identifiers)).filter((flag) => !own.has(flag) && args.options.has(flag));
    if (given.length === 0) continue;
    const flags = given.map((f) => `--${f}`).join(' and ');
    const ownFlags = family.profile.identifiers.map((f) => f.cliFlag).join(', ');
    throw usage(`${flags} ${given.length > 1 ? 'are' : 'is'} for ${other.vendor} profiles; ${family.cliNames[0] ?? family.id} uses ${ownFlags}`);
  }
}

async function add(argv: readonly string[], io: CliIo, cli: CliVault): Promise<number> {
  const registry = cli.registry;
  const args = parseArgs(argv, addOptions(registry));
  noPositionals(args);
  const provider = optionValue(args, 'provider');
  const name = optionValue(args, 'name');
  const family = provider === undefined ? undefined : registry.byCliName(provider);
  if (!family) throw usage(`--provider ${registry.families.map((f) => f.cliNames[0] ?? f.id).join('|')} is required`);
  if (name === undefined) throw usage('--name NAME is required');
  refuseOtherFamiliesFlags(args, family, registry);
  const credentials = readFlags(args, family.profile.identifiers);
  const missing = family.profile.identifiers.find((f) => f.required && credentials[f.key] === undefined);
  if (missing) throw usage(`${missing.cliFlag} is required for a ${family.vendor} profile`);
  const env = optionValue(args, 'env');
  const secret = await readSecret(io, `${family.vendor} profile "${name}" (${family.profile.secretLabel})`);
  const profile = await cli.vault.add({
    family: family.id,
    name,
    credentials: credentials as Record<string, string | number>,
    secret,
    ...(env !== undefined ? { env } : {}),
  });
  // The person typed this API base here, on their own terminal: that is the approval (an imported one asks at first use).
  if (profile.apiBase !== null) await cliDestinationGate(cli.dataDir, io, true).approve(profile.id, profile.apiBase, 'api');
  io.stdout.write(`added ${describe(profile)}\n`);
  return EXIT_OK;
}

/** What `profile doctor` says, in one place. */
const DOCTOR_TEXT = {
  healthy: (dataDir: string) => `no orphaned keychain entries (every TokenLab entry is used by ${shown(dataDir)})\n`,
  found: (count: number, dataDir: string) =>
    `${count} keychain ${count === 1 ? 'entry' : 'entries'} of TokenLab ${count === 1 ? 'is' : 'are'} used by nothing in ${shown(dataDir)}:\n`,
  // Account names come from the keychain (accids typed by users): escaped like any untrusted text.
  line: (o: OrphanedSecret) => `  ${shown(o.account)} — ${shown(o.reason)}\n`,
  otherFolders: 'If you keep other data folders (TOKENLAB_HOME), an entry may belong to one of them: run the doctor there first.\n',
  hint: 'Run "tokenlab profile doctor --remove" to delete them.\n',
  question: (count: number) => `Delete these ${count} keychain ${count === 1 ? 'entry' : 'entries'}? They cannot be recovered. Type "yes" to go on: `,
  notConfirmed: 'not confirmed: nothing was deleted',
  needsYes: 'refusing to delete keychain entries without confirmation: run it in a terminal to confirm, or pass --yes',
  removed: (count: number) => `deleted ${count} orphaned keychain ${count === 1 ? 'entry' : 'entries'}\n`,
  keptInUse: (account: string) => `  kept ${shown(account)}: it is in use again\n`,
};

async function doctor(argv: readonly string[], io: CliIo, cli: CliVault): Promise<number> {
  const args = parseArgs(argv, { remove: { value: false }, yes: { value: false }, json: { value: false } });
  noPositionals(args);
  if (args.flags.has('yes') && !args.flags.has('remove')) throw usage('--yes goes with --remove');
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
      if (!io.stdin.isTTY) throw usage(DOCTOR_TEXT.needsYes);
      const answer = await io.promptHidden(DOCTOR_TEXT.question(orphans.length));
      if (answer.trim().toLowerCase() !== 'yes') throw usage(DOCTOR_TEXT.notConfirmed);
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
    io.stdout.write(`no profiles (folder: ${cli.dataDir})\n`);
    return EXIT_OK;
  }
  // Names and tags may come from an imported file: shown escaped, like all untrusted text.
  const rows = profiles.map((p) => [
    shown(p.name),
    p.provider,
    shown(p.env),
    shown(appColumn(p)),
    p.secretStored ? (p.fingerprint ?? '') : `${p.fingerprint ?? '-'} (no secret yet)`,
  ]);
  const header = ['NAME', 'PROVIDER', 'ENV', 'APP', 'FINGERPRINT'];
  // A fold, not Math.max(...rows): spreading 120k rows as arguments overflows the stack.
  // In terminal columns, not UTF-16 units: "声网 测试" takes 9 columns, not 5.
  const widths = header.map((h, i) => rows.reduce((width, r) => Math.max(width, displayWidth(r[i] as string)), h.length));
  for (const row of [header, ...rows]) io.stdout.write(row.map((cell, i) => padColumns(cell, widths[i] as number)).join('  ').trimEnd() + '\n');
  return EXIT_OK;
}

export async function profileCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    io.stdout.write(PROFILE_USAGE);
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
        if (args.positionals.length !== 1) throw usage('expected: tokenlab profile rm NAME [--yes]');
        const profile = await cli.vault.findByName(args.positionals[0] as string);
        await confirmSteps(removalSteps({ profileName: profile.name, env: profile.env }), `removal of profile "${profile.name}" [${profile.env}]`, args.flags.has('yes'), io);
        await cli.vault.delete(profile.id);
        io.stdout.write(`removed profile ${profile.name} and its keychain entries\n`);
        return EXIT_OK;
      }
      case 'rename': {
        const [from, to] = positionals(rest, 2, 'rename OLD NEW');
        const profile = await cli.vault.findByName(from as string);
        const renamed = await cli.vault.rename(profile.id, to as string);
        io.stdout.write(`renamed ${profile.name} to ${renamed.name}\n`);
        return EXIT_OK;
      }
      case 'retag': {
        const [name, env] = positionals(rest, 2, 'retag NAME TAG');
        const profile = await cli.vault.findByName(name as string);
        const retagged = await cli.vault.retag(profile.id, env as string);
        io.stdout.write(`${retagged.name} is now tagged ${retagged.env}\n`);
        return EXIT_OK;
      }
      case 'doctor':
        return await doctor(rest, io, cli);
      case 'set-secret': {
        const [name] = positionals(rest, 1, 'set-secret NAME');
        const profile = await cli.vault.findByName(name as string);
        const secret = await readSecret(io, `profile "${profile.name}"`);
        const { profile: updated, previousFingerprint } = await cli.vault.replaceSecret(profile.id, secret);
        const change =
          previousFingerprint === null || previousFingerprint === updated.fingerprint
            ? `fingerprint ${updated.fingerprint}`
            : `fingerprint ${previousFingerprint} → ${updated.fingerprint} (a different secret)`;
        io.stdout.write(`stored the secret of ${updated.name}, ${change}\n`);
        return EXIT_OK;
      }
      default:
        throw new TokenLabError('INVALID_INPUT', `unknown profile command ${describeCommandWord(sub)}\n${PROFILE_USAGE}`);
    }
  } finally {
    reportCorruption(cli, io);
  }
}
