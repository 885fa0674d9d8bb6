/**
 * Each family's query parameters come from its own generator fields: the user and lifetime
 * fields are found from the family's data, values are typed by the field's kind, and every
 * refusal names the parameter the app sent.
 */
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../../src/shared/families/registry';
import { checkFamilyRequest, familyQueryOf, familyRequestFromQuery } from '../../../src/shared/tokenServer/familyQuery';
import { parseTokenQuery, type TokenQuery } from '../../../src/shared/tokenServer/tokenQuery';

const fq = (id: string) => familyQueryOf(defaultRegistry.require(id));
function query(text: string): TokenQuery {
  const parsed = parseTokenQuery([...new URLSearchParams(text)]);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.query;
}

describe('familyQueryOf', () => {
  it('finds each family\'s user field and lifetime field from its own fields', () => {
    const users = Object.fromEntries(defaultRegistry.families.map((f) => [f.id, familyQueryOf(f).userField?.key ?? null]));
    expect(users).toEqual({
      'zego-token04': 'userId',
      'commsease-dynamic': 'accid',
      'agora-accesstoken2': 'account',
      'agora-accesstoken': 'account',
      'tencent-usersig-v2': 'userId',
      'livekit-jwt': 'identity',
      'twilio-jwt': 'identity',
      'jwt-generic': 'sub',
    });
    for (const family of defaultRegistry.families) expect(familyQueryOf(family).ttlField?.kind).toBe('duration');
  });

  it('takes a field under its key and under its generate flag without the dashes', () => {
    const zego = fq('zego-token04');
    expect(zego.names.get('roomId')).toBe(zego.names.get('room'));
    expect(zego.names.get('privileges')?.key).toBe('privileges');
    expect(zego.names.get('privilege')?.key).toBe('privileges');
    expect(fq('twilio-jwt').names.get('room')?.key).toBe('videoRoom');
  });
});

describe('familyRequestFromQuery', () => {
  it('types values by kind and puts the lifetime the server decided', () => {
    const r = familyRequestFromQuery(fq('livekit-jwt'), query('user=alice&room=r&canPublish=false&grant={"canUpdateOwnMetadata":true}&ttl=500'), 60);
    expect(r).toMatchObject({ ok: true, value: { request: { identity: 'alice', room: 'r', canPublish: false, grant: { canUpdateOwnMetadata: true }, ttl: 60 } } });
    const z = familyRequestFromQuery(fq('zego-token04'), query('user=a&privilege=login,publish&stream=s1,s2'), 30);
    expect(z).toMatchObject({ ok: true, value: { request: { userId: 'a', privileges: ['login', 'publish'], streamIds: ['s1', 's2'], ttlSeconds: 30 } } });
  });

  it('refuses unknown names together, naming them and listing the accepted ones', () => {
    const r = familyRequestFromQuery(fq('commsease-dynamic'), query('user=a&room=r&uid=1'), 60);
    expect(r).toMatchObject({ ok: false, error: { code: 'unknown_parameter', parameters: ['room', 'uid'] } });
    if (!r.ok) expect(r.error.message).toContain('accid');
  });

  it('refuses a field given twice under two names with different values, and a value of the wrong kind', () => {
    expect(familyRequestFromQuery(fq('commsease-dynamic'), query('user=a&accid=b'), 60)).toMatchObject({ ok: false, error: { code: 'bad_parameter', parameters: ['user', 'accid'] } });
    expect(familyRequestFromQuery(fq('commsease-dynamic'), query('user=a&accid=a'), 60).ok).toBe(true);
    expect(familyRequestFromQuery(fq('agora-accesstoken2'), query('uid=seven'), 60)).toMatchObject({ ok: false, error: { parameters: ['uid'] } });
    expect(familyRequestFromQuery(fq('livekit-jwt'), query('identity=a&hidden=maybe'), 60)).toMatchObject({ ok: false, error: { parameters: ['hidden'] } });
    expect(familyRequestFromQuery(fq('jwt-generic'), query('claims={bad'), 60)).toMatchObject({ ok: false, error: { parameters: ['claims'] } });
  });
});

describe('checkFamilyRequest', () => {
  it('reports the family schema\'s first issue under the parameter the app sent', () => {
    const agora = fq('agora-accesstoken2');
    const built = familyRequestFromQuery(agora, query('service=rtc&user=alice'), 60);
    if (!built.ok) throw new Error('not built');
    expect(checkFamilyRequest(agora, built.value)).toMatchObject({ ok: false, error: { code: 'missing_parameter', parameters: ['channel'] } });
    const zego = fq('zego-token04');
    const noUser = familyRequestFromQuery(zego, query('room=r'), 60);
    if (!noUser.ok) throw new Error('not built');
    expect(checkFamilyRequest(zego, noUser.value)).toMatchObject({ ok: false, error: { code: 'missing_parameter', parameters: ['user'] } });
  });
});
