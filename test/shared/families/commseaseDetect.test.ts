import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { encodeBase64 } from '../../../src/shared/encoding/base64';
import { utf8Encode } from '../../../src/shared/encoding/bytes';
import { generateCommsEaseToken } from '../../../src/shared/families/commsease-dynamic/dynamicToken';
import { detectCommsEase } from '../../../src/shared/families/commsease-dynamic/inspectCommsEase';

const b64 = (text: string) => encodeBase64(utf8Encode(text));

describe('CommsEase detection', () => {
  it('is certain for a dynamic token, so the registry asks no later family', () => {
    const token = generateCommsEaseToken({ appKey: 'k', accid: 'a', appSecret: 's', curTimeMs: 1_700_000_000_000, ttlSeconds: 60 }, nodeCryptoPort);
    expect(detectCommsEase(token)).toBe(1);
    expect(detectCommsEase(b64(' {"ttl": 1, "curTime": 2, "signature": "x"}\n'))).toBe(1);
  });

  it('stays likely, not certain, for text that only looks like one', () => {
    expect(detectCommsEase(b64('signature=abc&curTime=1&ttl=2'))).toBe(0.8);
    expect(detectCommsEase(b64('{"signature":"abc","curTime":1}'))).toBe(0.8);
    expect(detectCommsEase(b64('{"a":1}'))).toBe(0.8);
    expect(detectCommsEase(b64('plain words'))).toBe(0);
  });
});
