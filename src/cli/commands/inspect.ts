/**
 * `tokenlab inspect` and `tokenlab verify`: one verdict per token, streamed in input order,
 * then a count per verdict. A line that cannot be judged as asked still gets its verdict.
 */
import type { Expectations } from '../../shared/families/family';
import type { FamilyRegistry } from '../../shared/families/registry';
import { trimTokenText } from '../../shared/tokens/inspection';
import { DEFAULT_SKEW_SECONDS } from '../../shared/tokens/types';
import { nowOption, optionValue, parseArgs, parseDuration, withHelp, type OptionSpec } from '../args';
import { createBatchJudge, type BatchJudgeConfig } from '../batch/batchJudge';
import { runBatch, WORKER_FILE_BYTES, WORKER_THRESHOLD } from '../batch/runBatch';
import { workerScript } from '../batch/workerPool';
import { cliRegistry, openCliVault, reportCorruption, type CliVault } from '../cliVault';
import { flagOptions, flagText, readExpectations, refuseContradictions } from '../familyFlags';
import { EXIT_NOT_ALL_VALID, EXIT_OK, EXIT_USAGE, type CliIo } from '../io';
import { TOKEN_LINE_MAX_BYTES } from '../limits';
import { BufferedWriter, colourWanted } from '../output';
import { readSecretFile } from '../secretFile';
import { jsonText } from '../untrustedText';
import { cliT, usageText } from '../cliText';
import { summaryLine } from './inspectMessages';

const COMMON: Record<string, OptionSpec> = {
  json: { value: false },
  now: { value: true },
  skew: { value: true },
};

/** `verify` takes every family's expected-value flags (`--app-id`, `--app-key`, `--accid` …). */
function verifyOptions(registry: FamilyRegistry): Record<string, OptionSpec> {
  return {
    ...COMMON,
    'secret-file': { value: true },
    profile: { value: true },
    ...Object.assign({}, ...registry.families.map((f) => flagOptions(f.verifyInputs))),
  };
}

const MAX_SKEW_SECONDS = 86_400 * 365;

/** `--skew 300` or a duration like the other flags take (`30s`, `5m`, `1h`). */
function skewOption(args: ReturnType<typeof parseArgs>): number {
  const raw = optionValue(args, 'skew');
  if (raw === undefined) return DEFAULT_SKEW_SECONDS;
  const seconds = parseDuration(raw);
  if (seconds === undefined || seconds > MAX_SKEW_SECONDS) throw usageText('inspect.badSkew', { raw });
  return seconds;
}

function timeOptions(args: ReturnType<typeof parseArgs>, io: CliIo): { now: number; skewSeconds: number } {
  return { now: nowOption(args, () => io.now()), skewSeconds: skewOption(args) };
}

/** The secret and, per family, what its tokens must match: the flags win over the profile's identifiers. */
interface VerifyInputs {
  secret: string;
  expect: Map<string, Expectations>;
}

async function run(mode: 'inspect' | 'verify', argv: readonly string[], io: CliIo): Promise<number> {
  const registry = cliRegistry(io);
  const args = parseArgs(argv, mode === 'inspect' ? withHelp(COMMON) : withHelp(verifyOptions(registry)));
  if (args.flags.has('help')) {
    io.stdout.write(cliT(io)(mode === 'inspect' ? 'cli.help.inspect' : 'cli.help.verify'));
    return EXIT_OK;
  }
  if (optionValue(args, 'secret-file') === '-' && args.positionals.length === 0) {
    throw usageText('inspect.secretDashNeedsArguments');
  }
  // Only verify needs the services (and the keychain); inspect decodes with the registry alone.
  const cli = mode === 'verify' ? openCliVault(io) : null;
  const inputs = cli ? await resolveVerifyInputs(args, io, cli) : null;
  if (inputs) refuseForArguments(args.positionals, registry);
  const json = args.flags.has('json');
  const config: BatchJudgeConfig = {
    mode,
    ...timeOptions(args, io),
    ...(inputs ? { secret: inputs.secret } : {}),
    expect: inputs ? Object.fromEntries(inputs.expect) : {},
    json,
    colour: colourWanted(io.stdout.isTTY, io.env),
    language: io.locale?.language ?? 'en',
  };
  const fromArguments = args.positionals.length > 0;
  const judge = createBatchJudge(config, !fromArguments, registry);
  const out = new BufferedWriter(io.stdout, undefined, { flushWhenIdle: true });
  const counts = await runBatch(
    fromArguments
      ? { kind: 'arguments', items: args.positionals }
      : io.stdin.bytes
        ? { kind: 'stdin', bytes: io.stdin.bytes(), maxLineBytes: TOKEN_LINE_MAX_BYTES }
        : { kind: 'stdin', items: io.stdin.lines(TOKEN_LINE_MAX_BYTES) },
    // Workers judge with the shipped families; a test's own registry stays on this thread.
    {
      judge,
      config,
      out,
      workerScript: io.registry ? null : workerScript(),
      workersAfter: (io.stdin.fileSize?.() ?? 0) >= WORKER_FILE_BYTES ? 0 : WORKER_THRESHOLD,
    },
  );
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  if (total === 0) {
    io.stderr.write(`tokenlab ${mode}: ${cliT(io)('cli.inspect.noTokens')}\n`);
    return EXIT_USAGE;
  }
  if (json) io.stdout.write(jsonText({ summary: { total, ...counts } }) + '\n');
  else io.stderr.write(summaryLine(counts, total, cliT(io)));
  const goal = mode === 'verify' ? 'valid' : 'unverified';
  return counts[goal] === total ? EXIT_OK : EXIT_NOT_ALL_VALID;
}

