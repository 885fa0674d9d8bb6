/**
 * One or more VALID requests for every IPC channel, for the canary and fuzz tests.
 *
 * The type forces an entry per contract channel (a new channel without samples does not
 * type-check, and the canary test fails naming it). Samples run in phases (SAMPLE_PHASES),
 * each in contract order; `remember` keeps ids from a reply for later samples.
 * Network goes only to the 127.0.0.1 fakes whose URLs are in the context.
 * See test/main/ipc/README.md for how to add samples for a new domain.
 */
import { createHash } from 'node:crypto';
import type { RequestOf, ResponseOf } from '../../src/shared/ipc/channel';
import { IPC_CHANNELS, type IpcChannel, type IpcContract } from '../../src/shared/ipc/contract';
import type { IpcReply } from '../../src/shared/ipc/reply';
import type { IpcDispatch } from '../../src/main/ipc/dispatch';

/** Recognisable secrets: the canary looks for these (raw, hex, base64) everywhere. */
export const CANARY = {
  zegoSecret: 'CaNaRy5ecretZEGO0123456789abcdef',
  zegoSecretReplacement: 'CaNaRy5ecretZEGOreplacement98765',
  commsEaseSecret: 'CaNaRy5ecretCommsEaseAppSecret99',
  staticToken: 'CaNaRyStaticTokenForAlice42',
  caseToken: 'CaNaRyCaseTokenForBob17',
  // The newer families' secrets (Agora and Tencent keys are hex by rule, so these are hex).
  agoraSecret: 'ca4a4e5ec4e7a6020a0ace00000a0007',
  agora006Secret: 'ca4a4e5ec4e7a6020a0ace00000a0006',
  tencentSecret: 'ffffd93d87180cdb52a97c9dcc835da92006aadb1a18632082703cfdd6593545',
  liveKitSecret: 'CaNaRy5ecretLiveKitApiSecret0123456789',
  twilioSecret: 'CaNaRy5ecretTwilioApiKeySecret42',
  jwtSecret: 'CaNaRy5ecretGenericJwtHmacKey0123456789',
} as const;

/**
 * One profile per newer family, for the canary (its secret must never leave the keychain)
 * and the fuzzer: the identifiers as IPC and the CLI take them, and one generate request.
 */
export interface FamilyProfileFixture {
  family: string;
  provider: string;
  name: string;
  credentials: Record<string, string | number>;
  secret: string;
  /** `tokens:generate` request (the family's generator fields). */
  request: Record<string, string | number | boolean>;
  /** `tokenlab profile add` identifier flags, and `tokenlab generate <provider>` flags besides --profile. */
  cliAdd: string[];
  cliGenerate: string[];
}

const AGORA_APP_ID = '0123456789abcdef0123456789abcdef';
const TWILIO_ACCOUNT = 'AC0123456789abcdef0123456789abcdef';
const TWILIO_KEY = 'SK0123456789abcdef0123456789abcdef';

