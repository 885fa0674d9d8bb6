/**
 * Runtime schema of the engine's `Inspection` (src/shared/tokens/types.ts), for IPC replies.
 *
 * Main validates every reply before it leaves, so a handler bug cannot push an unexpected shape
 * (or an unexpected field) into the renderer. The lists below must name every member of the
 * engine's unions; `assertListsAll` turns a forgotten member into a compile error.
 */
import { z } from 'zod';
import { defaultRegistry, UNKNOWN_FORMAT } from '../../families/registry';
import type { Inspection, Verdict } from '../../tokens/types';
import { assertListsAll } from './exhaustive';

export const verdictSchema = z.enum(
  assertListsAll<Verdict>()(['valid', 'expired', 'not_yet_valid', 'app_id_mismatch', 'user_id_mismatch', 'wrong_secret_or_tampered', 'malformed', 'unverified']),
);

/** Registered with the shipped registry: main validates every reply against the families it runs. */
const REGISTERED = new Set(defaultRegistry.families.map((f) => f.id));
export const registeredFamilyId = z.string().refine((id) => REGISTERED.has(id), 'not a registered token family');
const formatSchema = z.string().refine((id) => id === UNKNOWN_FORMAT || REGISTERED.has(id), 'not a registered token family');

/** Segment names and diagnosis codes are declared by each family: identifiers (Tencent keeps its "TLS.ver" dots, Agora its "service-1" dashes), bounded. */
const identifier = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_.:-]{0,63}$/);

/**
 * A readable field's value: what a token's JSON can hold. JWT families nest claims (LiveKit
 * `video`, Twilio `grants.video`), so objects and arrays nest — at most six levels (Agora's services hold privilege maps), and
 * bounded in width, so a reply stays small whatever the token says.
 */
const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const jsonAt = (depth: number): z.ZodType<unknown> =>
  depth === 0
    ? scalar
    : z.union([
        scalar,
        z.array(jsonAt(depth - 1)).max(256),
        z.record(z.string().max(64), jsonAt(depth - 1)).refine((r) => Object.keys(r).length <= 64, 'too many keys'),
      ]);
const fieldValue = jsonAt(6);
const fieldsSchema = z.record(z.string().max(64), fieldValue).refine((r) => Object.keys(r).length <= 64, 'too many fields');

const roomPrivilegeSchema = z.strictObject({
  roomId: z.string(),
  canLogin: z.boolean(),
  canPublish: z.boolean(),
  streamIds: z.array(z.string()).nullable(),
});

const segmentSchema = z.strictObject({
  name: identifier,
  label: z.string(),
  offset: z.number().int(),
  length: z.number().int(),
  charStart: z.number().int(),
  charEnd: z.number().int(),
  value: z.string(),
  /** What the label's catalogue text fills in (Agora 007's service number): a few short values. */
  labelParams: z
    .record(identifier, z.union([z.string().max(512), z.number()]))
    .refine((r) => Object.keys(r).length <= 8, 'too many label params')
    .optional(),
  /** The value's catalogue pieces (family.<id>.value.<key> and what each fills in). */
  valueParts: z
    .array(
      z.strictObject({
        key: identifier,
        params: z
          .record(identifier, z.union([z.string().max(2048), z.number()]))
          .refine((r) => Object.keys(r).length <= 8, 'too many value params')
          .optional(),
      }),
    )
    .max(256)
    .optional(),
});

const diagnosisSchema = z.strictObject({
  code: identifier,
  severity: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  /** Catalogue params (src/shared/i18n): a few short values, bounded like everything from main. */
  params: z.record(identifier, z.union([z.string().max(512), z.number()])).optional(),
});

export const inspectionSchema: z.ZodType<Inspection> = z.strictObject({
  token: z.string(),
  trimmed: z.boolean(),
  format: formatSchema,
  layout: z.enum(['cbc', 'gcm']).nullable(),
  verdict: verdictSchema,
  reason: z.string(),
  reasonCode: identifier.optional(),
  reasonParams: z.record(identifier, z.union([z.string().max(512), z.number()])).optional(),
  offset: z.number().int().nullable(),
  offsetIn: z.enum(['text', 'envelope']).nullable(),
  fields: fieldsSchema.nullable(),
  fieldParams: z.record(identifier, z.record(identifier, z.union([z.string().max(512), z.number()]))).optional(),
  expiresAt: z.number().int().nullable(),
  issuedAt: z.number().int().nullable(),
  privilege: roomPrivilegeSchema.nullable(),
  segments: z.array(segmentSchema),
  diagnoses: z.array(diagnosisSchema),
});
