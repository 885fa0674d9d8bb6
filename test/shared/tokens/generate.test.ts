/**
 * Minting: byte-identical to the official generators where their plaintext matches ours, and
 * the official validation numbers for bad input.
 */
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { fromHex } from '../../../src/shared/encoding/bytes';
import { TokenLabError } from '../../../src/shared/errors';
import { generateCommsEaseToken, commsEaseSignature } from '../../../src/shared/families/commsease-dynamic/dynamicToken';
import { inspectToken } from '../../../src/shared/tokens/inspect';
import { drawZegoRandomness, generateZegoToken, type ZegoTokenRequest } from '../../../src/shared/families/zego-token04/generateZegoToken';
import { buildRoomPrivilegePayload, describeRoomPrivilege, parseRoomPrivilege } from '../../../src/shared/families/zego-token04/privilege';
import { loadVectors, type Vector } from '../../support/vectors';

function zegoRequest(v: Vector, layout: 'cbc' | 'gcm'): ZegoTokenRequest {
  const i = v.inputs as Record<string, unknown>;
  return {
    appId: i['appId'] as number,
    userId: i['userId'] as string,
    secret: i['secret'] as string,
    effectiveTimeInSeconds: i['effectiveTimeInSeconds'] as number,
    payload: i['payload'] as string,
    layout,
    now: i['ctime'] as number,
    nonce: i['nonce'] as number,
    iv: fromHex((layout === 'cbc' ? i['iv'] : i['gcmNonce']) as string),
  };
}

describe('ZEGO CBC generation against the official code', () => {
  const vectors = loadVectors('zego-token04-cbc.json');
  const withNodeToken = vectors.filter((v) => v.crossImplementation?.otherOfficialTokens?.['node'] || v.producer?.startsWith('official-nodejs'));
  it('has vectors the official Node generator produced', () => expect(withNodeToken.length).toBeGreaterThan(5));
  for (const v of withNodeToken) {
    it(`${v.id}: same token as the official Node code`, () => {
      const expected = v.producer?.startsWith('official-nodejs') ? v.token : v.crossImplementation!.otherOfficialTokens!['node'];
      expect(generateZegoToken(zegoRequest(v, 'cbc'), nodeCryptoPort)).toBe(expected);
    });
  }
  for (const v of vectors.filter((x) => !withNodeToken.includes(x))) {
    it(`${v.id}: decodes to the same fields`, () => {
      const token = generateZegoToken(zegoRequest(v, 'cbc'), nodeCryptoPort);
      const result = inspectToken(token, { now: v.expect.now, secret: v.inputs.secret }, nodeCryptoPort);
      expect(result.verdict).toBe('valid');
      expect(result.fields).toEqual(v.expect.fields);
    });
  }
});

describe('ZEGO GCM generation', () => {
  for (const v of loadVectors('zego-token04-gcm.json')) {
    it(`${v.id} (${v.keyOrder} key order)`, () => {
      const token = generateZegoToken(zegoRequest(v, 'gcm'), nodeCryptoPort);
      if (v.keyOrder === 'node') expect(token).toBe(v.token);
      else {
        const result = inspectToken(token, { now: v.expect.now, secret: v.inputs.secret }, nodeCryptoPort);
        expect(result.fields).toEqual(v.expect.fields);
      }
    });
  }
  it('defaults to GCM', () => {
    const [v] = loadVectors('zego-token04-gcm.json');
    const { layout: _ignored, ...req } = zegoRequest(v!, 'gcm');
    const result = inspectToken(generateZegoToken(req, nodeCryptoPort), { now: v!.expect.now });
    expect(result.layout).toBe('gcm');
  });
});

