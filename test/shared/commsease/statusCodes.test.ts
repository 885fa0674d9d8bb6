import { describe, expect, it } from 'vitest';
import { mainT } from '../../../src/main/i18n/mainText';
import { describeCommsEaseStatus, explainCommsEaseStatus } from '../../../src/shared/commsease/statusCodes';

describe('CommsEase status codes', () => {
  it('gives the documented meaning, and says when a code is not in the table', () => {
    expect(describeCommsEaseStatus(416).meaning).toBe('Rate upper limit is reached.');
    expect(explainCommsEaseStatus(414)).toMatch(/^414 Error parameters\. \(also the answer to a failed CheckSum/);
    expect(describeCommsEaseStatus(12345).meaning).toBe('Not in the CommsEase status code table.');
  });

  it('reads in Chinese for a Chinese reader: meaning and hint from the catalogue, the code as it is', () => {
    const zh = mainT('zh-CN');
    expect(explainCommsEaseStatus(414, zh)).toMatch(/^414：参数错误。（CheckSum 校验失败时也返回它：/);
    expect(explainCommsEaseStatus(406, zh)).toBe('406：对象只读。');
    expect(describeCommsEaseStatus(12345, zh).meaning).toBe('不在云信状态码表中。');
    // English stays what the table always said.
    expect(explainCommsEaseStatus(406)).toBe('406 Read-only object.');
  });
});
