/** The headline: whom the token is for and whether its expiry is proven. */
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../../src/shared/families/registry';
import { inspectionHeadline } from '../../../src/shared/tokens/headline';
import { inspectToken } from '../../../src/shared/tokens/inspect';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { loadFamilyVectors } from '../../support/familyVectors';
import { loadVectors } from '../../support/vectors';

const gcm = loadVectors('zego-token04-gcm.json')[0]!;
const inputs = gcm.inputs as { secret: string; appId: number; userId: string };

describe('inspectionHeadline', () => {
  it('a verified ZEGO token names its user and app, with an authenticated expiry', () => {
    const h = inspectionHeadline(inspectToken(gcm.token, { now: gcm.expect.now, secret: inputs.secret }, nodeCryptoPort), defaultRegistry);
    expect(h).toMatchObject({ user: inputs.userId, app: String(inputs.appId), expiryAuthenticated: true });
    expect(h.familyLabel).toBe('ZEGO Token04');
    expect(h.expiresAt).toBe(gcm.expect.headerExpire ?? h.expiresAt);
  });

  it('without a secret, or with a wrong one, the expiry is marked unauthenticated', () => {
    const unverified = inspectionHeadline(inspectToken(gcm.token, { now: gcm.expect.now }), defaultRegistry);
    expect(unverified.verdict).toBe('unverified');
    expect(unverified.expiresAt).not.toBeNull();
    expect(unverified.expiryAuthenticated).toBe(false);
    const wrong = inspectionHeadline(inspectToken(gcm.token, { now: gcm.expect.now, secret: 'f'.repeat(32) }, nodeCryptoPort), defaultRegistry);
    expect(wrong.verdict).toBe('wrong_secret_or_tampered');
    expect(wrong.expiryAuthenticated).toBe(false);
    expect(wrong.user).toBeNull();
  });

  it('a room privilege payload names the room', () => {
    const withRoom = loadVectors('zego-token04-gcm.json').find((v) => (v.inputs as { payload?: string }).payload?.includes('room_id'))!;
    const h = inspectionHeadline(
      inspectToken(withRoom.token, { now: withRoom.expect.now, secret: (withRoom.inputs as { secret: string }).secret }, nodeCryptoPort),
      defaultRegistry,
    );
    expect(h.channel?.kind).toBe('room');
    expect(h.channel?.id).not.toBe('');
  });
});

describe('inspectionHeadline, newer families', () => {
  const pick = (file: string, id: string) => loadFamilyVectors(file).find((v) => v.id.startsWith(id))!;
  it.each([
    ['agora-accesstoken2.json', 'at2-pub-014', 'alice@example.com', '97fe534f16998e4bb102a6063f739e70', 'Team Sync (EU)'],
    ['tencent-usersig-v2.json', 'tus-pub-011', 'guest_enter', null, 'room-Alpha_01'],
    ['livekit-jwt.json', 'lk-pub-001', 'alice', null, 'standup'],
    ['twilio-jwt.json', 'tw-pub-001', 'alice', null, 'DailyStandup'],
    ['jwt-generic.json', 'jg-pub-013', 'Сергей Пётр 🎥', null, null],
  ])('%s %s names whom the token is for and where', (file, id, user, app, channel) => {
    const v = pick(file, id);
    const h = inspectionHeadline(defaultRegistry.inspect(v.token, { now: v.expect.now }), defaultRegistry);
    expect(h.user).toBe(user);
    if (app !== null) expect(h.app).toBe(app);
    expect(h.channel?.id ?? null).toBe(channel);
  });
});
