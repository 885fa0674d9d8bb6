/**
 * `tokenlab inspect` and `tokenlab verify`: one engine call per token, streamed.
 */
import { nodeCryptoPort } from '../../main/crypto/nodeCryptoPort';
import { utf8Encode } from '../../shared/encoding/bytes';
import { inspectToken } from '../../shared/tokens/inspect';
import { DEFAULT_SKEW_SECONDS, type VerifyOptions } from '../../shared/tokens/types';
import { appIdOption, integerOption, nowOption, optionValue, parseArgs, usage, type OptionSpec } from '../args';
import { EXIT_NOT_ALL_VALID, EXIT_OK, EXIT_USAGE, type CliIo } from '../io';
import { BufferedWriter, inspectionJson, inspectionText, painterFor } from '../output';
import { loadProfileCredentials } from '../profileCredentials';
import { readSecretFile } from '../secretFile';
import { tokensFrom } from '../tokenSource';

const COMMON: Record<string, OptionSpec> = {
  json: { value: false },
  now: { value: true },
  skew: { value: true },
};

const VERIFY: Record<string, OptionSpec> = {
  ...COMMON,
  'secret-file': { value: true },
  profile: { value: true },
  'app-id': { value: true },
  'app-key': { value: true },
  accid: { value: true },
};

function timeOptions(args: ReturnType<typeof parseArgs>, io: CliIo): { now: number; skewSeconds: number } {
  return {
    now: nowOption(args, () => io.now()),
    skewSeconds: integerOption(args, 'skew', { min: 0, max: 86_400 * 365 }) ?? DEFAULT_SKEW_SECONDS,
  };
}

async function run(mode: 'inspect' | 'verify', argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, mode === 'inspect' ? COMMON : VERIFY);
  // The CLI prints no byte map: skip it, and informational notes, for batch speed.
  const options: VerifyOptions = { ...timeOptions(args, io), detail: 'verdict' };
  if (mode === 'verify') await resolveVerifyInputs(args, io, options);

  const json = args.flags.has('json');
  const painter = painterFor(io.stdout.isTTY, io.env);
  const out = new BufferedWriter(io.stdout);
  const crypto = mode === 'verify' ? nodeCryptoPort : undefined;
  const secretBytes = options.secret === undefined ? 0 : utf8Encode(options.secret).length;
  const goal = mode === 'verify' ? 'valid' : 'unverified';
  let index = 0;
  let allGood = true;
  for await (const token of tokensFrom(args.positionals, io)) {
    const result = inspectToken(token, options, crypto);
    if (result.format === 'zego-token04' && mode === 'verify' && ![16, 24, 32].includes(secretBytes)) {
      out.flush();
      throw usage(`the secret is ${secretBytes} bytes; a ZEGO ServerSecret is 32 characters. Check the secret file.`);
    }
    if (result.verdict !== goal) allGood = false;
    const flushed = out.write(json ? inspectionJson(index, result) + '\n' : inspectionText(index, result, options.now, painter));
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

async function resolveVerifyInputs(args: ReturnType<typeof parseArgs>, io: CliIo, options: VerifyOptions): Promise<void> {
  const secretFile = optionValue(args, 'secret-file');
  const profileName = optionValue(args, 'profile');
  if (secretFile !== undefined && profileName !== undefined) throw usage('give either --secret-file or --profile, not both');
  if (secretFile === undefined && profileName === undefined) {
    throw usage('verify needs the secret: --secret-file PATH or --profile NAME (a secret is never accepted as an argument)');
  }
  options.expectedAppId = appIdOption(args);
  options.appKey = optionValue(args, 'app-key');
  options.accid = optionValue(args, 'accid');
  if (profileName !== undefined) {
    const profile = await loadProfileCredentials(profileName, io);
    options.secret = profile.secret;
    if (options.expectedAppId === undefined && profile.appId !== undefined) options.expectedAppId = profile.appId;
    if (options.appKey === undefined && profile.appKey !== undefined) options.appKey = profile.appKey;
  } else {
    options.secret = await readSecretFile(secretFile as string);
  }
}

export const inspectCommand = (argv: readonly string[], io: CliIo) => run('inspect', argv, io);
export const verifyCommand = (argv: readonly string[], io: CliIo) => run('verify', argv, io);
