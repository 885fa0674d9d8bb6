/**
 * `tokens:inspect` with the values an Agora 006 signature binds, through the real dispatcher:
 * the channel and the uid arrive as `expect`, apart from the user (`accid`), and reach the
 * same registry call the CLI's `verify --channel --uid` makes; the payload is refused when a
 * value is too long, not a string, or not one the inspector may send.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IpcReply } from '../../../../src/shared/ipc/reply';
import type { Inspection } from '../../../../src/shared/tokens/types';
import { startIpcTestApp, type IpcTestApp } from '../../../support/ipcTestApp';
import agora006File from '../../../vectors/agora-accesstoken.json';

interface Vector {
  id: string;
  token: string;
  inputs: { appId: string; appCertificate: string };
  expect: { verdict: string; now: number; verifyWith: { channelName: string; uid: number | string } };
}
const vector = (id: string): Vector => (agora006File as unknown as { vectors: Vector[] }).vectors.find((v) => v.id.startsWith(id))!;
/** RTC, channel legacy-room-1, uid 1234; and the vectors' wrong-channel case (built for neg-legacy-1, uid 8080). */
const RTC = vector('at-pub-004');
const WRONG_CHANNEL = vector('at-neg-pub-007');
/** RTM: the account legacy-rtm-user in the channel slot, an empty uid. */
const RTM = vector('at-pub-013');

let app: IpcTestApp;

async function call<T>(channel: string, request: unknown): Promise<IpcReply<T>> {
  return (await app.dispatch(channel as never, request as never)) as IpcReply<T>;
}

async function profileFor(v: Vector): Promise<string> {
  const added = await call<{ profile: { id: string } }>('profiles:add', {
    family: 'agora-accesstoken',
    name: `p-${v.id.slice(0, 20)}`,
    env: 'dev',
    credentials: { appId: v.inputs.appId },
    secret: v.inputs.appCertificate,
  });
  if (!added.ok) throw new Error(added.error.message);
  return added.value.profile.id;
}

async function inspect(v: Vector, extra: Record<string, unknown>): Promise<IpcReply<{ inspection: Inspection }>> {
  return call('tokens:inspect', { token: v.token, profileId: await profileFor(v), now: v.expect.now, ...extra });
}

beforeEach(async () => {
  app = await startIpcTestApp({ nowMs: 1_700_000_000_000 });
});
afterEach(() => app.close());

describe('tokens:inspect with an Agora 006 channel and uid', () => {
  it('is valid with the channel and uid the token was built for', async () => {
    const reply = await inspect(RTC, { expect: { channel: 'legacy-room-1', uid: '1234' } });
    if (!reply.ok) throw new Error(reply.error.message);
    expect(RTC.expect.verdict).toBe('valid');
    expect(reply.value.inspection.verdict).toBe('valid');
    expect(reply.value.inspection.fields).toMatchObject({ channel: 'legacy-room-1', uid: '1234' });
  });

  it('gives the vector verdict for a wrong channel, and says the channel is the likely cause', async () => {
    const { channelName, uid } = WRONG_CHANNEL.expect.verifyWith;
    const reply = await inspect(WRONG_CHANNEL, { expect: { channel: channelName, uid: String(uid) } });
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.value.inspection.verdict).toBe(WRONG_CHANNEL.expect.verdict);
    expect(reply.value.inspection.diagnoses.map((d) => d.code)).toContain('channel_mismatch');
  });

  it('a wrong uid is a user mismatch, not a channel one', async () => {
    const reply = await inspect(RTC, { expect: { channel: 'legacy-room-1', uid: '1235' } });
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.value.inspection.verdict).toBe('user_id_mismatch');
  });

  it('without the channel it stays unverified, naming the channel as missing', async () => {
    const reply = await inspect(RTC, { expect: { uid: '1234' } });
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.value.inspection.verdict).toBe('unverified');
    expect(reply.value.inspection.reason).toMatch(/channel/);
  });

  it('an RTM token verifies with its account as the channel and no uid', async () => {
    const reply = await inspect(RTM, { expect: { channel: 'legacy-rtm-user' } });
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.value.inspection.verdict).toBe('valid');
  });

  it('the user id stays apart from the channel: an accid alone is not taken for a channel', async () => {
    const reply = await inspect(RTC, { accid: 'legacy-room-1' });
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.value.inspection.verdict).not.toBe('valid');
  });
});

describe('tokens:inspect refuses a bad expect payload', () => {
  it.each([
    ['an oversized channel', { channel: 'c'.repeat(513) }],
    ['an oversized uid', { uid: '1'.repeat(513) }],
    ['a numeric uid', { uid: 1234 }],
    ['a null channel', { channel: null }],
    ['a key the inspector does not send', { channel: 'legacy-room-1', appId: 'ad5ca06bacd4fc285e955e7c490451fa' }],
    ['a secret smuggled in', { channel: 'legacy-room-1', secret: 'x' }],
  ])('%s', async (_what, expectPayload) => {
    const reply = await inspect(RTC, { expect: expectPayload });
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('an expect that is not an object', async () => {
    expect(await inspect(RTC, { expect: 'legacy-room-1' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it.each([
    ['channel', { channel: 'c'.repeat(512), uid: '1234' }, 'wrong_secret_or_tampered'],
    ['uid', { channel: 'legacy-room-1', uid: '1'.repeat(512) }, 'user_id_mismatch'],
  ])('accepts a %s up to the bound and answers within the reply contract', async (_what, expectPayload, verdict) => {
    const reply = await inspect(RTC, { expect: expectPayload });
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.value.inspection.verdict).toBe(verdict);
  });
});