export const FAMILY_PROFILES: readonly FamilyProfileFixture[] = [
  {
    family: 'agora-accesstoken2',
    provider: 'agora',
    name: 'canary-agora',
    credentials: { appId: AGORA_APP_ID },
    secret: CANARY.agoraSecret,
    request: { service: 'rtc', channel: 'demo', uid: 1001, role: 'publisher', ttl: 600, version: '007' },
    cliAdd: ['--app-id', AGORA_APP_ID],
    cliGenerate: ['--service', 'rtc', '--channel', 'demo', '--uid', '1001', '--ttl', '10m'],
  },
  {
    family: 'agora-accesstoken',
    provider: 'agora-006',
    name: 'canary-agora006',
    credentials: { appId: AGORA_APP_ID },
    secret: CANARY.agora006Secret,
    request: { service: 'rtc', channel: 'demo', uid: 1001, role: 'publisher', ttl: 600, version: '006' },
    cliAdd: ['--app-id', AGORA_APP_ID],
    cliGenerate: ['--service', 'rtc', '--channel', 'demo', '--uid', '1001', '--ttl', '600'],
  },
  {
    family: 'tencent-usersig-v2',
    provider: 'tencent',
    name: 'canary-tencent',
    credentials: { sdkAppId: 1_400_000_001 },
    secret: CANARY.tencentSecret,
    request: { userId: 'user_01', ttl: 600 },
    cliAdd: ['--app-id', '1400000001'],
    cliGenerate: ['--user-id', 'user_01', '--ttl', '1h'],
  },
  {
    family: 'livekit-jwt',
    provider: 'livekit',
    name: 'canary-livekit',
    credentials: { apiKey: 'APIcanary0001' },
    secret: CANARY.liveKitSecret,
    request: { identity: 'alice', room: 'demo-room', ttl: 600 },
    cliAdd: ['--app-id', 'APIcanary0001'],
    cliGenerate: ['--user-id', 'alice', '--room', 'demo-room', '--ttl', '600'],
  },
  {
    family: 'twilio-jwt',
    provider: 'twilio',
    name: 'canary-twilio',
    credentials: { accountSid: TWILIO_ACCOUNT, apiKeySid: TWILIO_KEY },
    secret: CANARY.twilioSecret,
    request: { identity: 'alice', ttl: 600, videoRoom: 'DailyStandup' },
    cliAdd: ['--account-sid', TWILIO_ACCOUNT, '--app-id', TWILIO_KEY],
    cliGenerate: ['--user-id', 'alice', '--ttl', '600', '--video-room', 'DailyStandup'],
  },
  {
    family: 'jwt-generic',
    provider: 'jwt',
    name: 'canary-jwt',
    credentials: { issuer: 'https://canary.example' },
    secret: CANARY.jwtSecret,
    request: { alg: 'HS256', sub: 'user-1', ttl: 600 },
    cliAdd: ['--app-id', 'https://canary.example'],
    cliGenerate: ['--alg', 'HS512', '--claims', '{"role":"admin"}'],
  },
];

export const CANARY_APP_KEY = 'canaryappkey0123456789abcdef0123';
export const CANARY_ZEGO_APP_ID = 1234567890;

export interface SampleContext {
  /** 127.0.0.1 fakes. */
  apiBase: string;
  callbackUrl: string;
  zegoProfileId: string;
  ceProfileId: string;
  zegoToken: string;
  ceToken: string;
  historyId: string;
  caseId: string;
  exportJson: string;
  /** The token server's URL and current bearer key (tokenServer:start / rotateKey). */
  tokenServerUrl: string;
  tokenServerKey: string;
  /** FAMILY_PROFILES' profile ids, by family id. */
  familyProfileIds: Record<string, string>;
}

/** Run in this order; within a phase, contract order. `final` is for deleting the profiles. */
export type SamplePhase = 'setup' | 'use' | 'teardown' | 'final';
export const SAMPLE_PHASES: readonly SamplePhase[] = ['setup', 'use', 'teardown', 'final'];

export interface ChannelSample<C extends IpcChannel> {
  phase?: SamplePhase;
  request(ctx: SampleContext): RequestOf<IpcContract[C]>;
  remember?(value: ResponseOf<IpcContract[C]>, ctx: SampleContext): void;
}

export type ChannelSamples = { [C in IpcChannel]: ChannelSample<C>[] };

export const ACCID = 'alice';

function callbackHeaders(body: string): string {
  const md5 = createHash('md5').update(body).digest('hex');
  const curTime = '1700000000';
  const checkSum = createHash('sha1').update(CANARY.commsEaseSecret + md5 + curTime).digest('hex');
  return `AppKey: ${CANARY_APP_KEY}\nCurTime: ${curTime}\nMD5: ${md5}\nCheckSum: ${checkSum}\nContent-Type: application/json`;
}
const CALLBACK_BODY = JSON.stringify({ eventType: '36', fromAccount: ACCID, fromClientType: 'WEB', fromClientIp: '127.0.0.1' });

