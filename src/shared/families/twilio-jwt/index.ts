/**
 * Twilio Access Tokens: JWTs with header cty "twilio-fpa;v=1", iss = API key SID, sub =
 * Account SID and `grants` (identity, video, chat, voice, data_sync, …). README-jwt.md
 * "twilio-jwt". Minted as the twilio Node helper writes them (header alg, typ, cty[, twr];
 * claims jti, grants, iat, exp, iss, sub), HS256 only: Twilio's error 20160 page requires it.
 */
import { z } from 'zod';
import { formatDuration } from '../../time/humanize';
import type { Preset, TokenFamily } from '../family';
import { encodeTextBase64Url, knownHeaders, segmentTextLoose, signCompact, signEncodedHeader } from '../support/jwt';
import { carryingReads, DetectionReads } from '../support/detectionReads';
import { inspectJwt, type JwtRules } from '../support/jwtInspect';
import { twilioLifecycle } from './lifecycle';

export const TWILIO_ID = 'twilio-jwt';
export const TWILIO_CTY = 'twilio-fpa;v=1';
const MAX_TTL = 86_400;

const SID = (prefix: string) => new RegExp(`^${prefix}[0-9a-fA-F]{32}$`);
/** Built once: the claims check runs for every token. */
const SID_OF: Readonly<Record<'AC' | 'SK', RegExp>> = { AC: SID('AC'), SK: SID('SK') };
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** exp − start, where start is iat, else nbf, else the numeric suffix of jti ("SK…-<issue time>"). */
function lifetime(c: Record<string, unknown>): number | null {
  const exp = c['exp'];
  if (typeof exp !== 'number') return null;
  const jtiStart = typeof c['jti'] === 'string' ? /-(\d+)$/.exec(c['jti'])?.[1] : undefined;
  const start = typeof c['iat'] === 'number' ? c['iat'] : typeof c['nbf'] === 'number' ? c['nbf'] : jtiStart !== undefined ? Number(jtiStart) : null;
  return start === null ? null : exp - start;
}

const rules: JwtRules = {
  id: TWILIO_ID,
  allowed: ['HS256', 'HS384', 'HS512'],
  // What the Node helper writes without a region (twilioJson below).
  knownHeaders: knownHeaders([`{"alg":"HS256","typ":"JWT","cty":"${TWILIO_CTY}"}`]),
  checkHeader(h) {
    if (h['typ'] !== 'JWT') return ['header typ must be "JWT" (Twilio 20160)', 'twilio_typ'];
    if (h['cty'] !== TWILIO_CTY) return [`header cty must be exactly "${TWILIO_CTY}" (Twilio 20102 / 20160)`, 'twilio_cty', { cty: TWILIO_CTY }];
    return null;
  },
  checkClaims(c) {
    if (typeof c['iss'] !== 'string') return ['iss (the API key SID) must be a string (Twilio 20103)', 'twilio_iss'];
    if (typeof c['sub'] !== 'string') return ['sub (the Account SID) must be a string (Twilio 20103)', 'twilio_sub'];
    if (!('exp' in c)) return ['exp is required (Twilio 20104)', 'twilio_exp'];
    if (!isObject(c['grants'])) return ['the grants object is required (Twilio 20106)', 'twilio_grants'];
    if ('identity' in c['grants'] && typeof c['grants']['identity'] !== 'string') return ['grants.identity must be a string', 'twilio_identity'];
    if ('jti' in c && typeof c['jti'] !== 'string') return ['jti must be a string', 'twilio_jti'];
    return null;
  },
  identity: (c) => (isObject(c['grants']) ? c['grants']['identity'] : undefined),
  identityName: 'grants.identity',
  checksAccountSid: true,
  warnings(_h, c, alg) {
    const out: [string, string][] = [];
    if (alg !== 'HS256') out.push(['twilio_alg_not_hs256', `Signed with ${alg}: the Node helper can, but Twilio's error 20160 page says alg must be HS256.`]);
    const life = lifetime(c);
    if (life !== null && life > MAX_TTL) out.push(['twilio_ttl_over_24h', `The lifetime is ${formatDuration(life)}, over Twilio's 24 h maximum: Twilio refuses it (error 20157; Voice 31207).`]);
    return out;
  },
  describeGrants(c) {
    const grants = c['grants'];
    if (!isObject(grants)) return [];
    const parts: string[] = [];
    for (const [name, grant] of Object.entries(grants)) {
      if (name === 'identity') continue;
      const detail = isObject(grant) ? Object.entries(grant).map(([k, v]) => `${k} ${isObject(v) ? JSON.stringify(v) : String(v)}`).join(', ') : '';
      parts.push(detail ? `${name} (${detail})` : name);
    }
    const services = parts.join('; ') || '—';
    return [['twilio_grants', `Grants: ${services}.`, { services }]];
  },
  sdkExpectations(c) {
    const out: [string, string][] = [];
    const iss = c['iss'];
    const sub = c['sub'];
    const looks = (v: unknown, prefix: 'AC' | 'SK') => typeof v === 'string' && SID_OF[prefix].test(v);
    if (looks(iss, 'AC') && looks(sub, 'SK')) {
      out.push(['twilio_iss_sub_swapped', 'iss and sub are swapped: iss must be the API key SID (SK…) and sub the Account SID (AC…); Twilio refuses this token (error 20103).']);
    } else {
      if (typeof iss === 'string' && !looks(iss, 'SK')) out.push(['twilio_iss_not_api_key', `iss is ${JSON.stringify(iss)}: Twilio expects the API key SID (SK followed by 32 hex characters) that signed the token (error 20103).`]);
      if (typeof sub === 'string' && !looks(sub, 'AC')) out.push(['twilio_sub_not_account', `sub is ${JSON.stringify(sub)}: Twilio expects the Account SID (AC followed by 32 hex characters) that owns the API key (error 20103).`]);
    }
    const grants = c['grants'];
    if (isObject(grants) && typeof grants['identity'] !== 'string' && ['video', 'chat', 'voice', 'data_sync'].some((g) => g in grants)) {
      out.push(['twilio_no_identity', 'The grants carry no identity: Video, Conversations, Voice and Sync clients need grants.identity to connect.']);
    }
    return out;
  },
  text: {
    expired: 'Video stays connected past expiry, but a reconnection fails with 20104; Voice and Conversations need updateToken before this.',
    wrongSecret: 'The signature does not verify with this API key secret (Twilio 20107): another key, or the token was altered.',
  },
};

