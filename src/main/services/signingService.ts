/**
 * The signing service: mint and verify tokens of any registered family, in the main process.
 *
 * Both the IPC handlers and the CLI call it (built once by the composition root). The secret
 * comes from the vault (keychain) — or, for the CLI's `--secret-file`, from the caller — for
 * the duration of one call, goes to the family's pure code, and is dropped; only tokens and
 * `Inspection`s leave this module. Clock and randomness are injected.
 */
import type { CryptoPort, RandomBytes } from '../../shared/crypto/cryptoPort';
import type { Expectations, FamilyVerifyOptions, TokenFamily } from '../../shared/families/family';
import { defaultRegistry, type FamilyRegistry } from '../../shared/families/registry';
import { zodDetailParams } from '../../shared/ipc/describeZodError';
import type { Inspection } from '../../shared/tokens/types';
import { familyNameParams, MainTextError } from '../i18n/mainText';
import type { ProfileVault } from '../vault/profileVault';

export interface JudgeOptions {
  /** Verify against this profile's secret and public identifiers; without it, `unverified`. */
  profileId?: string;
  /** CommsEase: the accid bound by the signature (the same as `expect.userId`). */
  accid?: string;
  /** Expected values the user gave; they win over the profile's. */
  expect?: Expectations;
  /** Epoch seconds; default: now. */
  now?: number;
  skewSeconds?: number;
}

export interface GeneratedToken {
  token: string;
  inspection: Inspection;
}

/** Credentials given directly (the CLI's `--secret-file` with `--app-id` …), not from a profile. */
export interface DirectCredentials {
  /** The family's identifiers, checked by its credentials schema. */
  credentials: Readonly<Record<string, unknown>>;
  secret: string;
}

export interface SigningService {
  /** Judge tokens against a profile (or decode them without one). */
  inspect(tokens: readonly string[], options: JudgeOptions): Promise<Inspection[]>;
  /** Judge tokens with a secret and expectations given directly (the CLI's `verify --secret-file`). */
  inspectWith(tokens: readonly string[], options: FamilyVerifyOptions): Inspection[];
  /** Mint with a stored profile: the family's request, checked field by field. */
  generate(familyId: string, profileId: string, request: unknown): Promise<GeneratedToken>;
  /** Mint with credentials given directly. `nowSeconds` pins the clock (the CLI's `--now`). */
  generateWith(familyId: string, direct: DirectCredentials, request: unknown, nowSeconds?: number): GeneratedToken;
  /** The family's request, checked (field-level errors name the field's key). */
  parseRequest(familyId: string, request: unknown): unknown;
}

export interface SigningServiceDeps {
  vault: Pick<ProfileVault, 'credentials' | 'anyCredentials'>;
  /** Default: the shipped families. */
  registry?: FamilyRegistry;
  crypto: CryptoPort;
  randomBytes: RandomBytes;
  /** Epoch milliseconds (CommsEase curTime is in ms). */
  nowMs: () => number;
}

/** About 10 ms of work between two yields; each token also costs a fixed amount (its decryption). */
const INSPECT_SLICE_CHARS = 64 * 1024;
const INSPECT_COST_PER_TOKEN = 256;

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export function createSigningService(deps: SigningServiceDeps): SigningService {
  const { vault, crypto } = deps;
  const registry = deps.registry ?? defaultRegistry;
  const nowSeconds = (): number => Math.floor(deps.nowMs() / 1000);

  function parse<T>(family: TokenFamily, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: import('zod').ZodError } }, value: unknown, what: 'request' | 'credentials'): T {
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const key = what === 'request' ? 'familyRequestInvalid' : 'familyCredentialsInvalid';
      throw new MainTextError('INVALID_INPUT', key, { ...familyNameParams(family), ...zodDetailParams(parsed.error) });
    }
    return parsed.data;
  }

  async function verifyOptionsFor(options: JudgeOptions): Promise<FamilyVerifyOptions> {
    const base: FamilyVerifyOptions = { now: options.now ?? nowSeconds() };
    if (options.skewSeconds !== undefined) base.skewSeconds = options.skewSeconds;
    const given: Expectations = { ...(options.accid !== undefined ? { userId: options.accid } : {}), ...options.expect };
    if (options.profileId === undefined) return Object.keys(given).length > 0 ? { ...base, expect: given } : base;
    const { profile, secret } = await vault.anyCredentials(options.profileId);
    const family = registry.require(profile.family);
    return { ...base, secret, expect: { ...family.profile.expectFrom(profile.credentials), ...given } };
  }

  function mint(family: TokenFamily, credentials: unknown, secret: string, request: unknown, nowMs: number): GeneratedToken {
    const token = family.generator.mint(request, { credentials, secret, nowMs, randomBytes: deps.randomBytes, crypto });
    const expect = family.generator.expectFor(request, credentials);
    const inspection = registry.inspect(token, { now: Math.floor(nowMs / 1000), secret, expect }, crypto);
    return { token, inspection };
  }

  return {
    async inspect(tokens, options) {
      const verify = await verifyOptionsFor(options);
      // In slices of about 64k characters, yielding to the event loop in between, so a big
      // paste keeps main answering the window and other calls while it works.
      const inspections: Inspection[] = [];
      let sliceChars = 0;
      for (const token of tokens) {
        if (sliceChars >= INSPECT_SLICE_CHARS) {
          sliceChars = 0;
          await yieldToEventLoop();
        }
        inspections.push(registry.inspect(token, verify, crypto));
        sliceChars += token.length + INSPECT_COST_PER_TOKEN;
      }
      return inspections;
    },

    inspectWith: (tokens, options) => tokens.map((token) => registry.inspect(token, options, crypto)),

    parseRequest(familyId, request) {
      const family = registry.require(familyId);
      return parse(family, family.generator.requestSchema, request, 'request');
    },

    async generate(familyId, profileId, request) {
      const family = registry.require(familyId);
      const parsed = parse(family, family.generator.requestSchema, request, 'request');
      const { profile, secret } = await vault.credentials(profileId, family);
      return mint(family, profile.credentials, secret, parsed, Math.floor(deps.nowMs()));
    },

    generateWith(familyId, direct, request, now) {
      const family = registry.require(familyId);
      const parsed = parse(family, family.generator.requestSchema, request, 'request');
      const credentials = parse(family, family.profile.credentialsSchema, direct.credentials, 'credentials');
      return mint(family, credentials, direct.secret, parsed, now !== undefined ? now * 1000 : Math.floor(deps.nowMs()));
    },
  };
}
