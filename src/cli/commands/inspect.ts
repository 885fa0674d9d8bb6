/**
 * `tokenlab inspect` and `tokenlab verify`: one engine call per token, streamed.
 */
import { utf8Encode } from '../../shared/encoding/bytes';
import type { Expectations, FamilyVerifyOptions, TokenFamily } from '../../shared/families/family';
import type { FamilyRegistry } from '../../shared/families/registry';
import { trimTokenText } from '../../shared/tokens/inspection';
import { DEFAULT_SKEW_SECONDS } from '../../shared/tokens/types';
import { integerOption, nowOption, optionValue, parseArgs, usage, type OptionSpec } from '../args';
import { cliRegistry, openCliVault, reportCorruption, type CliVault } from '../cliVault';
import { flagOptions, readExpectations } from '../familyFlags';
import { EXIT_NOT_ALL_VALID, EXIT_OK, EXIT_USAGE, type CliIo } from '../io';
import { BufferedWriter, inspectionJson, inspectionText, painterFor } from '../output';
import { readSecretFile } from '../secretFile';
import { tokensFrom } from '../tokenSource';

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

function timeOptions(args: ReturnType<typeof parseArgs>, io: CliIo): { now: number; skewSeconds: number } {
  return {
    now: nowOption(args, () => io.now()),
    skewSeconds: integerOption(args, 'skew', { min: 0, max: 86_400 * 365 }) ?? DEFAULT_SKEW_SECONDS,
  };
}

/** The secret and, per family, what its tokens must match: the flags win over the profile's identifiers. */
interface VerifyInputs {
  secret: string;
  expect: Map<string, Expectations>;
}

async function run(mode: 'inspect' | 'verify', argv: readonly string[], io: CliIo): Promise<number> {
  const registry = cliRegistry(io);
  const args = parseArgs(argv, mode === 'inspect' ? COMMON : verifyOptions(registry));
  // The CLI prints no byte map: skip it, and informational notes, for batch speed.
  const base: FamilyVerifyOptions = { ...timeOptions(args, io), detail: 'verdict' };
  // Only verify needs the services (and the keychain); inspect decodes with the registry alone.
  const cli = mode === 'verify' ? openCliVault(io) : null;
  const inputs = cli ? await resolveVerifyInputs(args, io, cli) : null;

  const json = args.flags.has('json');
  const painter = painterFor(io.stdout.isTTY, io.env);
  const out = new BufferedWriter(io.stdout);
  const goal = mode === 'verify' ? 'valid' : 'unverified';
  const optionsFor = (family: TokenFamily | undefined): FamilyVerifyOptions => {
    if (!inputs) return base;
    const expect = family ? inputs.expect.get(family.id) : undefined;
    return { ...base, secret: inputs.secret, ...(expect && Object.keys(expect).length > 0 ? { expect } : {}) };
  };
  let index = 0;
  let allGood = true;
  for await (const token of tokensFrom(args.positionals, io)) {
    const family = inputs ? registry.detect(trimTokenText(token))?.family : undefined;
    const [result] = cli ? cli.signing.inspectWith([token], optionsFor(family)) : [registry.inspect(token, base)];
    if (!result) continue;
    // A secret that cannot be this family's key at all is a mistake in the command, not a verdict.
    const keyProblem = inputs ? result.diagnoses.find((d) => d.code === 'secret_wrong_length' && d.severity === 'error') : undefined;
    if (keyProblem && inputs) {
      out.flush();
      const bytes = utf8Encode(inputs.secret).length;
      throw usage(`the secret is ${bytes} bytes; ${keyProblem.message.replace(/^The secret is \d+ bytes; /, '')}`);
    }
    if (result.verdict !== goal) allGood = false;
    const flushed = out.write(json ? inspectionJson(index, result) + '\n' : inspectionText(index, result, base.now, painter));
    index++;
    // A slow reader (`| less`, a paced pipe) makes us wait here instead of output piling up in memory.
    if (flushed) await out.drain();
  }
  out.flush();
  if (index === 0) {
    io.stderr.write(`tokenlab ${mode}: no tokens given (pass them as arguments or one per line on stdin)\n`);
    return EXIT_USAGE;
  }
  return allGood ? EXIT_OK : EXIT_NOT_ALL_VALID;
}

async function resolveVerifyInputs(args: ReturnType<typeof parseArgs>, io: CliIo, cli: CliVault): Promise<VerifyInputs> {
  const secretFile = optionValue(args, 'secret-file');
  const profileName = optionValue(args, 'profile');
  if (secretFile !== undefined && profileName !== undefined) throw usage('give either --secret-file or --profile, not both');
  if (secretFile === undefined && profileName === undefined) {
    throw usage('verify needs the secret: --secret-file PATH or --profile NAME (a secret is never accepted as an argument)');
  }
  const expect = new Map<string, Expectations>();
  for (const family of cli.registry.families) expect.set(family.id, readExpectations(args, family.verifyInputs));
  if (profileName === undefined) return { secret: await readSecretFile(secretFile as string), expect };
  const { profile, secret } = await cli.vault.anyCredentialsByName(profileName).finally(() => reportCorruption(cli, io));
  const family = cli.registry.require(profile.family);
  expect.set(family.id, { ...family.profile.expectFrom(profile.credentials), ...expect.get(family.id) });
  return { secret, expect };
}

export const inspectCommand = (argv: readonly string[], io: CliIo) => run('inspect', argv, io);
export const verifyCommand = (argv: readonly string[], io: CliIo) => run('verify', argv, io);
