import { describe, expect, it } from 'vitest';
import { inspectToken } from '../../../src/shared/tokens/inspect';
import { checkGeneratorForm, EMPTY_GENERATOR_FORM, ttlSeconds, type FormMessage } from '../../../src/renderer/src/features/generator/generatorForm';
import { createI18n } from '../../../src/shared/i18n';
import { COMMSEASE_PROFILE, fakeBackend, ipcFailure, storesFor, ZEGO_PROFILE } from '../support/fakeBackend';
import { gcmVectors, vector } from '../support/vectors';

const room = vector(gcmVectors, (v) => v.variant === 'priv_login_only');
const en = createI18n('en');
const zh = createI18n('zh-CN');
/** A form message as the English screen shows it. */
const text = (m: FormMessage | undefined) => (m ? en.t(m.key, { label: m.field?.label }) : undefined);

function historyEntry(id: string) {
  return {
    id,
    source: 'minted',
    format: 'zego-token04',
    profileId: ZEGO_PROFILE.id,
    profileName: ZEGO_PROFILE.name,
    env: ZEGO_PROFILE.env,
    userId: 'u1001',
    roomId: 'room1',
    issuedAt: 1707747161,
    expiresAt: 1707754361,
    addedAt: 1707747161,
    fingerprint: '0123456789abcdef',
    pinned: false,
  };
}

describe('generator form rules', () => {
  it('explains each invalid field in words', () => {
    const check = checkGeneratorForm({ ...EMPTY_GENERATOR_FORM, profileId: ZEGO_PROFILE.id, ttlPreset: 'custom', ttlValue: '0' }, ZEGO_PROFILE);
    expect(text(check.errors.userId)).toMatch(/user ID is needed/);
    expect(text(check.errors.ttl)).toMatch(/above 0/);
    // Vendor jargon ("error 3", "error 6") is gone: the reason is said in words, in both languages.
    expect(text(check.errors.userId)).not.toMatch(/error \d/);
    expect(text(check.errors.ttl)).not.toMatch(/error \d/);
    expect(zh.t(check.errors.userId!.key)).toBe('需要填写用户 ID：官方生成器不接受空值。');
    expect(text(checkGeneratorForm(EMPTY_GENERATOR_FORM, undefined).errors.profileId)).toMatch(/Choose the profile/);
    expect(text(checkGeneratorForm({ ...EMPTY_GENERATOR_FORM, profileId: 'x' }, { ...ZEGO_PROFILE, secretStored: false }).errors.profileId)).toMatch(
      /no secret/,
    );
  });

  it('asks CommsEase for an accid and not for a user ID', () => {
    const check = checkGeneratorForm({ ...EMPTY_GENERATOR_FORM, profileId: COMMSEASE_PROFILE.id, accid: 'has space' }, COMMSEASE_PROFILE);
    expect(check.errors.userId).toBeUndefined();
    expect(text(check.errors.accid)).toMatch(/spaces/);
  });

  it('reads presets and free values, and warns past ZIM’s 24 days', () => {
    expect(ttlSeconds({ ttlPreset: 300, ttlValue: '', ttlUnit: 's' })).toBe(300);
    expect(ttlSeconds({ ttlPreset: 'custom', ttlValue: '90', ttlUnit: 'm' })).toBe(5400);
    expect(ttlSeconds({ ttlPreset: 'custom', ttlValue: '1.5', ttlUnit: 'h' })).toBeNull();
    const check = checkGeneratorForm({ ...EMPTY_GENERATOR_FORM, profileId: ZEGO_PROFILE.id, userId: 'u', ttlPreset: 'custom', ttlValue: '30', ttlUnit: 'd' }, ZEGO_PROFILE);
    expect(check.errors.ttl).toBeUndefined();
    expect(text(check.hints.ttl)).toMatch(/24 days/);
  });
});

describe('generator store', () => {
  it('sends nothing while a field is invalid', async () => {
    const backend = fakeBackend();
    const { generator } = storesFor(backend);
    generator.getState().update({ profileId: ZEGO_PROFILE.id });
    expect(await generator.getState().generate(ZEGO_PROFILE)).toBe(false);
    expect(backend.calls).toEqual([]);
    expect(generator.getState().submitted).toBe(true);
  });

  it('mints a room token with its privileges and puts it on the board', async () => {
    const backend = fakeBackend({
      'tokens:generateZego': () => ({ token: room.token, inspection: inspectToken(room.token, { now: room.expect.now }) }),
      'history:add': () => ({ entries: [historyEntry('00000000000000aa')] }),
    });
    const { generator, board } = storesFor(backend);
    generator.getState().update({
      profileId: ZEGO_PROFILE.id,
      userId: 'u1001',
      roomEnabled: true,
      roomId: 'room1',
      canPublish: false,
      streams: 's1, s2',
      ttlPreset: 30,
    });
    expect(await generator.getState().generate(ZEGO_PROFILE)).toBe(true);
    expect(backend.callsTo('tokens:generateZego')).toEqual([
      {
        profileId: ZEGO_PROFILE.id,
        userId: 'u1001',
        ttlSeconds: 30,
        layout: 'gcm',
        room: { roomId: 'room1', canLogin: true, canPublish: false, streamIds: ['s1', 's2'] },
      },
    ]);
    expect(backend.callsTo('history:add')).toEqual([{ items: [{ token: room.token, source: 'minted', profileId: ZEGO_PROFILE.id }] }]);
    expect(generator.getState().minted).toMatchObject({ token: room.token, entryId: '00000000000000aa' });
    expect(board.getState().entries.map((e) => e.id)).toEqual(['00000000000000aa']);
    expect(board.getState().tokens['00000000000000aa']).toBe(room.token);
  });

  it('shows main’s refusal and keeps the form', async () => {
    const backend = fakeBackend({
      'tokens:generateCommsEase': () => Promise.reject(ipcFailure('SECRET_MISSING', 'no secret stored for IM prod')),
    });
    const { generator } = storesFor(backend);
    generator.getState().update({ profileId: COMMSEASE_PROFILE.id, accid: 'user1', ttlPreset: 300 });
    expect(await generator.getState().generate(COMMSEASE_PROFILE)).toBe(false);
    expect(backend.callsTo('tokens:generateCommsEase')).toEqual([{ profileId: COMMSEASE_PROFILE.id, accid: 'user1', ttlSeconds: 300 }]);
    expect(generator.getState().error?.code).toBe('SECRET_MISSING');
    expect(generator.getState().form.accid).toBe('user1');
  });
});
