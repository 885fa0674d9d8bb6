import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { sendLoginCallback, signLoginCallback, wordDecision, type LoginCallbackRequestInput } from '../../../src/main/commsease/loginCallbackTester';
import { decideLoginCallback, type CallbackExchange } from '../../../src/shared/commsease/callbackDecision';
import { verifyCallback } from '../../../src/main/commsease/callbackVerifier';
import { startFakeCallbackServer, type FakeCallbackServer } from '../../support/fakeCallbackServer';
import { closedPort } from '../../support/fakeCommsEase';

const APP_KEY = '158983881e092b052194d219453d6542';
const APP_SECRET = 'callback-app-secret';
const NOW_MS = 1_750_000_000_123;

let server: FakeCallbackServer;

function input(overrides: Partial<LoginCallbackRequestInput> = {}): LoginCallbackRequestInput {
  return {
    url: server.url,
    appKey: APP_KEY,
    appSecret: APP_SECRET,
    accid: 'wm1',
    token: 'the-users-token',
    clientType: 'IOS',
    clientIp: '10.1.2.3',
    loginExt: 'tenant=7',
    nowMs: NOW_MS,
    ...overrides,
  };
}

beforeEach(async () => {
  server = await startFakeCallbackServer({ appSecret: APP_SECRET });
  server.users.set('wm1', 'the-users-token');
});
afterEach(async () => {
  await server.close();
});

