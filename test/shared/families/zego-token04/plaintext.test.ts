/**
 * The decrypted plaintext as the official generators write it is read without JSON.parse.
 * Whenever that reader answers, it must answer what JSON.parse and the field checks answer,
 * and it must leave everything else (escapes, spaces, other number forms) to them.
 */
import { describe, expect, it } from 'vitest';
import { jsonMembersInByteRange } from '../../../../src/shared/encoding/jsonMembers';
import { officialFirstBlockFields, readOfficialPlaintext } from '../../../../src/shared/families/zego-token04/plaintext';
import { loadVectors } from '../../../support/vectors';

const bytesOf = (text: string) => new TextEncoder().encode(text);

/** The oracle: what JSON.parse makes of the text, if it is an object of the six well-typed fields. */
function parsedFields(text: string): Record<string, unknown> | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null) return null;
  const r = json as Record<string, unknown>;
  const int = (v: unknown) => typeof v === 'number' && Number.isInteger(v);
  if (!int(r['app_id']) || typeof r['user_id'] !== 'string' || !int(r['nonce']) || !int(r['ctime']) || !int(r['expire']) || typeof r['payload'] !== 'string') return null;
  return { app_id: r['app_id'], user_id: r['user_id'], nonce: r['nonce'], ctime: r['ctime'], expire: r['expire'], payload: r['payload'] };
}

const official = (appId: string, userId: string, nonce: string, payload = '""') =>
  `{"app_id":${appId},"user_id":${userId},"nonce":${nonce},"ctime":1700000000,"expire":1700003600,"payload":${payload}}`;

describe('reading the official plaintext without JSON.parse', () => {
  it('reads every official vector plaintext as JSON.parse does, or leaves it to JSON.parse', () => {
    const plaintexts = [...loadVectors('zego-token04-cbc.json'), ...loadVectors('zego-token04-gcm.json')]
      .map((v) => v.plaintext)
      .filter((p): p is string => typeof p === 'string');
    expect(plaintexts.length).toBeGreaterThan(10);
    let read = 0;
    for (const text of plaintexts) {
      const fast = readOfficialPlaintext(bytesOf(text));
      if (fast !== null) {
        read++;
        expect(fast).toStrictEqual(parsedFields(text));
      }
    }
    // The Node/TS key order is what most vectors use: the fast reader must take those.
    expect(read).toBeGreaterThan(0);
  });

  it.each([
    ['official', official('123456789', '"user-1"', '42'), true],
    ['negative nonce', official('1', '"u"', '-2147483648'), true],
    ['a payload with text', official('1', '"u"', '1', '"abc def"'), true],
    ['zero', official('0', '"u"', '0'), true],
    ['15 digits', official('999999999999999', '"u"', '1'), true],
    ['16 digits (JSON.parse rounds)', official('9999999999999999', '"u"', '1'), false],
    ['-0', official('-0', '"u"', '1'), false],
    ['a leading zero (not JSON)', official('0123', '"u"', '1'), false],
    ['a fraction', official('1.0', '"u"', '1'), false],
    ['an exponent', official('1e3', '"u"', '1'), false],
    ['an escape in user_id', official('1', '"a\\"b"', '1'), false],
    ['non-ASCII user_id', official('1', '"用户"', '1'), false],
    ['a null payload', official('1', '"u"', '1', 'null'), false],
    ['a privilege payload (escaped JSON)', official('1', '"u"', '1', JSON.stringify('{"room_id":"r"}')), false],
    ['spaces', official('1', '"u"', '1').replace(',"nonce"', ', "nonce"'), false],
    ['another key order', '{"user_id":"u","app_id":1,"nonce":1,"ctime":1,"expire":2,"payload":""}', false],
    ['a trailing member', official('1', '"u"', '1').replace(/}$/, ',"x":1}'), false],
    ['trailing bytes', official('1', '"u"', '1') + ' ', false],
    ['cut short', official('1', '"u"', '1').slice(0, -1), false],
    ['a control character', official('1', '"a\tb"', '1'), false],
  ])('%s', (_name, text, taken) => {
    const fast = readOfficialPlaintext(bytesOf(text));
    expect(fast !== null).toBe(taken);
    if (fast !== null) expect(fast).toStrictEqual(parsedFields(text));
  });

  it('names the CBC first-block fields as the JSON member scan does', () => {
    for (const appId of ['1', '12345', '123456', '1234567', '-12345', '-123456', '999999999999999']) {
      const text = official(appId, '"user-1"', '7');
      const fields = readOfficialPlaintext(bytesOf(text));
      expect(fields).not.toBeNull();
      const scanned = jsonMembersInByteRange(bytesOf(text), 0, 16)
        .map((m) => `${m.key} (${m.whole ? 'in full' : 'partly'})`)
        .join(', ');
      expect(officialFirstBlockFields(fields!, 16)).toBe(scanned);
    }
  });
});
