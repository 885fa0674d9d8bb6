/**
 * LiveKit access tokens: HS256 JWTs with iss = API key, sub = identity and the `video`, `sip`
 * grants (README-jwt.md "livekit-jwt"). Minted as livekit-server-sdk's AccessToken.toJwt
 * writes them: claims metadata, attributes, name, video, sip, kind, then iss, exp, nbf, sub.
 */
import { z } from 'zod';
import { utf8Encode } from '../../encoding/bytes';
import type { Preset, TokenFamily } from '../family';
import { encodeBase64Url, knownHeaders, segmentTextLoose, signEncodedHeader } from '../support/jwt';
import { carryingReads, DetectionReads } from '../support/detectionReads';
import { inspectJwt, type JwtRules } from '../support/jwtInspect';
import { liveKitLifecycle } from './lifecycle';

export const LIVEKIT_ID = 'livekit-jwt';

/** The protected header livekit-server-sdk writes, in base64url. */
const LIVEKIT_HEADER = encodeBase64Url(utf8Encode('{"alg":"HS256"}'));

const OBJECT_CLAIMS = ['video', 'sip', 'agent', 'inference', 'observability', 'roomConfig'];
const STRING_CLAIMS = ['name', 'metadata', 'kind', 'roomPreset', 'sha256'];
const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Video-grant flags LiveKit treats as allowed when the token leaves them out. */
const DEFAULT_ALLOWED = ['canPublish', 'canSubscribe', 'canPublishData'];

/** The video grant's effective permissions: what it allows (defaults included) and what it denies. */
function describeVideo(video: Record<string, unknown>): [string, string, Record<string, string | number>] {
  const allowed = Object.keys(video).filter((k) => video[k] === true && !DEFAULT_ALLOWED.includes(k));
  const defaults = DEFAULT_ALLOWED.filter((k) => video[k] !== false);
  const denied = Object.keys(video).filter((k) => video[k] === false);
  const sources = Array.isArray(video['canPublishSources']) ? (video['canPublishSources'] as unknown[]).map(String).join(', ') : '';
  const room = typeof video['room'] === 'string' && video['room'] !== '' ? video['room'] : '*';
  const joins = video['roomJoin'] === true;
  const allows = [...allowed, ...(joins ? defaults : [])].join(', ') || '—';
  const params = { room, allowed: allows, denied: denied.join(', ') || '—', sources: sources || '—' };
  const message = `Video grant, room ${room === '*' ? 'any' : JSON.stringify(room)}: allows ${allows}${joins && defaults.length ? ' (canPublish, canSubscribe and canPublishData count as allowed when left out)' : ''}; denies ${params.denied}${sources ? `; may publish only ${sources}` : ''}.`;
  return ['livekit_video_grant', message, params];
}

const rules: JwtRules = {
  id: LIVEKIT_ID,
  allowed: ['HS256'],
  knownHeaders: knownHeaders(['{"alg":"HS256"}', '{"alg":"HS256","typ":"JWT"}']),
  checkClaims(c) {
    if (typeof c['iss'] !== 'string') return ['iss (the API key) must be a string', 'livekit_iss'];
    if (!('exp' in c)) return ['exp is required (the LiveKit server refuses a token without it)', 'livekit_exp'];
    if ('sub' in c && typeof c['sub'] !== 'string') return ['sub (the identity) must be a string', 'livekit_sub'];
    for (const k of OBJECT_CLAIMS) if (k in c && !isObject(c[k])) return [`the "${k}" grant must be a JSON object`, 'livekit_grant_not_object', { name: k }];
    for (const k of STRING_CLAIMS) if (k in c && typeof c[k] !== 'string') return [`"${k}" must be a string`, 'livekit_not_string', { name: k }];
    if ('attributes' in c && (!isObject(c['attributes']) || Object.values(c['attributes'] as object).some((v) => typeof v !== 'string'))) return ['"attributes" must be an object of strings', 'livekit_attributes'];
    return null;
  },
  identity: (c) => c['sub'],
  identityName: 'identity (sub)',
  describeGrants(c) {
    const out: [string, string, Record<string, string | number>][] = [];
    if (isObject(c['video'])) out.push(describeVideo(c['video'] as Record<string, unknown>));
    const sip = c['sip'];
    if (isObject(sip)) {
      const s = sip as Record<string, unknown>;
      const parts = ['admin', 'call'].filter((k) => s[k] === true).join(', ') || '—';
      out.push(['livekit_sip_grant', `SIP grant: ${parts}.`, { sip: parts }]);
    }
    if (typeof c['kind'] === 'string') out.push(['livekit_kind', `Participant kind: ${c['kind']}.`, { kind: c['kind'] }]);
    if (isObject(c['attributes'])) {
      const keys = Object.keys(c['attributes'] as object).join(', ') || '—';
      out.push(['livekit_attributes', `Participant attributes: ${keys}.`, { keys }]);
    }
    if (isObject(c['roomConfig'])) {
      const keys = Object.keys(c['roomConfig'] as object).join(', ') || '—';
      out.push(['livekit_room_config', `Room configuration applied when the room is created: ${keys}.`, { keys }]);
    }
    return out;
  },
  sdkExpectations(c) {
    const video = c['video'];
    const joins = isObject(video) && (video as Record<string, unknown>)['roomJoin'] === true;
    if (joins && (typeof c['sub'] !== 'string' || c['sub'] === '')) {
      return [['livekit_join_without_identity', 'The video grant allows roomJoin but sub (the identity) is missing or empty: the LiveKit server refuses to join a participant without an identity.']];
    }
    return [];
  },
  text: {
    expired: 'LiveKit checks the token only at connect; a connected client keeps going on server-refreshed tokens, but a reconnect with this one gets HTTP 401.',
    wrongSecret: 'The signature does not verify with this API secret: another key pair, or the claims were changed after signing (the server answers 401 "invalid authorization token").',
  },
};