describe('ZEGO generator validation (official error numbers)', () => {
  const good: ZegoTokenRequest = {
    appId: 1,
    userId: 'u',
    secret: '0123456789abcdef0123456789abcdef',
    effectiveTimeInSeconds: 60,
    now: 1_700_000_000,
    nonce: 1,
    iv: new Uint8Array(12),
  };
  const cases: [string, Partial<ZegoTokenRequest>, number][] = [
    ['appId 0', { appId: 0 }, 1],
    ['empty userId', { userId: '' }, 3],
    ['31-byte secret', { secret: good.secret.slice(1) }, 5],
    ['33-byte secret', { secret: good.secret + 'x' }, 5],
    ['effective time 0', { effectiveTimeInSeconds: 0 }, 6],
    ['negative effective time', { effectiveTimeInSeconds: -5 }, 6],
  ];
  for (const [name, patch, code] of cases) {
    it(`${name} → error ${code}`, () => {
      try {
        generateZegoToken({ ...good, ...patch }, nodeCryptoPort);
        expect.unreachable('should have refused');
      } catch (error) {
        expect(error).toBeInstanceOf(TokenLabError);
        expect((error as TokenLabError).vendorCode).toBe(code);
      }
    });
  }
  it('accepts the valid request', () => expect(generateZegoToken(good, nodeCryptoPort)).toMatch(/^04/));
});

describe('randomness like the official code', () => {
  it('draws a non-negative nonce and a 0-9a-z IV for CBC, 12 bytes for GCM', () => {
    let counter = 0;
    const fake = (n: number) => Uint8Array.from({ length: n }, () => (counter += 37) & 0xff);
    const cbc = drawZegoRandomness('cbc', fake);
    expect(cbc.nonce).toBeGreaterThanOrEqual(0);
    expect(new TextDecoder().decode(cbc.iv)).toMatch(/^[0-9a-z]{16}$/);
    expect(drawZegoRandomness('gcm', fake).iv).toHaveLength(12);
  });
});

describe('room privileges', () => {
  it('round-trips and reads as a sentence', () => {
    const payload = buildRoomPrivilegePayload({ roomId: 'r1', canLogin: true, canPublish: false, streamIds: null });
    expect(JSON.parse(payload)).toEqual({ room_id: 'r1', privilege: { '1': 1, '2': 0 }, stream_id_list: null });
    const privilege = parseRoomPrivilege(payload)!;
    expect(describeRoomPrivilege(privilege)).toBe('may log in to room `r1`; may not publish');
    const two = parseRoomPrivilege(buildRoomPrivilegePayload({ roomId: '', canLogin: true, canPublish: true, streamIds: ['s1', 's2'] }))!;
    expect(describeRoomPrivilege(two)).toBe('may log in to any room; may publish only streams `s1`, `s2`');
  });
  it('shows the privileges of a privilege vector', () => {
    const v = loadVectors('zego-token04-cbc.json').find((x) => x.variant === 'priv_both')!;
    const result = inspectToken(v.token, { now: v.expect.now, secret: v.inputs.secret }, nodeCryptoPort);
    expect(result.privilege).not.toBeNull();
    expect(result.privilege!.canLogin).toBe(true);
  });
  it('is null for identity tokens', () => expect(parseRoomPrivilege('')).toBeNull());
});

describe('CommsEase dynamic tokens', () => {
  for (const v of loadVectors('commsease-dynamic.json')) {
    it(`${v.id}: same signature${v.variant === 'compact-sig-cur-ttl' ? ' and token' : ''}`, () => {
      const i = v.inputs as Record<string, unknown>;
      const req = {
        appKey: i['appKey'] as string,
        accid: i['accid'] as string,
        appSecret: i['appSecret'] as string,
        curTimeMs: i['curTime'] as number,
        ttlSeconds: i['ttl'] as number,
      };
      expect(commsEaseSignature(req, nodeCryptoPort)).toBe((v.expect.fields as { signature: string }).signature);
      const token = generateCommsEaseToken(req, nodeCryptoPort);
      if (v.variant === 'compact-sig-cur-ttl') expect(token).toBe(v.token);
      const result = inspectToken(token, { now: v.expect.now, secret: req.appSecret, appKey: req.appKey, accid: req.accid }, nodeCryptoPort);
      expect(result.verdict).toBe('valid');
    });
  }
  it('refuses a ttl of 0', () => {
    expect(() =>
      generateCommsEaseToken({ appKey: 'k', accid: 'a', appSecret: 's', curTimeMs: 1, ttlSeconds: 0 }, nodeCryptoPort),
    ).toThrow(/ttl/);
  });
});
