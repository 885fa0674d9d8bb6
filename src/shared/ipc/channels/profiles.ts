/**
 * `profiles:*` — the vault of credentials, seen from the renderer.
 *
 * Secrets go in (add, replaceSecret) and never come out: every reply carries `ProfileView`,
 * which holds the fingerprint, not the secret. Export produces JSON without secrets.
 */
import { z } from 'zod';
import { defineChannel } from '../channel';
import { defaultRegistry } from '../../families/registry';
import { emptyRequest, profileId } from '../schemas/common';
import { envTagSchema, fingerprintSchema, identifierValueSchema, profileNameSchema, profileViewSchema } from '../schemas/profile';

/** A secret as typed or pasted: surrounding whitespace is trimmed by the vault, not here. */
export const secretInputSchema = z.string().min(1, 'the secret is empty').max(1024, 'a secret has at most 1024 characters');

/**
 * A new profile: its family (by `family` id, or by `provider` CLI name) and its public
 * identifiers, either in `credentials` or, the older shape, as top-level keys
 * (`appId`, `appKey`, `apiBase` …). The family's credentials schema checks them in main.
 */
const IDENTIFIER_KEYS = [...new Set(defaultRegistry.families.flatMap((f) => f.profile.identifiers.map((i) => i.key)))];
/** The shape alone; the vault checks the family against the registry it runs with. */
export const addProfileRequestShape = z.strictObject({
    family: z.string().max(64).optional(),
    provider: z.string().max(64).optional(),
    name: profileNameSchema,
    env: envTagSchema.optional(),
    credentials: z.record(z.string().max(64), identifierValueSchema).optional(),
    secret: secretInputSchema,
    ...Object.fromEntries(IDENTIFIER_KEYS.map((key) => [key, identifierValueSchema.optional()])),
});
export const addProfileRequestSchema = addProfileRequestShape.superRefine((request, ctx) => {
    const family = request.family !== undefined ? defaultRegistry.get(request.family) : request.provider !== undefined ? defaultRegistry.byCliName(request.provider) : undefined;
    if (request.family === undefined && request.provider === undefined) ctx.addIssue({ code: 'custom', path: ['provider'], message: 'the family (or provider) is required' });
    else if (family === undefined) ctx.addIssue({ code: 'custom', path: [request.family !== undefined ? 'family' : 'provider'], message: 'not a known token family' });
  });
export interface AddProfileRequest {
  family?: string;
  provider?: string;
  name: string;
  env?: string;
  credentials?: Record<string, string | number>;
  secret: string;
  /** The older shape's identifiers (ZEGO appId; CommsEase appKey, apiBase). */
  appId?: number;
  appKey?: string;
  apiBase?: string;
}

const profileReply = z.strictObject({ profile: profileViewSchema });

export const importReportSchema = z.strictObject({
  imported: z.array(profileViewSchema),
  skipped: z.array(z.strictObject({ name: z.string(), reason: z.string() })),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const profilesChannels = {
  'profiles:list': defineChannel({
    summary: 'every profile (public fields and fingerprint)',
    request: emptyRequest,
    response: z.strictObject({ profiles: z.array(profileViewSchema) }),
  }),
  'profiles:add': defineChannel({
    summary: 'create a profile; its secret goes to the OS keychain',
    request: addProfileRequestSchema,
    response: profileReply,
  }),
  'profiles:rename': defineChannel({
    summary: 'give a profile another (unique) name',
    request: z.strictObject({ id: profileId, name: profileNameSchema }),
    response: profileReply,
  }),
  'profiles:retag': defineChannel({
    summary: 'change the environment tag (dev / staging / prod …)',
    request: z.strictObject({ id: profileId, env: envTagSchema }),
    response: profileReply,
  }),
  'profiles:replaceSecret': defineChannel({
    summary: 'store a new secret for a profile (e.g. after rotation or import)',
    request: z.strictObject({ id: profileId, secret: secretInputSchema }),
    response: z.strictObject({ profile: profileViewSchema, previousFingerprint: fingerprintSchema.nullable() }),
  }),
  'profiles:delete': defineChannel({
    summary: 'delete a profile and its keychain entries (secret and static tokens)',
    request: z.strictObject({ id: profileId }),
    response: z.strictObject({ deletedId: profileId }),
  }),
  'profiles:export': defineChannel({
    summary: 'JSON of the chosen profiles (all when ids is omitted), without secrets',
    request: z.strictObject({ ids: z.array(profileId).max(1000).optional() }),
    response: z.strictObject({ json: z.string(), count: z.number().int().min(0) }),
  }),
  'profiles:import': defineChannel({
    summary: 'add profiles from an export; they need their secret entered before use',
    request: z.strictObject({ json: z.string().max(5_000_000) }),
    response: importReportSchema,
  }),
} as const;
