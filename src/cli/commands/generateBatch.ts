/**
 * `tokenlab generate --batch`: one JSON request per stdin line → one JSON line with the token
 * or the error, in input order. One process mints them all (a process per token costs 0.2 s);
 * a bad line is that line's error, never the end of the run.
 */
import { nodeCryptoPort } from '../../main/crypto/nodeCryptoPort';
import { isTokenLabError } from '../../shared/errors';
import type { TokenFamily } from '../../shared/families/family';
import { describeZodError } from '../../shared/ipc/describeZodError';
import { nowOption, optionValue, parseArgs, withHelp, noPositionals } from '../args';
import { cliRegistry, openCliVault, reportCorruption, type CliVault } from '../cliVault';
import { EXIT_NOT_ALL_VALID, EXIT_OK, EXIT_USAGE, type CliIo } from '../io';
import { TOKEN_LINE_MAX_BYTES } from '../limits';
import { BufferedWriter } from '../output';
import { pooledRandomBytes } from '../randomPool';
import { readSecretFile } from '../secretFile';
import { jsonText } from '../untrustedText';
import { batchMessages as M, generateHelp } from './generateMessages';
import { cliT, usageText } from '../cliText';

const TOKEN_SAFE = /^[A-Za-z0-9+/=._-]*$/;

interface Keyed {
  family: TokenFamily | null;
  credentials: Readonly<Record<string, unknown>>;
  secret: string;
}

type Parsed<T> = { success: true; data: T } | { success: false; error: import('zod').ZodError };

function parsedOrThrow<T>(result: Parsed<T>): T {
  if (!result.success) throw new Error(describeZodError(result.error, 2));
  return result.data;
}

export async function generateBatch(argv: readonly string[], io: CliIo): Promise<number> {
  const registry = cliRegistry(io);
  const args = parseArgs(argv, withHelp({ 'secret-file': { value: true }, profile: { value: true }, now: { value: true } }));
  if (args.flags.has('help')) {
    io.stdout.write(generateHelp(registry, cliT(io)));
    return EXIT_OK;
  }
  noPositionals(args);
  const secretFile = optionValue(args, 'secret-file');
  const profileName = optionValue(args, 'profile');
  if (secretFile !== undefined && profileName !== undefined) throw usageText('args.secretFileOrProfile');
  if (secretFile === '-') throw usageText('generate.batchSecretDash');
  const nowMs = nowOption(args, () => io.now()) * 1000;
  const randomBytes = pooledRandomBytes((n) => io.randomBytes(n));

  let cli: CliVault | null = null;
  const vault = (): CliVault => (cli ??= openCliVault(io));
  const profiles = new Map<string, Promise<Keyed>>();
  const fromProfile = (name: string): Promise<Keyed> => {
    let found = profiles.get(name);
    if (!found) {
      found = vault()
        .vault.anyCredentialsByName(name)
        .then(({ profile, secret }) => ({ family: registry.require(profile.family), credentials: profile.credentials, secret }));
      found.catch(() => {});
      profiles.set(name, found);
    }
    return found;
  };
  const defaults: Keyed | null =
    profileName !== undefined ? await fromProfile(profileName) : secretFile !== undefined ? { family: null, credentials: {}, secret: await readSecretFile(secretFile) } : null;

  const familyNamed = (name: unknown): TokenFamily => {
    const family = typeof name === 'string' ? registry.byCliName(name) : undefined;
    if (!family) throw new Error(M.unknownFamily(String(name), registry.families.map((f) => f.cliNames[0] ?? f.id).join(', ')));
    return family;
  };

  // Bulk requests mostly repeat one app's identifiers: the last parse is reused while they do.
  let last: { family: TokenFamily; keyed: Keyed; values: Record<string, unknown>; credentials: unknown } | null = null;
  const sameAsLast = (family: TokenFamily, keyed: Keyed, values: Record<string, unknown>): unknown => {
    if (!last || last.family !== family || last.keyed !== keyed) return undefined;
    const keys = Object.keys(values);
    if (keys.length !== Object.keys(last.values).length) return undefined;
    for (const key of keys) if (values[key] !== last.values[key]) return undefined;
    return last.credentials;
  };
  const remember = (family: TokenFamily, keyed: Keyed, values: Record<string, unknown>, credentials: unknown): unknown => {
    last = { family, keyed, values, credentials };
    return credentials;
  };

  const mintLine = async (text: string): Promise<string> => {
    let request: unknown;
    try {
      request = JSON.parse(text);
    } catch {
      throw new Error(M.notJson);
    }
    if (typeof request !== 'object' || request === null || Array.isArray(request)) throw new Error(M.notJson);
    const fields = request as Record<string, unknown>;
    const keyed = typeof fields['profile'] === 'string' ? await fromProfile(fields['profile']) : defaults;
    if (!keyed) throw new Error(M.noSecret);
    const family = fields['family'] !== undefined ? familyNamed(fields['family']) : keyed.family;
    if (!family) throw new Error(M.noFamily);
    if (keyed.family && keyed.family.id !== family.id) throw registry.wrongFamily(String(fields['profile'] ?? profileName), keyed.family.id, family.id);
    const credentialValues: Record<string, unknown> = { ...keyed.credentials };
    for (const field of family.profile.identifiers) {
      const given = fields[field.key];
      if (given === undefined) continue;
      const stored = keyed.credentials[field.key];
      if (stored !== undefined && String(stored) !== String(given)) throw new Error(`${field.key} ${String(given)} contradicts the profile's (${String(stored)})`);
      credentialValues[field.key] = given;
    }
    const credentials = sameAsLast(family, keyed, credentialValues) ?? remember(family, keyed, credentialValues, parsedOrThrow(family.profile.credentialsSchema.safeParse(credentialValues) as Parsed<unknown>));
    const requestValues: Record<string, unknown> = {};
    for (const field of family.generator.fields) if (fields[field.key] !== undefined) requestValues[field.key] = fields[field.key];
    const parsed = parsedOrThrow(family.generator.requestSchema.safeParse(requestValues) as Parsed<unknown>);
    return family.generator.mint(parsed, { credentials, secret: keyed.secret, nowMs, randomBytes, crypto: nodeCryptoPort });
  };

  const out = new BufferedWriter(io.stdout, undefined, { flushWhenIdle: true });
  let line = 0;
  let minted = 0;
  let failed = 0;
  try {
    for await (const text of io.stdin.lines(TOKEN_LINE_MAX_BYTES)) {
      line++;
      if (text.trim() === '') continue;
      let record: string;
      try {
        const token = await mintLine(text);
        // Tokens are base64 / base64url / JWT text: nothing to escape, so the line is written directly.
        record = TOKEN_SAFE.test(token) ? `{"line":${line},"token":"${token}"}` : jsonText({ line, token });
        minted++;
      } catch (error) {
        // Only our own messages: an error from a family is a TokenLabError, the rest are written above.
        const message = isTokenLabError(error) || error instanceof Error ? error.message : 'cannot mint';
        record = jsonText({ line, error: message });
        failed++;
      }
      if (out.write(record + '\n')) await out.drain();
    }
  } finally {
    out.flush();
    if (cli) reportCorruption(cli, io);
  }
  if (minted + failed === 0) {
    io.stderr.write(`tokenlab generate --batch: ${cliT(io)('cli.generate.batchNoRequests')}\n`);
    return EXIT_USAGE;
  }
  io.stderr.write(`${cliT(io)('cli.generate.batchSummary', { minted, failed })}\n`);
  return failed === 0 ? EXIT_OK : EXIT_NOT_ALL_VALID;
}