/** How sure the text is a LiveKit token (see TokenFamily.detect). */
function detectLiveKit(token: string, reads?: DetectionReads): number {
  // No dot, no claims segment (base64 of JSON, such as a CommsEase token): not a JWT.
  if (!token.startsWith('eyJ') || !token.includes('.')) return 0;
  // A Twilio header: Twilio's detection is certain of it (1, above anything here), so the claims need not be read.
  if (reads?.looseText(0)?.includes('twilio-fpa')) return 0;
  // Claims carrying LiveKit grant names, or an iss that is a LiveKit API key ("API…").
  const from = token.indexOf('.') + 1;
  const text = reads ? reads.looseText(from) : segmentTextLoose(token, from);
  if (text === null || text.includes('"grants"')) return 0;
  if (/"(video|sip|roomConfig|room_join)"\s*:/.test(text) || /^\{"(video|sip)"?$/.test(text)) return 0.9;
  return /"iss"\s*:\s*"API[A-Za-z0-9]/.test(text) ? 0.8 : 0;
}

export interface LiveKitCredentials {
  apiKey: string;
}

export const liveKitRequestSchema = z.object({
  identity: z.string().min(1).optional(),
  name: z.string().optional(),
  metadata: z.string().optional(),
  room: z.string().min(1).optional(),
  roomJoin: z.boolean().default(true),
  canPublish: z.boolean().optional(),
  canSubscribe: z.boolean().optional(),
  canPublishData: z.boolean().optional(),
  roomAdmin: z.boolean().optional(),
  roomCreate: z.boolean().optional(),
  hidden: z.boolean().optional(),
  /** More video-grant keys as JSON (`--grant '{"canUpdateOwnMetadata":true}'`); they win over the flags above. */
  grant: z
    .record(z.string().min(1).max(64), z.union([z.boolean(), z.string().max(1024), z.array(z.string().max(256)).max(64)]))
    .refine((g) => Object.keys(g).length <= 32, 'has too many keys')
    .optional(),
  ttl: z.number().int().min(1).max(10 * 365 * 86_400).default(6 * 3600),
});
export type LiveKitRequest = z.output<typeof liveKitRequestSchema>;

/** The claims JSON as livekit-server-sdk writes it (empty name/metadata left out, as it does). */
export function liveKitClaimsJson(r: LiveKitRequest, apiKey: string, now: number): string {
  const claims: Record<string, unknown> = {};
  if (r.metadata) claims['metadata'] = r.metadata;
  if (r.name) claims['name'] = r.name;
  const video: Record<string, unknown> = {};
  for (const k of ['roomJoin', 'room', 'canPublish', 'canSubscribe', 'canPublishData', 'roomAdmin', 'roomCreate', 'hidden'] as const) {
    if (r[k] !== undefined && r[k] !== false) video[k] = r[k];
    else if (r[k] === false && k !== 'roomJoin') video[k] = false;
  }
  if (r.grant) Object.assign(video, r.grant);
  claims['video'] = video;
  claims['iss'] = apiKey;
  claims['exp'] = now + r.ttl;
  claims['nbf'] = now;
  if (r.identity !== undefined) claims['sub'] = r.identity;
  return JSON.stringify(claims);
}

const presets: readonly Preset<LiveKitRequest>[] = [
  { id: 'livekit-join-6h', label: 'Join a room, 6 h (SDK default)', request: { identity: 'alice', room: 'demo-room', roomJoin: true, ttl: 6 * 3600 } },
  { id: 'livekit-viewer-1h', label: 'Viewer (no publish), 1 h', request: { identity: 'viewer-1', room: 'demo-room', roomJoin: true, canPublish: false, canSubscribe: true, ttl: 3600 } },
  { id: 'livekit-admin-10m', label: 'Room admin, 10 min', request: { identity: 'admin', room: 'demo-room', roomJoin: true, roomAdmin: true, ttl: 600 } },
];

export const liveKitJwt: TokenFamily<LiveKitCredentials, LiveKitRequest> = {
  id: LIVEKIT_ID,
  label: 'LiveKit access token (JWT)',
  vendor: 'LiveKit',
  cliNames: ['livekit'],
  detect: detectLiveKit,
  detectCarrying: carryingReads(detectLiveKit),
  inspect: (base, options, crypto, carried) => inspectJwt(rules, base, options, crypto, carried instanceof DetectionReads ? carried : undefined),
  verifyInputs: [
    { key: 'appId', label: 'API key (iss)', cliFlag: '--app-id' },
    { key: 'userId', label: 'Identity (sub)', cliFlag: '--user-id' },
  ],
  profile: {
    identifiers: [{ key: 'apiKey', label: 'API key', kind: 'text', required: true, cliFlag: '--app-id', help: 'e.g. APIxxxxxxxxxxxx' }],
    credentialsSchema: z.object({ apiKey: z.string().trim().min(1) }),
    secretLabel: 'API secret',
    checkSecret(raw) {
      const secret = raw.trim();
      if (secret === '') return { ok: false, message: 'The API secret is empty.', textKey: 'livekitSecretEmpty' };
      const n = utf8Encode(secret).length;
      return n < 32 ? { ok: true, secret, warning: `The secret is ${n} bytes; HS256 wants at least 32.`, warningKey: 'livekitSecretShort', warningParams: { bytes: n } } : { ok: true, secret };
    },
    expectFrom: (c) => ({ appId: c.apiKey }),
    describe: (c) => `API key ${c.apiKey}`,
  },
  generator: {
    fields: [
      { key: 'identity', label: 'Identity', kind: 'text', required: false, cliFlag: '--user-id' },
      { key: 'room', label: 'Room', kind: 'text', required: false, cliFlag: '--room' },
      { key: 'roomJoin', label: 'May join', kind: 'boolean', required: false, cliFlag: '--room-join', defaultValue: true },
      { key: 'canPublish', label: 'May publish', kind: 'boolean', required: false, cliFlag: '--can-publish' },
      { key: 'canSubscribe', label: 'May subscribe', kind: 'boolean', required: false, cliFlag: '--can-subscribe' },
      { key: 'canPublishData', label: 'May publish data', kind: 'boolean', required: false, cliFlag: '--can-publish-data' },
      { key: 'roomAdmin', label: 'Room admin', kind: 'boolean', required: false, cliFlag: '--room-admin' },
      { key: 'roomCreate', label: 'May create rooms', kind: 'boolean', required: false, cliFlag: '--room-create' },
      { key: 'hidden', label: 'Hidden participant', kind: 'boolean', required: false, cliFlag: '--hidden' },
      { key: 'grant', label: 'More video grants (JSON object)', kind: 'json', required: false, cliFlag: '--grant', help: 'e.g. {"canUpdateOwnMetadata":true}; wins over the switches above.' },
      { key: 'name', label: 'Display name', kind: 'text', required: false, cliFlag: '--name' },
      { key: 'metadata', label: 'Metadata', kind: 'text', required: false, cliFlag: '--metadata' },
      { key: 'ttl', label: 'Lifetime', kind: 'duration', required: false, cliFlag: '--ttl', defaultValue: 6 * 3600, help: 'Seconds; the SDKs default to 6 h.' },
    ],
    requestSchema: liveKitRequestSchema,
    // The key is the secret's UTF-8 (CryptoPort.hmac encodes text itself); the header is the same for every token.
    mint: (r, ctx) => signEncodedHeader('HS256', ctx.secret, LIVEKIT_HEADER, liveKitClaimsJson(r, ctx.credentials.apiKey, Math.floor(ctx.nowMs / 1000)), ctx.crypto, ctx.prepared),
    expectFor: (r, c) => ({ appId: c.apiKey, ...(r.identity === undefined ? {} : { userId: r.identity }) }),
  },
  lifecycle: liveKitLifecycle,
  presets,
  tokenName: 'A LiveKit token',
  userOf: (inspection) => {
    const user = inspection.fields?.['sub'];
    return typeof user === 'string' && user !== '' ? user : null;
  },
  roomOf: (inspection) => {
    const video = inspection.fields?.['video'];
    const room = isObject(video) ? (video as Record<string, unknown>)['room'] : undefined;
    return typeof room === 'string' && room !== '' ? room : null;
  },
};