export interface TwilioCredentials {
  accountSid: string;
  apiKeySid: string;
}

export const twilioRequestSchema = z.object({
  identity: z.string().min(1),
  ttl: z.number().int().min(1).max(MAX_TTL, 'is at most 24 h: Twilio refuses a longer token (error 20157)').default(3600),
  videoRoom: z.string().min(1).optional(),
  chatServiceSid: z.string().min(1).optional(),
  voiceOutgoingApplicationSid: z.string().min(1).optional(),
  voiceIncomingAllow: z.boolean().optional(),
  syncServiceSid: z.string().min(1).optional(),
  region: z.string().min(1).optional(),
});
export type TwilioRequest = z.output<typeof twilioRequestSchema>;

export function twilioJson(r: TwilioRequest, c: TwilioCredentials, now: number): { header: string; payload: string } {
  return { header: twilioHeaderJson(r), payload: twilioPayloadJson(r, c, now) };
}

function twilioHeaderJson(r: TwilioRequest): string {
  const header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT', cty: TWILIO_CTY };
  if (r.region !== undefined) header['twr'] = r.region;
  return JSON.stringify(header);
}

/** The header without a region, in base64url: the same for every such token, so encoded once. */
const PLAIN_HEADER = encodeTextBase64Url(JSON.stringify({ alg: 'HS256', typ: 'JWT', cty: TWILIO_CTY }));

function twilioPayloadJson(r: TwilioRequest, c: TwilioCredentials, now: number): string {
  const grants: Record<string, unknown> = { identity: r.identity };
  if (r.chatServiceSid !== undefined) grants['chat'] = { service_sid: r.chatServiceSid };
  if (r.voiceOutgoingApplicationSid !== undefined || r.voiceIncomingAllow) {
    const voice: Record<string, unknown> = {};
    if (r.voiceIncomingAllow) voice['incoming'] = { allow: true };
    if (r.voiceOutgoingApplicationSid !== undefined) voice['outgoing'] = { application_sid: r.voiceOutgoingApplicationSid };
    grants['voice'] = voice;
  }
  if (r.syncServiceSid !== undefined) grants['data_sync'] = { service_sid: r.syncServiceSid };
  if (r.videoRoom !== undefined || (r.chatServiceSid === undefined && r.voiceOutgoingApplicationSid === undefined && !r.voiceIncomingAllow && r.syncServiceSid === undefined)) {
    grants['video'] = r.videoRoom === undefined ? {} : { room: r.videoRoom };
  }
  const payload = { jti: `${c.apiKeySid}-${now}`, grants, iat: now, exp: now + r.ttl, iss: c.apiKeySid, sub: c.accountSid };
  return JSON.stringify(payload);
}

const presets: readonly Preset<TwilioRequest>[] = [
  { id: 'twilio-video-1h', label: 'Video room, 1 h (default ttl)', request: { identity: 'alice', ttl: 3600, videoRoom: 'DailyStandup' } },
  { id: 'twilio-video-4h', label: 'Video, 4 h (Twilio\'s advice: the longest session)', request: { identity: 'alice', ttl: 14_400, videoRoom: 'DailyStandup' } },
  { id: 'twilio-voice-1h', label: 'Voice, incoming + outgoing, 1 h', request: { identity: 'agent-1', ttl: 3600, voiceIncomingAllow: true, voiceOutgoingApplicationSid: 'AP00000000000000000000000000000000' } },
];