export const CHANNEL_SAMPLES: ChannelSamples = {
  'vault:status': [{ request: () => ({}) }],
  'vault:findOrphans': [{ request: () => ({}) }],
  // Not an orphan (no such entry): kept, never deleted.
  'vault:removeOrphans': [{ request: () => ({ accounts: ['profile:00000000deadbeef'] }) }],

  'profiles:list': [{ request: () => ({}) }],
  'profiles:add': [
    {
      phase: 'setup',
      request: () => ({ provider: 'zego', name: 'canary-zego', env: 'prod', appId: CANARY_ZEGO_APP_ID, secret: CANARY.zegoSecret }),
      remember: (v, ctx) => void (ctx.zegoProfileId = v.profile.id),
    },
    {
      phase: 'setup',
      request: (ctx) => ({ provider: 'commsease', name: 'canary-ce', env: 'dev', appKey: CANARY_APP_KEY, apiBase: ctx.apiBase, secret: CANARY.commsEaseSecret }),
      remember: (v, ctx) => void (ctx.ceProfileId = v.profile.id),
    },
    ...FAMILY_PROFILES.map(
      (f): ChannelSample<'profiles:add'> => ({
        phase: 'setup',
        request: () => ({ family: f.family, name: f.name, env: 'dev', credentials: f.credentials, secret: f.secret }),
        remember: (v, ctx) => void (ctx.familyProfileIds[f.family] = v.profile.id),
      }),
    ),
  ],
  'profiles:rename': [{ request: (ctx) => ({ id: ctx.zegoProfileId, name: 'canary-zego-renamed' }) }],
  'profiles:retag': [{ request: (ctx) => ({ id: ctx.zegoProfileId, env: 'staging' }) }],
  'profiles:replaceSecret': [
    { request: (ctx) => ({ id: ctx.zegoProfileId, secret: CANARY.zegoSecretReplacement }) },
    { request: (ctx) => ({ id: ctx.zegoProfileId, secret: ` ${CANARY.zegoSecret}\n` }) },
  ],
  'profiles:delete': [
    { phase: 'final', request: (ctx) => ({ id: ctx.zegoProfileId }) },
    { phase: 'final', request: (ctx) => ({ id: ctx.ceProfileId }) },
    ...FAMILY_PROFILES.map((f): ChannelSample<'profiles:delete'> => ({ phase: 'final', request: (ctx) => ({ id: ctx.familyProfileIds[f.family] ?? '' }) })),
  ],
  'profiles:export': [
    { request: () => ({}), remember: (v, ctx) => void (ctx.exportJson = v.json) },
    { request: (ctx) => ({ ids: [ctx.ceProfileId] }) },
  ],
  'profiles:import': [{ request: (ctx) => ({ json: ctx.exportJson }) }],

  'tokens:generate': [
    { request: (ctx) => ({ family: 'zego-token04', profileId: ctx.zegoProfileId, request: { userId: 'user-2', ttlSeconds: 600, roomId: 'r1', privileges: ['login'] } }) },
    { request: (ctx) => ({ family: 'commsease-dynamic', profileId: ctx.ceProfileId, request: { accid: 'carol', ttlSeconds: 600 } }) },
    ...FAMILY_PROFILES.map(
      (f): ChannelSample<'tokens:generate'> => ({ request: (ctx) => ({ family: f.family, profileId: ctx.familyProfileIds[f.family] ?? '', request: f.request }) }),
    ),
  ],
  'tokens:generateZego': [
    {
      phase: 'setup',
      request: (ctx) => ({ profileId: ctx.zegoProfileId, userId: 'user-1', ttlSeconds: 3600 }),
      remember: (v, ctx) => void (ctx.zegoToken = v.token),
    },
    {
      phase: 'setup',
      request: (ctx) => ({
        profileId: ctx.zegoProfileId,
        userId: 'user-2',
        ttlSeconds: 60,
        layout: 'cbc',
        room: { roomId: 'room-1', canLogin: true, canPublish: false, streamIds: ['s1'] },
      }),
    },
  ],
  'tokens:generateCommsEase': [
    {
      phase: 'setup',
      request: (ctx) => ({ profileId: ctx.ceProfileId, accid: ACCID, ttlSeconds: 600 }),
      remember: (v, ctx) => void (ctx.ceToken = v.token),
    },
  ],
  'tokens:inspect': [
    { request: (ctx) => ({ token: ctx.zegoToken }) },
    { request: (ctx) => ({ token: ctx.zegoToken, profileId: ctx.zegoProfileId }) },
    { request: (ctx) => ({ token: ctx.ceToken, profileId: ctx.ceProfileId, accid: ACCID, now: 1_700_000_100, skewSeconds: 10 }) },
  ],
  'tokens:inspectMany': [
    { request: (ctx) => ({ tokens: [ctx.zegoToken, ctx.ceToken, 'garbage'], profileId: ctx.zegoProfileId }) },
  ],

  'sim:run': [
    { request: () => ({ scenario: { platform: 'express', tokenTtlSeconds: 600, durationSeconds: 1800, outages: [{ atSeconds: 500, forSeconds: 200 }] } }) },
    { request: (ctx) => ({ profileId: ctx.zegoProfileId, scenario: { platform: 'zim', tokenTtlSeconds: 120, durationSeconds: 600 } }) },
    {
      request: (ctx) => ({
        profileId: ctx.ceProfileId,
        scenario: { platform: 'commsease-dynamic', tokenTtlSeconds: 120, durationSeconds: 600, renewal: { policy: 'before-expiry', leadSeconds: 10 } },
      }),
    },
  ],
  'clipboard:writeText': [
    { request: (ctx) => ({ text: ctx.zegoToken }) },
    { request: (ctx) => ({ text: ctx.ceToken, clearAfterSeconds: 0 }) },
  ],

  'commsease:staticSet': [{ phase: 'setup', request: (ctx) => ({ profileId: ctx.ceProfileId, accid: ACCID, token: CANARY.staticToken }) }],
  'commsease:staticList': [{ request: (ctx) => ({ profileId: ctx.ceProfileId }) }],
  'commsease:staticCheck': [
    { request: (ctx) => ({ profileId: ctx.ceProfileId, accid: ACCID, token: CANARY.staticToken }) },
    { request: (ctx) => ({ profileId: ctx.ceProfileId, accid: ACCID, token: 'wrong-token' }) },
  ],
  'commsease:staticRemove': [{ phase: 'teardown', request: (ctx) => ({ profileId: ctx.ceProfileId, accid: 'carol' }) }],
  'commsease:staticCreate': [{ request: (ctx) => ({ profileId: ctx.ceProfileId, accid: 'carol' }) }],
  'commsease:staticUpdate': [
    {
      request: (ctx) => ({ profileId: ctx.ceProfileId, accid: 'carol', token: CANARY.staticToken, confirmation: { env: 'dev', twice: false } }),
    },
  ],
  'commsease:staticRefresh': [
    { request: (ctx) => ({ profileId: ctx.ceProfileId, accid: 'carol', confirmation: { env: 'dev', twice: false } }) },
  ],
  'commsease:callbackSend': [
    {
      request: (ctx) => ({
        profileId: ctx.ceProfileId,
        url: ctx.callbackUrl,
        accid: ACCID,
        token: CANARY.staticToken,
        clientType: 'WEB',
        clientIp: '127.0.0.1',
        loginExt: '',
      }),
    },
  ],
  'commsease:callbackVerify': [
    { request: (ctx) => ({ profileId: ctx.ceProfileId, headers: callbackHeaders(CALLBACK_BODY), body: CALLBACK_BODY }) },
  ],
  'commsease:caseSave': [
    {
      phase: 'setup',
      request: (ctx) => ({
        profileId: ctx.ceProfileId,
        testCase: { name: 'bob allowed', accid: 'bob', clientType: 'AOS', clientIp: '10.0.0.1', loginExt: '', expected: 'allowed', tokenSource: 'case', token: CANARY.caseToken },
      }),
      remember: (v, ctx) => void (ctx.caseId = v.testCase.id),
    },
  ],
  'commsease:casesList': [{ request: (ctx) => ({ profileId: ctx.ceProfileId }) }],
  'commsease:casesRun': [{ request: (ctx) => ({ profileId: ctx.ceProfileId, url: ctx.callbackUrl }) }],
  'commsease:caseDelete': [{ phase: 'teardown', request: (ctx) => ({ profileId: ctx.ceProfileId, id: ctx.caseId }) }],

  'history:add': [
    {
      phase: 'setup',
      request: (ctx) => ({
        items: [
          { token: ctx.zegoToken, source: 'minted', profileId: ctx.zegoProfileId },
          { token: ctx.ceToken, source: 'minted', profileId: ctx.ceProfileId, accid: ACCID },
        ],
      }),
      remember: (v, ctx) => void (ctx.historyId = v.entries.find((e) => e.format === 'zego-token04')?.id ?? ''),
    },
  ],
  'history:list': [{ request: () => ({}) }],
  'history:pin': [{ request: (ctx) => ({ id: ctx.historyId, token: ctx.zegoToken }) }],
  'history:copyPinned': [{ request: (ctx) => ({ id: ctx.historyId }) }],
  'history:unpin': [{ phase: 'teardown', request: (ctx) => ({ id: ctx.historyId }) }],
  'history:remove': [{ phase: 'teardown', request: (ctx) => ({ id: ctx.historyId }) }],
  'history:clear': [{ phase: 'teardown', request: () => ({}) }],

  'tokenServer:start': [
    {
      phase: 'setup',
      request: () => ({ maxTtlSeconds: 600, faults: { seed: 7, failRequests: [2], ttlOverrideSeconds: 40 } }),
      remember: (v, ctx) => {
        ctx.tokenServerUrl = v.url;
        ctx.tokenServerKey = v.key;
      },
    },
  ],
  'tokenServer:status': [{ request: () => ({}) }],
  'tokenServer:rotateKey': [{ request: () => ({}), remember: (v, ctx) => void (ctx.tokenServerKey = v.key) }],
  'tokenServer:setFaults': [{ request: () => ({ seed: 7, failRequests: [2], faults: { otherUser: 0.5 }, latency: { kind: 'fixed', ms: 0 } }) }],
  'tokenServer:log': [{ phase: 'teardown', request: () => ({}) }, { phase: 'teardown', request: () => ({ after: 1 }) }],
  'tokenServer:stop': [{ phase: 'teardown', request: () => ({}) }],

  'settings:setLanguage': [{ request: () => ({ language: 'zh-CN' }) }, { request: () => ({ language: 'en' }) }],
};