/** Per family, the usage error its expected values raised (see expectationsPerFamily). */
const refused = new Map<string, unknown>();

/**
 * Tokens given as arguments are known before judging: a value their own family cannot take
 * stays the usage error it always was (`verify 04… --app-id x`).
 */
function refuseForArguments(tokens: readonly string[], registry: FamilyRegistry): void {
  for (const token of tokens) {
    const id = registry.detect(trimTokenText(token))?.family.id;
    if (id !== undefined && refused.has(id)) throw refused.get(id);
  }
}

/**
 * What each family's tokens must match. Families share flag names (`--app-id` is a ZEGO
 * number, an Agora hex id, a LiveKit key): a value only some families can take is their
 * check, and for the others it is compared as typed — so a ZEGO token verified with an Agora
 * App ID is `app_id_mismatch`, a true verdict. A value no family can take is a usage error.
 */
function expectationsPerFamily(args: ReturnType<typeof parseArgs>, registry: FamilyRegistry): Map<string, Expectations> {
  const expect = new Map<string, Expectations>();
  refused.clear();
  let firstError: unknown = null;
  let anyAccepted = false;
  for (const family of registry.families) {
    try {
      expect.set(family.id, readExpectations(args, family.verifyInputs));
      anyAccepted = true;
    } catch (error) {
      firstError ??= error;
      refused.set(family.id, error);
      const asTyped: Expectations = {};
      for (const input of family.verifyInputs) {
        const raw = flagText(args, input);
        if (raw !== undefined) asTyped[input.key] = raw;
      }
      expect.set(family.id, asTyped);
    }
  }
  if (firstError !== null && !anyAccepted) throw firstError;
  return expect;
}

async function resolveVerifyInputs(args: ReturnType<typeof parseArgs>, io: CliIo, cli: CliVault): Promise<VerifyInputs> {
  const secretFile = optionValue(args, 'secret-file');
  const profileName = optionValue(args, 'profile');
  if (secretFile !== undefined && profileName !== undefined) throw usageText('args.secretFileOrProfile');
  if (secretFile === undefined && profileName === undefined) throw usageText('inspect.verifyNeedsSecret');
  const expect = expectationsPerFamily(args, cli.registry);
  if (profileName === undefined) return { secret: await readSecretFile(secretFile as string, io.stdin), expect };
  const { profile, secret } = await cli.vault.anyCredentialsByName(profileName).finally(() => reportCorruption(cli, io));
  const family = cli.registry.require(profile.family);
  const stored = family.profile.expectFrom(profile.credentials);
  const given = expect.get(family.id) ?? {};
  refuseContradictions(profileName, stored, given, family.verifyInputs);
  expect.set(family.id, { ...stored, ...given });
  return { secret, expect };
}

export const inspectCommand = (argv: readonly string[], io: CliIo) => run('inspect', argv, io);
export const verifyCommand = (argv: readonly string[], io: CliIo) => run('verify', argv, io);