/** How sure the text is a Twilio token (see TokenFamily.detect). */
function detectTwilio(token: string, reads?: DetectionReads): number {
  if (!token.startsWith('eyJ') || !token.includes('.')) return 0;
  const header = reads ? reads.looseText(0) : segmentTextLoose(token);
  if (header?.includes('twilio-fpa')) return 1;
  // The claims as LiveKit's detection (asked first) decoded them.
  const from = token.indexOf('.') + 1;
  const payload = reads ? reads.looseText(from) : segmentTextLoose(token, from);
  return payload !== null && payload.includes('"grants"') ? 0.9 : 0;
}

export const twilioJwt: TokenFamily<TwilioCredentials, TwilioRequest> = {
  id: TWILIO_ID,
  label: 'Twilio Access Token (JWT)',
  vendor: 'Twilio',
  cliNames: ['twilio'],
  detect: detectTwilio,
  detectCarrying: carryingReads(detectTwilio),
  inspect: (base, options, crypto, carried) => inspectJwt(rules, base, options, crypto, carried instanceof DetectionReads ? carried : undefined),
  verifyInputs: [
    { key: 'appId', label: 'API key SID (iss)', cliFlag: '--app-id' },
    { key: 'accountSid', label: 'Account SID (sub)', cliFlag: '--account-sid' },
    { key: 'userId', label: 'Identity (grants.identity)', cliFlag: '--user-id' },
  ],
  profile: {
    identifiers: [
      { key: 'accountSid', label: 'Account SID', kind: 'text', required: true, cliFlag: '--account-sid', help: 'AC + 32 hex' },
      { key: 'apiKeySid', label: 'API key SID', kind: 'text', required: true, cliFlag: '--app-id', help: 'SK + 32 hex' },
    ],
    credentialsSchema: z.object({
      accountSid: z.string().trim().regex(SID('AC'), 'An Account SID is AC followed by 32 hex characters'),
      apiKeySid: z.string().trim().regex(SID('SK'), 'An API key SID is SK followed by 32 hex characters'),
    }),
    secretLabel: 'API key secret',
    checkSecret(raw) {
      const secret = raw.trim();
      if (secret === '') return { ok: false, message: 'The API key secret is empty.', textKey: 'twilioSecretEmpty' };
      return { ok: true, secret };
    },
    expectFrom: (c) => ({ appId: c.apiKeySid, accountSid: c.accountSid }),
    describe: (c) => `API key ${c.apiKeySid.slice(0, 6)}…, account ${c.accountSid.slice(0, 6)}…`,
  },
  generator: {
    fields: [
      { key: 'identity', label: 'Identity', kind: 'text', required: true, cliFlag: '--user-id' },
      { key: 'ttl', label: 'Lifetime', kind: 'duration', required: false, cliFlag: '--ttl', defaultValue: 3600, help: 'Seconds; at most 24 h (Twilio error 20157).' },
      { key: 'videoRoom', label: 'Video room', kind: 'text', required: false, cliFlag: '--video-room', cliAliases: ['--room'] },
      { key: 'chatServiceSid', label: 'Conversations / Chat service SID', kind: 'text', required: false, cliFlag: '--chat-service', cliAliases: ['--chat-service-sid'] },
      { key: 'voiceOutgoingApplicationSid', label: 'Voice TwiML app SID (outgoing)', kind: 'text', required: false, cliFlag: '--voice-app', cliAliases: ['--voice-app-sid'] },
      { key: 'voiceIncomingAllow', label: 'Voice: allow incoming calls', kind: 'boolean', required: false, cliFlag: '--voice-incoming' },
      { key: 'syncServiceSid', label: 'Sync service SID', kind: 'text', required: false, cliFlag: '--sync-service-sid' },
      { key: 'region', label: 'Region (twr header)', kind: 'text', required: false, cliFlag: '--region' },
    ],
    requestSchema: twilioRequestSchema,
    mint(r, ctx) {
      // The secret's UTF-8 (CryptoPort.hmac encodes text).
      const payload = twilioPayloadJson(r, ctx.credentials, Math.floor(ctx.nowMs / 1000));
      if (r.region === undefined) return signEncodedHeader('HS256', ctx.secret, PLAIN_HEADER, payload, ctx.crypto, ctx.prepared);
      return signCompact('HS256', ctx.secret, twilioHeaderJson(r), payload, ctx.crypto, ctx.prepared);
    },
    expectFor: (r, c) => ({ appId: c.apiKeySid, accountSid: c.accountSid, userId: r.identity }),
  },
  lifecycle: twilioLifecycle,
  presets,
  tokenName: 'A Twilio token',
  userOf: (inspection) => {
    const grants = inspection.fields?.['grants'];
    const user = isObject(grants) ? grants['identity'] : undefined;
    return typeof user === 'string' && user !== '' ? user : null;
  },
  roomOf: (inspection) => {
    const grants = inspection.fields?.['grants'];
    const video = isObject(grants) ? grants['video'] : undefined;
    const room = isObject(video) ? video['room'] : undefined;
    return typeof room === 'string' && room !== '' ? room : null;
  },
};
