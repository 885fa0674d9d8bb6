import { describe, expect, it } from 'vitest';
import { parseRawHeaders } from '../../../src/shared/commsease/rawHeaders';

describe('parseRawHeaders', () => {
  it('reads the HTTP example of the CommsEase docs, request line and CRLF included', () => {
    const text =
      'POST /receiveMsg.action HTTP/1.1\r\nHost: yunxinservice.com.cn\r\nAppKey: 158983881e092b052194d219453d6542\r\nCurTime: 1541583920979\r\nMD5: e89c284a5ad9a76b3176e23108920f81\r\nCheckSum: 6f08c5ee2dd16a5fc34a12005e5d5f1411e657a1\r\nContent-Type: application/json\r\n';
    const { values, problems } = parseRawHeaders(text);
    expect(problems).toEqual([]);
    expect(values.get('appkey')).toBe('158983881e092b052194d219453d6542');
    expect(values.get('curtime')).toBe('1541583920979');
    expect(values.get('md5')).toBe('e89c284a5ad9a76b3176e23108920f81');
    expect(values.get('checksum')).toBe('6f08c5ee2dd16a5fc34a12005e5d5f1411e657a1');
  });

  it("reads curl's -H 'name: value' lines, whose names are lower case", () => {
    const { values } = parseRawHeaders("curl -X POST \\\n  -H 'checksum: abc' \\\n  -H \"md5: def\" \\\n");
    expect(values.get('checksum')).toBe('abc');
    expect(values.get('md5')).toBe('def');
  });

  it('reports lines that are not headers and repeated headers by line number, keeping the first value', () => {
    const { values, problems } = parseRawHeaders('MD5: one\nthis is not a header\nmd5: two');
    expect(values.get('md5')).toBe('one');
    expect(problems).toEqual([
      { kind: 'notAHeader', line: 2 },
      { kind: 'repeated', line: 3, name: 'md5' },
    ]);
  });

  it('keeps a colon inside the value', () => {
    expect(parseRawHeaders('Host: 127.0.0.1:8080').values.get('host')).toBe('127.0.0.1:8080');
  });
});
