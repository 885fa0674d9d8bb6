/**
 * `commsease:*` — CommsEase static tokens (keychain + server API) and third-party login
 * callbacks (tester, verifier, saved test cases).
 *
 * Tokens go in (set, check, update, send a callback, save a case) and never come out: replies
 * carry verdicts, reports with the token masked, and account names. Destructive server calls
 * (update, refresh) carry the confirmation the person gave — the environment tag they typed —
 * and main checks it against the profile again. Server calls go to the profile's own API base
 * only (no per-call base: the caller is untrusted), and main asks the person itself before a
 * stored secret goes to a destination they have not approved.
 */
import { z } from 'zod';
import { defineChannel } from '../channel';
import { profileId } from '../schemas/common';
import { COMMSEASE_CLIENT_TYPES } from '../../commsease/loginCallback';
import { CALLBACK_DECISION_KINDS } from '../../commsease/callbackDecision';

/** CommsEase accid rules (Register an Account): ≤ 32 of letters, digits, _ @ . - */
export const commsEaseAccid = z
  .string()
  .trim()
  .min(1, 'the accid is empty')
  .max(32, 'an accid has at most 32 characters (CommsEase limit)')
  .regex(/^[A-Za-z0-9_@.-]+$/, 'an accid uses only letters, digits, "_", "@", "." and "-"');

/** A static token as typed or pasted (trimmed in main); CommsEase allows 128 characters. */
export const staticTokenInput = z.string().min(1, 'the token is empty').max(4096);

export const clientTypeSchema = z.enum(COMMSEASE_CLIENT_TYPES);

export const confirmationSchema = z.strictObject({
  /** The environment tag the person typed or confirmed. */
  env: z.string().min(1).max(64),
  /** true when the second confirmation (production profiles) was given too. */
  twice: z.boolean(),
});

export const staticVerdictSchema = z.enum(['matches', 'does_not_match', 'no_token_stored']);

export const staticApiReportSchema = z.strictObject({
  operation: z.enum(['create', 'update', 'refreshToken']),
  profileId,
  accid: z.string(),
  env: z.string(),
  apiBase: z.string(),
  status: z.enum(['ok', 'api_error', 'http_error', 'malformed_answer', 'timeout', 'unreachable']),
  stored: z.boolean(),
  message: z.string(),
  httpStatus: z.number().int().nullable(),
  code: z.number().int().nullable(),
  elapsedMs: z.number().min(0),
});
export type StaticApiReportView = z.infer<typeof staticApiReportSchema>;

export const callbackDecisionSchema = z.strictObject({
  kind: z.enum(CALLBACK_DECISION_KINDS),
  clientExperience: z.string(),
  reason: z.string(),
  errCode: z.number().int().nullable(),
  responseCode: z.number().int().nullable(),
});

export const callbackReportSchema = z.strictObject({
  request: z.strictObject({
    method: z.literal('POST'),
    url: z.string(),
    headers: z.record(z.string(), z.string()),
    bodyShown: z.string(),
  }),
  response: z
    .strictObject({ status: z.number().int(), contentType: z.string().nullable(), body: z.string(), truncated: z.boolean() })
    .nullable(),
  elapsedMs: z.number().min(0),
  timeoutMs: z.number().int(),
  decision: callbackDecisionSchema,
});
export type CallbackReportView = z.infer<typeof callbackReportSchema>;

const checkStatus = z.enum(['ok', 'mismatch', 'missing_header']);

export const callbackVerificationSchema = z.strictObject({
  verdict: z.enum(['valid', 'md5_mismatch', 'checksum_mismatch', 'md5_and_checksum_mismatch', 'incomplete']),
  explanation: z.string(),
  md5: z.strictObject({ status: checkStatus, received: z.string().nullable(), computed: z.string(), hint: z.string().nullable() }),
  checkSum: z.strictObject({ status: checkStatus, received: z.string().nullable() }),
  appKey: z.strictObject({ status: z.enum(['matches', 'differs', 'missing_header']), received: z.string().nullable() }),
  curTime: z.strictObject({ received: z.string().nullable(), note: z.string().nullable() }),
  body: z
    .strictObject({
      eventType: z.number().nullable(),
      isLoginEvent: z.boolean(),
      fromAccount: z.string().nullable(),
      fromClientType: z.string().nullable(),
      fromClientIp: z.string().nullable(),
      hasToken: z.boolean(),
      note: z.string().nullable(),
    })
    .nullable(),
  headerProblems: z.array(z.string()),
});
export type CallbackVerificationView = z.infer<typeof callbackVerificationSchema>;

/** Callback test-case ids: 16 lowercase hex characters, drawn by main. */
export const callbackCaseId = z.string().regex(/^[0-9a-f]{16}$/, 'a case id is 16 hex characters');
export const EXPECTED_OUTCOMES = ['allowed', 'refused'] as const;
export const expectedOutcomeSchema = z.enum(EXPECTED_OUTCOMES);
/** Where a case's token lives: its own keychain entry, or the accid's stored static token. */
export const TOKEN_SOURCES = ['case', 'static'] as const;

export const callbackUrlSchema = z
  .string()
  .trim()
  .min(1, 'the callback URL is empty')
  .max(2048)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.username === '' && url.password === '';
    } catch {
      return false;
    }
  }, 'the callback URL must be an http:// or https:// URL without credentials');

export const clientIpSchema = z.string().trim().max(64);
export const loginExtSchema = z.string().max(4096);

