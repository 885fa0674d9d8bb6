/**
 * `sim:run` through the real dispatcher: a profile's secret mints the tokens but never comes
 * back, bad scenarios name the field, and big runs are capped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../../src/main/crypto/nodeCryptoPort';
import { defaultRegistry } from '../../../../src/shared/families/registry';
import { SIM_IPC_MAX_EVENTS } from '../../../../src/shared/ipc/channels/sim';
import type { IpcReply } from '../../../../src/shared/ipc/reply';
import type { SimEvent } from '../../../../src/shared/sim/events';
import { deriveSimCredentials, simUserId } from '../../../../src/shared/sim/simTokenMinter';
import type { SimSummary } from '../../../../src/shared/sim/summary';
import { inspectToken } from '../../../../src/shared/tokens/inspect';
import { startIpcTestApp, type IpcTestApp } from '../../../support/ipcTestApp';

const ZEGO_SECRET = 'SiMuLaToRsEcReT0123456789abcdefg';
const CE_SECRET = 'ce-app-secret-42';
let app: IpcTestApp;
let zegoId = '';
let ceId = '';

interface SimReply {
  events: SimEvent[];
  summary: SimSummary;
  assumptions: string[];
  identity: { appId: number | null; appKey: string | null; roomId: string | null };
}

async function run(request: unknown): Promise<IpcReply<SimReply>> {
  return (await app.dispatch('sim:run', request)) as IpcReply<SimReply>;
}

beforeAll(async () => {
  app = await startIpcTestApp();
  const z = await app.dispatch('profiles:add', { provider: 'zego', name: 'sim-zego', env: 'dev', appId: 777, secret: ZEGO_SECRET });
  const c = await app.dispatch('profiles:add', { provider: 'commsease', name: 'sim-ce', env: 'dev', appKey: 'sim-app-key', secret: CE_SECRET });
  if (!z.ok || !c.ok) throw new Error('could not add the test profiles');
  zegoId = (z.value as { profile: { id: string } }).profile.id;
  ceId = (c.value as { profile: { id: string } }).profile.id;
});

afterAll(async () => {
  await app?.close();
});

const issued = (events: SimEvent[]) => events.filter((e): e is Extract<SimEvent, { type: 'token_issued' }> => e.type === 'token_issued');

describe('sim:run with the newer families', () => {
  const AGORA_CERT = '5cfd2fd1755d40ecb72977518be15d3b';
  const AGORA_APP = '970ca35de60c44645bbae8a215061b33';
  const TWILIO_SECRET = 'twilio-api-key-secret-for-sim';
  const accountSid = `AC${'1'.repeat(32)}`;
  const apiKeySid = `SK${'2'.repeat(32)}`;

  it("mints Agora and Twilio tokens with a profile's identifiers and secret; the reply names only the public ones", async () => {
    const a = await app.dispatch('profiles:add', { provider: 'agora', name: 'sim-agora', env: 'dev', appId: AGORA_APP, secret: AGORA_CERT });
    const t = await app.dispatch('profiles:add', { provider: 'twilio', name: 'sim-twilio', env: 'dev', accountSid, apiKeySid, secret: TWILIO_SECRET });
    if (!a.ok || !t.ok) throw new Error(`could not add the profiles: ${JSON.stringify([a, t])}`);
    const agoraId = (a.value as { profile: { id: string } }).profile.id;
    const twilioId = (t.value as { profile: { id: string } }).profile.id;

    const agora = await run({ profileId: agoraId, scenario: { platform: 'agora-rtc-native', tokenTtlSeconds: 600, durationSeconds: 700 } });
    if (!agora.ok) throw new Error(agora.error.message);
    expect(agora.value.identity).toEqual({ appId: null, appKey: null, roomId: null, app: 'App ID 970c…1b33' });
    const twilio = await run({ profileId: twilioId, scenario: { platform: 'twilio-voice', tokenTtlSeconds: 600, durationSeconds: 700 } });
    if (!twilio.ok) throw new Error(twilio.error.message);
    for (const [reply, secret, expectations] of [
      [agora.value, AGORA_CERT, { appId: AGORA_APP }],
      [twilio.value, TWILIO_SECRET, { appId: apiKeySid, accountSid }],
    ] as const) {
      const tokens = issued(reply.events);
      expect(tokens).toHaveLength(2);
      for (const e of tokens) expect(defaultRegistry.inspect(e.token, { now: 1_700_000_000 + e.t, secret, expect: expectations }, nodeCryptoPort).verdict).toBe('valid');
      expect(JSON.stringify(reply)).not.toContain(secret);
    }
  });

  it("refuses a profile of another family for the platform", async () => {
    const reply = await run({ profileId: zegoId, scenario: { platform: 'livekit', tokenTtlSeconds: 600 } });
    expect(reply.ok).toBe(false);
  });
});

describe('sim:run', () => {
  it('runs with throwaway credentials from the seed when no profile is named', async () => {
    const reply = await run({ scenario: { platform: 'zim', tokenTtlSeconds: 600, durationSeconds: 1300, seed: 9 } });
    if (!reply.ok) throw new Error(reply.error.message);
    const { secret, appId } = deriveSimCredentials(9, 'zim');
    expect(reply.value.identity).toEqual({ appId, appKey: null, roomId: null });
    expect(reply.value.summary).toMatchObject({ type: 'summary', connectedPercent: 100 });
    expect(reply.value.assumptions.length).toBeGreaterThan(0);
    for (const e of issued(reply.value.events)) {
      expect(inspectToken(e.token, { now: 1_700_000_000 + e.t, secret, expectedAppId: appId }, nodeCryptoPort).verdict).toBe('valid');
    }
  });

  it("mints with a ZEGO profile's secret and app id; the secret is not in the reply", async () => {
    const reply = await run({ profileId: zegoId, scenario: { platform: 'express', tokenTtlSeconds: 600, durationSeconds: 700 } });
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.value.identity).toEqual({ appId: 777, appKey: null, roomId: 'sim-room' });
    const tokens = issued(reply.value.events);
    expect(tokens).toHaveLength(2);
    for (const e of tokens) {
      const judged = inspectToken(e.token, { now: 1_700_000_000 + e.t, secret: ZEGO_SECRET, expectedAppId: 777 }, nodeCryptoPort);
      expect(judged.verdict).toBe('valid');
      expect(judged.fields).toMatchObject({ user_id: simUserId(0), app_id: 777 });
    }
    const text = JSON.stringify(reply);
    expect(text).not.toContain(ZEGO_SECRET);
    expect(text).not.toContain(Buffer.from(ZEGO_SECRET).toString('base64'));
    expect(text).not.toContain(Buffer.from(ZEGO_SECRET).toString('hex'));
  });

  it("mints CommsEase tokens with a profile's AppKey and AppSecret", async () => {
    const reply = await run({
      profileId: ceId,
      scenario: { platform: 'commsease-dynamic', tokenTtlSeconds: 600, durationSeconds: 700, renewal: { policy: 'before-expiry' } },
    });
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.value.identity.appKey).toBe('sim-app-key');
    for (const e of issued(reply.value.events)) {
      const judged = inspectToken(e.token, { now: 1_700_000_000 + e.t, secret: CE_SECRET, appKey: 'sim-app-key', accid: simUserId(e.client) }, nodeCryptoPort);
      expect(judged.verdict).toBe('valid');
    }
    expect(JSON.stringify(reply)).not.toContain(CE_SECRET);
  });

  it('refuses a profile of the other provider, and an unknown profile, with typed errors', async () => {
    const wrong = await run({ profileId: ceId, scenario: { platform: 'zim', tokenTtlSeconds: 600 } });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!wrong.ok) expect(wrong.error.message).toContain('needs a zego one');
    const unknown = await run({ profileId: '0123456789abcdef', scenario: { platform: 'zim', tokenTtlSeconds: 600 } });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'PROFILE_NOT_FOUND' } });
  });

  it('names the bad field of a scenario', async () => {
    const reply = await run({ scenario: { platform: 'zim', tokenTtlSeconds: 600, renewal: { latencyMs: -1 } } });
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe('INVALID_INPUT');
      expect(reply.error.message).toContain('scenario.renewal.latencyMs');
    }
  });

  it(`caps a run at ${SIM_IPC_MAX_EVENTS.toLocaleString('en')} events and says it was cut short`, async () => {
    const reply = await run({ scenario: { platform: 'zim', tokenTtlSeconds: 3600, clients: 5000, durationSeconds: 86_400 } });
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.value.events).toHaveLength(SIM_IPC_MAX_EVENTS);
    expect(reply.value.summary.truncated).toBe(true);
  });
});
