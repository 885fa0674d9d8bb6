/**
 * `tokens:*` — inspect, verify and mint tokens; secrets stay in main.
 *
 * The renderer names a profile by id; main reads its secret from the keychain, runs the
 * engine, and returns the token and/or the `Inspection` (which never holds secret material).
 */
import { z } from 'zod';
import { defineChannel } from '../channel';
import { accid, epochSeconds, profileId, tokenText } from '../schemas/common';
import { inspectionSchema, registeredFamilyId } from '../schemas/inspection';

/**
 * A bound value as typed: an Agora channel name is ≤ 64 bytes and an account ≤ 255, so 512 is
 * ample, and it is what the reply carries back in a diagnosis's params (schemas/inspection.ts).
 */
const boundText = z.string().max(512);
/** The expected values a family binds without carrying them; the user-id expectation stays apart (`accid`). */
const boundExpectations = z.strictObject({ channel: boundText.optional(), uid: boundText.optional() });

/** How to judge: the profile to verify against, and optional overrides of the clock and skew. */
const judgeOptions = {
  /** Verify against this profile's secret (and its appId / appKey). Without it: `unverified`. */
  profileId: profileId.optional(),
  /** CommsEase: the accid bound by the signature. */
  accid: accid.optional(),
  /** What a signature binds but the token does not carry (Agora 006: channel and uid; RTM: the account as channel, uid ''). */
  expect: boundExpectations.optional(),
  /** "What if it were this time?" — defaults to main's clock. */
  now: epochSeconds.optional(),
  skewSeconds: z.number().int().min(0).max(86_400).optional(),
};

const ttlSeconds = z.number().int().min(1).max(10 * 365 * 86_400);

/**
 * One `tokens:inspectMany` call: at most this many tokens and this many characters in all, so
 * a single request cannot hold main for long (2,000 tokens of 16 KB once stalled it for 32 s).
 * The renderer splits a bigger paste with `inspectManyBatches`.
 */
export const INSPECT_MANY_MAX_TOKENS = 10_000;
export const INSPECT_MANY_MAX_CHARS = 2 * 1024 * 1024;

const inspectManyTokens = z
  .array(tokenText)
  .max(INSPECT_MANY_MAX_TOKENS)
  .refine((tokens) => tokens.reduce((sum, t) => sum + t.length, 0) <= INSPECT_MANY_MAX_CHARS, {
    message: `the tokens hold more than ${INSPECT_MANY_MAX_CHARS} characters in all: send them in several requests`,
  });

/** `tokens` split, in order, into requests within both limits. */
export function inspectManyBatches(tokens: readonly string[]): string[][] {
  const batches: string[][] = [];
  let current: string[] = [];
  let chars = 0;
  for (const token of tokens) {
    if (current.length > 0 && (current.length === INSPECT_MANY_MAX_TOKENS || chars + token.length > INSPECT_MANY_MAX_CHARS)) {
      batches.push(current);
      current = [];
      chars = 0;
    }
    current.push(token);
    chars += token.length;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

export const generatedTokenSchema = z.strictObject({ token: z.string(), inspection: inspectionSchema });

/** A generator field's value; `json` fields (JWT claims, LiveKit grants) are one shallow object. */
const requestScalar = z.union([z.string().max(1024), z.number(), z.boolean(), z.null()]);
const requestObject = z
  .record(z.string().max(64), z.union([requestScalar, z.array(requestScalar).max(64)]))
  .refine((o) => Object.keys(o).length <= 32, 'too many keys');

export const tokensChannels = {
  'tokens:inspect': defineChannel({
    summary: 'decode one token; verify it when a profile is given',
    request: z.strictObject({ token: tokenText, ...judgeOptions }),
    response: z.strictObject({ inspection: inspectionSchema }),
  }),
  'tokens:inspectMany': defineChannel({
    summary: 'decode many tokens (a pasted list); verify them when a profile is given',
    request: z.strictObject({ tokens: inspectManyTokens, ...judgeOptions }),
    response: z.strictObject({ inspections: z.array(inspectionSchema) }),
  }),
  'tokens:generate': defineChannel({
    summary: 'mint a token of any registered family with a stored profile',
    request: z.strictObject({
      family: registeredFamilyId,
      profileId,
      /** The family's request (its generator fields); main checks it with the family's schema. */
      request: z.record(z.string().max(64), z.union([requestScalar, z.array(z.string().max(256)).max(100), requestObject])),
    }),
    response: generatedTokenSchema,
  }),
  'tokens:generateZego': defineChannel({
    summary: 'mint a ZEGO Token04 with a stored profile',
    request: z.strictObject({
      profileId,
      userId: z.string().min(1).max(256),
      ttlSeconds,
      layout: z.enum(['gcm', 'cbc']).optional(),
      /** RTC room privileges; omitted for ZIM identity tokens. */
      room: z
        .strictObject({
          roomId: z.string().max(256),
          canLogin: z.boolean(),
          canPublish: z.boolean(),
          streamIds: z.array(z.string().min(1).max(256)).max(100).nullable(),
        })
        .optional(),
    }),
    response: generatedTokenSchema,
  }),
  'tokens:generateCommsEase': defineChannel({
    summary: 'mint a CommsEase dynamic token with a stored profile',
    request: z.strictObject({ profileId, accid, ttlSeconds }),
    response: generatedTokenSchema,
  }),
} as const;