describe('login callback tester against a customer server that checks MD5 and CheckSum itself', () => {
  it('sends what CommsEase sends: headers, JSON body, and the server accepts the signature', async () => {
    const report = await sendLoginCallback(input(), nodeCryptoPort);
    const received = server.received[0]!;
    expect(received.md5Valid).toBe(true);
    expect(received.checkSumValid).toBe(true);
    expect(received.headers.appkey).toBe(APP_KEY);
    expect(received.headers.curtime).toBe(String(NOW_MS));
    expect(received.headers['content-type']).toBe('application/json;charset=utf-8');
    expect(received.body).toMatchObject({ eventType: 36, fromAccount: 'wm1', fromClientType: 'IOS', fromClientIp: '10.1.2.3', token: 'the-users-token', loginExt: 'tenant=7' });
    expect(report.decision.kind).toBe('login_allowed');
    expect(report.response?.status).toBe(200);
    expect(report.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  it('shows the request with the token masked, and never the AppSecret', async () => {
    const report = await sendLoginCallback(input(), nodeCryptoPort);
    const shown = JSON.stringify(report);
    expect(shown).not.toContain('the-users-token');
    expect(shown).not.toContain(APP_SECRET);
    expect(report.request.bodyShown).toContain('"token":"•••"');
    expect(report.request.headers.MD5).toBe(server.received[0]!.headers.md5);
  });

  it('reports a refusal as the 302 the client would see', async () => {
    const report = await sendLoginCallback(input({ token: 'wrong-token' }), nodeCryptoPort);
    expect(report.decision.kind).toBe('login_refused');
    expect(report.decision.clientExperience).toContain('302');
    expect(report.decision.responseCode).toBe(20001);
  });

  it('a server with another AppSecret refuses: its own signature check fails', async () => {
    const report = await sendLoginCallback(input({ appSecret: 'other-secret' }), nodeCryptoPort);
    expect(server.received[0]!.checkSumValid).toBe(false);
    expect(server.received[0]!.md5Valid).toBe(true);
    expect(report.decision.kind).toBe('login_refused');
  });

  it('explains a slow server as a timeout left to the console default policy', async () => {
    server.setBehaviour({ kind: 'slow', delayMs: 1500 });
    const report = await sendLoginCallback(input(), nodeCryptoPort, { timeoutMs: 150 });
    expect(report.response).toBeNull();
    expect(report.decision.kind).toBe('default_policy_timeout');
    expect(report.decision.clientExperience).toContain('default result');
  });

  it('explains non-2xx answers, non-JSON answers and answers without errCode', async () => {
    server.setBehaviour({ kind: 'http_status', status: 500 });
    expect((await sendLoginCallback(input(), nodeCryptoPort)).decision.kind).toBe('default_policy_http_error');
    server.setBehaviour({ kind: 'not_json' });
    expect((await sendLoginCallback(input(), nodeCryptoPort)).decision.reason).toContain('not JSON');
    server.setBehaviour({ kind: 'no_err_code' });
    expect((await sendLoginCallback(input(), nodeCryptoPort)).decision.reason).toContain('no "errCode"');
  });

  it('explains a closed port as unreachable', async () => {
    const port = await closedPort();
    const report = await sendLoginCallback(input({ url: `http://127.0.0.1:${port}/cb` }), nodeCryptoPort);
    expect(report.decision.kind).toBe('default_policy_unreachable');
    expect(report.decision.reason).toContain('connection refused');
  });

  it('refuses a URL that is not http(s)', () => {
    expect(() => signLoginCallback(input({ url: 'file:///etc/passwd' }), nodeCryptoPort)).toThrow(/http/);
  });
});

describe('callback verifier', () => {
  function captured(overrides: Partial<LoginCallbackRequestInput> = {}): { headers: string; body: string } {
    const signed = signLoginCallback(input({ url: 'https://customer.example/cb', ...overrides }), nodeCryptoPort);
    return { headers: Object.entries(signed.headers).map(([k, v]) => `${k}: ${v}`).join('\n'), body: signed.body };
  }
  const verify = (headers: string, body: string, secret = APP_SECRET, appKey = APP_KEY) =>
    verifyCallback({ rawHeaders: headers, rawBody: body, appKey, appSecret: secret, nowMs: NOW_MS + 5000 }, nodeCryptoPort);

  it('accepts a callback signed with the profile AppSecret', () => {
    const { headers, body } = captured();
    const result = verify(headers, body);
    expect(result.verdict).toBe('valid');
    expect(result.md5.status).toBe('ok');
    expect(result.checkSum.status).toBe('ok');
    expect(result.curTime.note).toBe('Sent 5 s ago (by CurTime).');
    expect(result.explanation).toContain('its own logic');
  });

  it('says the MD5 failed (a body bug) when the body was re-serialised, while the CheckSum still holds', () => {
    const { headers, body } = captured();
    const result = verify(headers, JSON.stringify(JSON.parse(body), null, 2));
    expect(result.verdict).toBe('md5_mismatch');
    expect(result.checkSum.status).toBe('ok');
    expect(result.explanation).toContain('not byte-for-byte');
  });

  it('says the CheckSum failed (a secret bug) when another AppSecret is used, while the MD5 holds', () => {
    const { headers, body } = captured();
    const result = verify(headers, body, 'wrong-secret');
    expect(result.verdict).toBe('checksum_mismatch');
    expect(result.md5.status).toBe('ok');
    expect(result.explanation).toContain('AppSecret');
    expect(JSON.stringify(result)).not.toContain('wrong-secret');
  });

  it('names a trailing newline added by the paste', () => {
    const { headers, body } = captured();
    const result = verify(headers, `${body}\n`);
    expect(result.verdict).toBe('md5_mismatch');
    expect(result.md5.hint).toContain('trailing');
  });

  it('reports missing headers as incomplete, and an AppKey of another app', () => {
    const { headers, body } = captured();
    expect(verify(headers.split('\n').filter((l) => !l.startsWith('MD5')).join('\n'), body).verdict).toBe('incomplete');
    const other = verify(headers, body, APP_SECRET, 'another-app-key');
    expect(other.appKey.status).toBe('differs');
  });

  it('accepts header names in any case, as in the docs cURL example', () => {
    const { headers, body } = captured();
    expect(verify(headers.toLowerCase(), body).verdict).toBe('valid');
  });

  it('notes the eventType 35 of the docs example', () => {
    const body = '{"eventType":35,"fromAccount":"wm1","fromClientType":"AOS","token":"t"}';
    const md5 = nodeCryptoPort.md5Hex(body);
    const curTime = String(NOW_MS);
    const checkSum = nodeCryptoPort.sha1Hex(APP_SECRET + md5 + curTime);
    const result = verify(`AppKey: ${APP_KEY}\nCurTime: ${curTime}\nMD5: ${md5}\nCheckSum: ${checkSum}`, body);
    expect(result.verdict).toBe('valid');
    expect(result.body?.note).toContain('35');
  });
});

describe('callback verifier in Chinese', () => {
  const verifyIn = (language: 'en' | 'zh-CN', headers: string, body: string, secret = APP_SECRET, appKey = APP_KEY) =>
    verifyCallback({ rawHeaders: headers, rawBody: body, appKey, appSecret: secret, nowMs: NOW_MS + 5000 }, nodeCryptoPort, language);
  function captured(): { headers: string; body: string } {
    const signed = signLoginCallback(input({ url: 'https://customer.example/cb' }), nodeCryptoPort);
    return { headers: Object.entries(signed.headers).map(([k, v]) => `${k}: ${v}`).join('\n'), body: signed.body };
  }

  it('explains every verdict, the paste hint and the CurTime note in Chinese, with the same verdicts as in English', () => {
    const { headers, body } = captured();
    const cases: Array<[string, string, string?, string?]> = [
      [headers, body],
      [headers, `${body}\n`],
      [headers, body, 'wrong-secret'],
      [headers, `${body}\n`, 'wrong-secret', 'another-app-key'],
      [headers.split('\n').filter((l) => !l.startsWith('MD5')).join('\n'), body],
    ];
    const seen = new Set<string>();
    for (const [h, b, secret, appKey] of cases) {
      const en = verifyIn('en', h, b, secret, appKey);
      const zh = verifyIn('zh-CN', h, b, secret, appKey);
      seen.add(zh.verdict);
      expect(zh.verdict).toBe(en.verdict);
      expect(zh.explanation, zh.verdict).toMatch(/[\u4e00-\u9fff]/);
      expect(zh.explanation).not.toContain('main.');
      expect(zh.explanation).not.toBe(en.explanation);
    }
    expect([...seen].sort()).toEqual(['checksum_mismatch', 'incomplete', 'md5_and_checksum_mismatch', 'md5_mismatch', 'valid']);
    const trailing = verifyIn('zh-CN', headers, `${body}\n`);
    expect(trailing.md5.hint).toBe('去掉粘贴内容末尾的空白或换行后 MD5 一致：这是粘贴时加上的，原始请求体没有问题。');
    expect(trailing.explanation.endsWith(trailing.md5.hint!)).toBe(true);
    expect(verifyIn('zh-CN', headers, body).curTime.note).toBe('5 秒前发送（按 CurTime）。');
    const other = verifyIn('zh-CN', headers, body, APP_SECRET, 'another-app-key');
    expect(other.explanation).toContain('AppKey 请求头不是这个档案的 AppKey');
    // A pasted line that is not a header, and a repeated one, are reported in the reader's language.
    const messy = `${headers}\nnot a header\nMD5: 0`;
    const lines = messy.split('\n').length;
    expect(verifyIn('zh-CN', messy, body).headerProblems).toEqual([`第 ${lines - 1} 行不是“名称: 值”形式的请求头`, `第 ${lines} 行重复了请求头“MD5”；使用第一个值`]);
    expect(verifyIn('en', messy, body).headerProblems).toEqual([`line ${lines - 1} is not a "Name: value" header`, `line ${lines} repeats the header "MD5"; the first value is used`]);
  });
});

describe('the login-callback decision in Chinese', () => {
  const exchanges: CallbackExchange[] = [
    { kind: 'timeout', timeoutMs: 2000 },
    { kind: 'unreachable', detail: 'connection refused' },
    { kind: 'answered', status: 500, body: '' },
    { kind: 'answered', status: 200, body: '{"errCode": 0}' },
    { kind: 'answered', status: 200, body: '{"errCode": 1}' },
    // Answers that cannot be read: what is wrong with them is worded too.
    { kind: 'answered', status: 200, body: 'ok' },
    { kind: 'answered', status: 200, body: '[0]' },
    { kind: 'answered', status: 200, body: '{"code": 0}' },
    { kind: 'answered', status: 200, body: '{"errCode": 0.5}' },
    { kind: 'answered', status: 200, body: '{"errCode": "0"}' },
    { kind: 'answered', status: 200, body: '{"errCode": {}}' },
    { kind: 'answered', status: 200, body: '{"errCode": null}' },
  ];

  it.each(exchanges)("words the engine's decision in English exactly as the engine does (%o)", (exchange) => {
    const decision = decideLoginCallback(exchange);
    expect(wordDecision(decision, exchange, 'en')).toEqual(decision);
  });

  it.each(exchanges)('words it in Chinese, keeping its kind and codes (%o)', (exchange) => {
    const decision = decideLoginCallback(exchange);
    const zh = wordDecision(decision, exchange, 'zh-CN');
    expect({ ...zh, clientExperience: '', reason: '' }).toEqual({ ...decision, clientExperience: '', reason: '' });
    expect(zh.clientExperience).toMatch(/[\u4e00-\u9fff]/);
    expect(zh.reason).toMatch(/[\u4e00-\u9fff]|^HTTP 2xx，/);
    expect(zh.reason).not.toContain('main.');
  });

  it('names what is wrong with an unreadable answer in Chinese', () => {
    const exchange: CallbackExchange = { kind: 'answered', status: 200, body: '{"errCode": "0"}' };
    expect(wordDecision(decideLoginCallback(exchange), exchange, 'zh-CN').reason).toBe('"errCode" 必须是整数，收到的是字符串');
  });

  it("reports the customer server's refusal in Chinese", async () => {
    const report = await sendLoginCallback(input({ token: 'not-the-users-token' }), nodeCryptoPort, { language: 'zh-CN' });
    expect(report.decision.kind).toBe('login_refused');
    expect(report.decision.clientExperience).toBe('登录失败：SDK 报告错误码 302（accid 与令牌不匹配）。');
  });
});
