import { describe, expect, it } from 'vitest';
import { createDecipheriv } from 'node:crypto';
import { utf8Encode } from '../../../src/shared/encoding/bytes';
import { decodeBase64Strict } from '../../../src/shared/encoding/base64';
import { utf8EncodeShort } from '../../../src/shared/encoding/shortText';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { parseZegoEnvelope } from '../../../src/shared/families/zego-token04/envelope';
import { generateZegoToken } from '../../../src/shared/families/zego-token04/generateZegoToken';

const AWKWARD = ['', 'a', '0123456789abcdef0123456789abcdef', 'é', '密钥', '\u{1F600}', 'a\ud800b', '\udc00', 'x'.repeat(64), 'x'.repeat(65) + 'é', '"\\\n\u2028'];

describe('utf8EncodeShort', () => {
  it('writes exactly the bytes TextEncoder writes, ASCII or not, short or long', () => {
    for (const text of AWKWARD) expect(Array.from(utf8EncodeShort(text)), JSON.stringify(text)).toEqual(Array.from(utf8Encode(text)));
  });

  it('returns a fresh array each call', () => {
    const a = utf8EncodeShort('same');
    a[0] = 0;
    expect(utf8EncodeShort('same')[0]).toBe(0x73);
  });
});

describe('ZEGO plaintext written without an object', () => {
  it('is byte for byte what JSON.stringify of the six fields writes', () => {
    const secret = '0123456789abcdef0123456789abcdef';
    for (const userId of ['u', 'a"b', 'back\\slash', 'line\nbreak', '\u2028', '用户', '\u{1F600}', 'lone\ud800']) {
      for (const payload of ['', '{"room_id":"r"}', 'quote"\\']) {
        const req = { appId: 4_294_967_295, userId, secret, effectiveTimeInSeconds: 3600, payload, layout: 'gcm' as const, now: 1_700_000_000, nonce: -5, iv: new Uint8Array(12) };
        const token = generateZegoToken(req, nodeCryptoPort);
        const decoded = decodeBase64Strict(token.slice(2));
        if (!decoded.ok) throw new Error('token must decode');
        const parsed = parseZegoEnvelope(decoded.bytes);
        if (!parsed.ok) throw new Error('token must parse');
        const ct = parsed.envelope.ciphertext;
        const d = createDecipheriv('aes-256-gcm', utf8Encode(secret), parsed.envelope.iv);
        d.setAuthTag(ct.subarray(ct.length - 16));
        const plain = Buffer.concat([d.update(ct.subarray(0, ct.length - 16)), d.final()]);
        const expected = JSON.stringify({ app_id: req.appId, user_id: userId, nonce: req.nonce, ctime: req.now, expire: req.now + 3600, payload });
        expect(plain.equals(Buffer.from(utf8Encode(expected)))).toBe(true);
      }
    }
  });
});