/** A saved case as the renderer sees it: no token, only whether one is stored. */
export const callbackCaseSchema = z.strictObject({
  id: callbackCaseId,
  name: z.string(),
  accid: z.string(),
  clientType: clientTypeSchema,
  clientIp: z.string(),
  loginExt: z.string(),
  expected: expectedOutcomeSchema,
  tokenSource: z.enum(TOKEN_SOURCES),
  /** false: the keychain holds no token for it (it cannot run until one is given). */
  tokenStored: z.boolean(),
});
export type CallbackCaseView = z.infer<typeof callbackCaseSchema>;

export const callbackCaseInputSchema = z.strictObject({
  /** Absent: a new case. */
  id: callbackCaseId.optional(),
  name: z.string().trim().min(1, 'a case needs a name').max(80),
  accid: commsEaseAccid,
  clientType: clientTypeSchema,
  clientIp: clientIpSchema,
  loginExt: loginExtSchema,
  expected: expectedOutcomeSchema,
  tokenSource: z.enum(TOKEN_SOURCES),
  /** tokenSource "case": the token to keep in the keychain; omit when editing to keep the stored one. */
  token: staticTokenInput.optional(),
});
export type CallbackCaseInput = z.input<typeof callbackCaseInputSchema>;

export const caseResultSchema = z.strictObject({
  caseId: callbackCaseId,
  name: z.string(),
  expected: expectedOutcomeSchema,
  passed: z.boolean(),
  /** One line: what happened versus what was expected. */
  summary: z.string(),
  decision: callbackDecisionSchema.nullable(),
  httpStatus: z.number().int().nullable(),
  elapsedMs: z.number().min(0),
});
export type CaseResultView = z.infer<typeof caseResultSchema>;

const profileAccid = z.strictObject({ profileId, accid: commsEaseAccid });

export const commseaseChannels = {
  'commsease:staticList': defineChannel({
    summary: 'accids of a CommsEase profile with a static token in the keychain',
    request: z.strictObject({ profileId }),
    response: z.strictObject({ accids: z.array(z.string()) }),
  }),
  'commsease:staticSet': defineChannel({
    summary: 'store a static token for an accid in the keychain (static:<profileId>:<accid>); nothing is sent to CommsEase',
    request: z.strictObject({ profileId, accid: commsEaseAccid, token: staticTokenInput }),
    response: z.strictObject({ accid: z.string(), stored: z.literal(true) }),
  }),
  'commsease:staticCheck': defineChannel({
    summary: 'compare a pasted token with the stored one in constant time',
    request: z.strictObject({ profileId, accid: commsEaseAccid, token: staticTokenInput }),
    response: z.strictObject({ verdict: staticVerdictSchema }),
  }),
  'commsease:staticRemove': defineChannel({
    summary: 'forget the stored static token of an accid (CommsEase is not told)',
    request: profileAccid,
    response: z.strictObject({ removed: z.boolean() }),
  }),
  'commsease:staticCreate': defineChannel({
    summary: 'create the account on CommsEase (/user/create.action) with the given token or a generated one; store it',
    request: z.strictObject({ profileId, accid: commsEaseAccid, token: staticTokenInput.optional() }),
    response: staticApiReportSchema,
  }),
  'commsease:staticUpdate': defineChannel({
    summary: 'set a new token on CommsEase (/user/update.action) and in the keychain; needs the env confirmation',
    request: z.strictObject({ profileId, accid: commsEaseAccid, token: staticTokenInput, confirmation: confirmationSchema }),
    response: staticApiReportSchema,
  }),
  'commsease:staticRefresh': defineChannel({
    summary: 'have CommsEase draw a new random token (/user/refreshToken.action), stored straight into the keychain; needs the env confirmation',
    request: z.strictObject({ profileId, accid: commsEaseAccid, confirmation: confirmationSchema }),
    response: staticApiReportSchema,
  }),
  'commsease:callbackSend': defineChannel({
    summary: 'send the login callback to the customer\'s URL signed as CommsEase does; report request, answer, time and decision',
    request: z.strictObject({
      profileId,
      url: callbackUrlSchema,
      accid: commsEaseAccid,
      token: staticTokenInput,
      clientType: clientTypeSchema,
      clientIp: clientIpSchema,
      loginExt: loginExtSchema,
    }),
    response: callbackReportSchema,
  }),
  'commsease:callbackVerify': defineChannel({
    summary: 'check the MD5 and CheckSum of a pasted callback with the profile\'s AppSecret',
    request: z.strictObject({ profileId, headers: z.string().max(65_536), body: z.string().max(1_048_576) }),
    response: callbackVerificationSchema,
  }),
  'commsease:casesList': defineChannel({
    summary: 'the saved login-callback test cases of a profile, and its last callback URL',
    request: z.strictObject({ profileId }),
    response: z.strictObject({ callbackUrl: z.string().nullable(), cases: z.array(callbackCaseSchema) }),
  }),
  'commsease:caseSave': defineChannel({
    summary: 'add or edit a saved test case (its token goes to the keychain, the rest to a JSON file)',
    request: z.strictObject({ profileId, testCase: callbackCaseInputSchema }),
    response: z.strictObject({ testCase: callbackCaseSchema }),
  }),
  'commsease:caseDelete': defineChannel({
    summary: 'delete a saved test case and its keychain token',
    request: z.strictObject({ profileId, id: callbackCaseId }),
    response: z.strictObject({ removedId: callbackCaseId }),
  }),
  'commsease:casesRun': defineChannel({
    summary: 'run saved test cases (all, or the ids given) against a callback URL; pass/fail per case',
    request: z.strictObject({ profileId, url: callbackUrlSchema, ids: z.array(callbackCaseId).max(500).optional() }),
    response: z.strictObject({ results: z.array(caseResultSchema) }),
  }),
} as const;
