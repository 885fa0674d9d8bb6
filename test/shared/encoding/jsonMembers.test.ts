/**
 * Byte positions of JSON members: what the CBC first-block warning is computed from.
 */
import { describe, expect, it } from 'vitest';
import { utf8Encode } from '../../../src/shared/encoding/bytes';
import { jsonMembersInByteRange, jsonObjectMemberSpans } from '../../../src/shared/encoding/jsonMembers';

const spans = (text: string) => jsonObjectMemberSpans(utf8Encode(text));
const valueText = (text: string) => {
  const bytes = utf8Encode(text);
  return (jsonObjectMemberSpans(bytes) ?? []).map((m) => [m.key, new TextDecoder().decode(bytes.subarray(m.valueStart, m.valueEnd))]);
};

describe('jsonObjectMemberSpans', () => {
  it('locates each value of a Go-order token plaintext', () => {
    expect(valueText('{"app_id":3951295516,"user_id":"alice_01","ctime":1703386906,"expire":1703387506,"nonce":712631950,"payload":""}')).toEqual([
      ['app_id', '3951295516'],
      ['user_id', '"alice_01"'],
      ['ctime', '1703386906'],
      ['expire', '1703387506'],
      ['nonce', '712631950'],
      ['payload', '""'],
    ]);
    expect(spans('{"app_id":3951295516}')).toEqual([{ key: 'app_id', valueStart: 10, valueEnd: 20 }]);
  });

  it('counts bytes, not characters, after multi-byte UTF-8', () => {
    // "用户" is 6 bytes: the next value starts 4 bytes later than a character count says.
    const [user, nonce] = spans('{"user_id":"用户","nonce":1}')!;
    expect(user).toEqual({ key: 'user_id', valueStart: 11, valueEnd: 19 });
    expect(nonce).toEqual({ key: 'nonce', valueStart: 28, valueEnd: 29 });
  });

  it('skips escaped quotes, nested objects and arrays, whitespace and literals', () => {
    expect(valueText('{ "a" : "x\\"}," , "b":{"c":[1,"]}"]} ,"user\\/id":null,"d":true }')).toEqual([
      ['a', '"x\\"},"'],
      ['b', '{"c":[1,"]}"]}'],
      ['user/id', 'null'],
      ['d', 'true'],
    ]);
    expect(spans('{}')).toEqual([]);
    expect(valueText('{"ключ":1}')).toEqual([['ключ', '1']]);
  });

  it('stops reading at a byte when asked (only the first block matters for CBC)', () => {
    const text = '{"app_id":1,"user_id":"bob","nonce":7}';
    expect(jsonObjectMemberSpans(utf8Encode(text), 12)?.map((m) => m.key)).toEqual(['app_id']);
    expect(jsonObjectMemberSpans(utf8Encode(text), 13)?.map((m) => m.key)).toEqual(['app_id', 'user_id']);
  });

  it('answers null for anything that is not one JSON object', () => {
    for (const text of ['[1]', '"x"', '{"a":1', '{"a" 1}', '{"a":"1}', '{a:1}', '']) expect(spans(text), text).toBeNull();
  });
});

describe('jsonMembersInByteRange', () => {
  it('names the values overlapping a range, whole or partly', () => {
    // Bytes 0–15: {"app_id":1234," — app_id's value ends at byte 14.
    expect(jsonMembersInByteRange(utf8Encode('{"app_id":1234,"user_id":"bob"}'), 0, 16)).toEqual([{ key: 'app_id', whole: true }]);
    // Bytes 0–15: {"user_id":"play — only part of user_id's value.
    expect(jsonMembersInByteRange(utf8Encode('{"user_id":"player-7","payload":""}'), 0, 16)).toEqual([{ key: 'user_id', whole: false }]);
    // A key alone in the range is not a value in it.
    expect(jsonMembersInByteRange(utf8Encode('{"app_id":1,"user_id":"bob"}'), 0, 16)).toEqual([{ key: 'app_id', whole: true }]);
    expect(jsonMembersInByteRange(utf8Encode('not json'), 0, 16)).toEqual([]);
  });
});
