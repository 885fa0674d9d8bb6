/**
 * Runtime schema of the engine's `Inspection` (src/shared/tokens/types.ts), for IPC replies.
 *
 * Main validates every reply before it leaves, so a handler bug cannot push an unexpected shape
 * (or an unexpected field) into the renderer. The lists below must name every member of the
 * engine's unions; `assertListsAll` turns a forgotten member into a compile error.
 */
import { z } from 'zod';
import type { DiagnosisCode, Inspection, SegmentName, TokenFormat, Verdict } from '../../tokens/types';
import { assertListsAll } from './exhaustive';

export const verdictSchema = z.enum(
  assertListsAll<Verdict>()(['valid', 'expired', 'not_yet_valid', 'app_id_mismatch', 'wrong_secret_or_tampered', 'malformed', 'unverified']),
);

const formatSchema = z.enum(assertListsAll<TokenFormat>()(['zego-token04', 'commsease-dynamic', 'unknown']));

const segmentNameSchema = z.enum(
  assertListsAll<SegmentName>()([
    'version',
    'expire',
    'ivLength',
    'iv',
    'nonceLength',
    'nonce',
    'ciphertextLength',
    'ciphertext',
    'tag',
    'mode',
    'signature',
    'curTime',
    'ttl',
    'json',
  ]),
);

const diagnosisCodeSchema = z.enum(
  assertListsAll<DiagnosisCode>()([
    'trimmed_whitespace',
    'base64url_alphabet',
    'missing_base64_padding',
    'expired_by',
    'expires_in',
    'not_yet_valid_by',
    'expire_mismatch',
    'curtime_in_seconds',
    'ttl_zero',
    'secret_wrong_length',
    'app_id_mismatch',
    'wrong_version',
    'trailing_bytes',
    'cbc_unauthenticated',
    'cbc_first_block_unprotected',
    'payload_null',
    'needs_commsease_inputs',
    'needs_secret',
  ]),
);

const zegoFieldsSchema = z.strictObject({
  app_id: z.number(),
  user_id: z.string(),
  nonce: z.number(),
  ctime: z.number(),
  expire: z.number(),
  payload: z.string(),
});

const commsEaseFieldsSchema = z.strictObject({
  signature: z.string(),
  curTime: z.number(),
  ttl: z.number(),
});

const roomPrivilegeSchema = z.strictObject({
  roomId: z.string(),
  canLogin: z.boolean(),
  canPublish: z.boolean(),
  streamIds: z.array(z.string()).nullable(),
});

const segmentSchema = z.strictObject({
  name: segmentNameSchema,
  label: z.string(),
  offset: z.number().int(),
  length: z.number().int(),
  charStart: z.number().int(),
  charEnd: z.number().int(),
  value: z.string(),
});

const diagnosisSchema = z.strictObject({
  code: diagnosisCodeSchema,
  severity: z.enum(['info', 'warning', 'error']),
  message: z.string(),
});

export const inspectionSchema: z.ZodType<Inspection> = z.strictObject({
  token: z.string(),
  trimmed: z.boolean(),
  format: formatSchema,
  layout: z.enum(['cbc', 'gcm']).nullable(),
  verdict: verdictSchema,
  reason: z.string(),
  offset: z.number().int().nullable(),
  offsetIn: z.enum(['text', 'envelope']).nullable(),
  fields: z.union([zegoFieldsSchema, commsEaseFieldsSchema]).nullable(),
  expiresAt: z.number().int().nullable(),
  issuedAt: z.number().int().nullable(),
  privilege: roomPrivilegeSchema.nullable(),
  segments: z.array(segmentSchema),
  diagnoses: z.array(diagnosisSchema),
});