/** An empty context; fill `apiBase` and `callbackUrl` with 127.0.0.1 fakes before running samples. */
export function emptySampleContext(): SampleContext {
  return { apiBase: '', callbackUrl: '', zegoProfileId: '', ceProfileId: '', zegoToken: '', ceToken: '', historyId: '', caseId: '', exportJson: '', tokenServerUrl: '', tokenServerKey: '', familyProfileIds: {} };
}

/** Every sample request of one phase, in contract order, as sent (for fuzzing from valid requests). */
export function sampleRequests(ctx: SampleContext, phases: readonly SamplePhase[] = SAMPLE_PHASES): Array<{ channel: IpcChannel; request: unknown }> {
  return IPC_CHANNELS.flatMap((channel) =>
    (CHANNEL_SAMPLES[channel] as Array<ChannelSample<IpcChannel>>)
      .filter((sample) => phases.includes(sample.phase ?? 'use'))
      .map((sample) => ({ channel, request: sample.request(ctx) as unknown })),
  );
}

/** Send every sample of `phase` through `dispatch`, in contract order, remembering ids. */
export async function runSamplePhase(
  dispatch: IpcDispatch,
  ctx: SampleContext,
  phase: SamplePhase,
  onReply: (channel: IpcChannel, reply: IpcReply<unknown>) => void = () => {},
): Promise<void> {
  for (const channel of IPC_CHANNELS) {
    for (const sample of CHANNEL_SAMPLES[channel] as Array<ChannelSample<IpcChannel>>) {
      if ((sample.phase ?? 'use') !== phase) continue;
      const reply = await dispatch(channel, sample.request(ctx));
      onReply(channel, reply);
      if (reply.ok) sample.remember?.(reply.value as never, ctx);
    }
  }
}
