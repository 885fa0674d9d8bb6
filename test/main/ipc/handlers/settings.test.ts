/**
 * `settings:setLanguage` through the real dispatcher: only a language the catalogues have is
 * taken, and once the page picked Chinese, main's questions and its errors read in Chinese —
 * while English stays exactly what main always said.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { IpcReply } from '../../../../src/shared/ipc/reply';
import { startIpcTestApp, type IpcTestApp } from '../../../support/ipcTestApp';
import { closedPort } from '../../../support/fakeCommsEase';

let app: IpcTestApp;
let ceId = '';

const errorOf = (reply: IpcReply<unknown>) => {
  if (reply.ok) throw new Error('expected an error reply');
  return reply.error;
};

beforeAll(async () => {
  app = await startIpcTestApp();
  const added = await app.dispatch('profiles:add', { provider: 'commsease', name: '云信 测试', env: 'dev', appKey: 'settings-app-key', secret: 'settings-secret' });
  if (!added.ok) throw new Error('could not add the test profile');
  ceId = (added.value as { profile: { id: string } }).profile.id;
});
afterAll(async () => {
  await app.close();
});
beforeEach(async () => {
  await app.dispatch('settings:setLanguage', { language: 'en' });
  app.confirm.questions.length = 0;
  app.confirm.answer = false;
});

describe('settings:setLanguage', () => {
  it('takes en and zh-CN and answers the language main now speaks', async () => {
    expect(await app.dispatch('settings:setLanguage', { language: 'zh-CN' })).toEqual({ ok: true, value: { language: 'zh-CN' } });
    expect(app.services.language.current()).toBe('zh-CN');
    expect(await app.dispatch('settings:setLanguage', { language: 'en' })).toEqual({ ok: true, value: { language: 'en' } });
    expect(app.services.language.current()).toBe('en');
  });

  it.each([
    ['another language', { language: 'fr' }],
    ['a bare "zh"', { language: 'zh' }],
    ['a locale tag main would otherwise match', { language: 'zh_CN.UTF-8' }],
    ['"system" (the page resolves it first)', { language: 'system' }],
    ['no language', {}],
    ['an extra key', { language: 'zh-CN', also: 1 }],
    ['a string instead of an object', 'zh-CN'],
    ['null', null],
    ['a prototype trick', JSON.parse('{"__proto__": {"language": "zh-CN"}}')],
  ])('refuses %s with INVALID_INPUT and keeps the language it had', async (_label, request) => {
    await app.dispatch('settings:setLanguage', { language: 'zh-CN' });
    const reply = await app.dispatch('settings:setLanguage', request);
    expect(errorOf(reply).code).toBe('INVALID_INPUT');
    expect(app.services.language.current()).toBe('zh-CN');
    expect(app.logs.at(-1)).toBe('ipc settings:setLanguage → INVALID_INPUT');
  });
});

describe("main's messages follow the page's language", () => {
  it("words a handler's error in Chinese once the page picked Chinese, and in main's English otherwise", async () => {
    expect(errorOf(await app.dispatch('tokenServer:rotateKey', {}))).toEqual({ code: 'INVALID_INPUT', message: 'the token server is not running' });
    await app.dispatch('settings:setLanguage', { language: 'zh-CN' });
    expect(errorOf(await app.dispatch('tokenServer:rotateKey', {}))).toEqual({ code: 'INVALID_INPUT', message: '令牌服务器没有运行' });
    expect(errorOf(await app.dispatch('profiles:rename', { id: '0123456789abcdef', name: 'x' })).message).toBe('没有 ID 为 0123456789abcdef 的档案');
  });

  it('says in Chinese why an import is not a profiles export, its schema problem included', async () => {
    await app.dispatch('settings:setLanguage', { language: 'zh-CN' });
    const error = errorOf(await app.dispatch('profiles:import', { json: '{"kind": "something else"}' }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/^不是 TokenLab 的档案导出文件：format：/);
    expect(error.message).not.toMatch(/Invalid|expected/);
    await app.dispatch('settings:setLanguage', { language: 'en' });
    expect(errorOf(await app.dispatch('profiles:import', { json: '{"kind": "something else"}' })).message).toMatch(/^not a TokenLab profiles export: format: /);
  });

  it('says in Chinese why a pasted text cannot go on the board, and which request was invalid', async () => {
    await app.dispatch('settings:setLanguage', { language: 'zh-CN' });
    const error = errorOf(await app.dispatch('history:add', { items: [{ token: 'not a token at all', source: 'pasted' }] }));
    expect(error.message).toMatch(/^不是能读出过期时间的令牌：/);
    const invalid = errorOf(await app.dispatch('history:add', { items: [] }));
    expect(invalid.message).toMatch(/^history:add 的请求无效：items/);
    await app.dispatch('settings:setLanguage', { language: 'en' });
    expect(errorOf(await app.dispatch('history:add', { items: [] })).message).toMatch(/^invalid request for history:add: items/);
  });

  it('asks the prod question in Chinese, and says in Chinese that the server did not start', async () => {
    await app.dispatch('settings:setLanguage', { language: 'zh-CN' });
    const error = errorOf(await app.dispatch('tokenServer:start', { allowProd: true }));
    expect(app.confirm.questions.map((q) => q.title)).toEqual(['要提供生产环境档案的令牌吗？']);
    expect(error.message).toBe('没有确认提供 prod 档案；服务器未启动');
  });

  it('asks before sending stored tokens in Chinese, with Chinese buttons, and refuses in Chinese', async () => {
    await app.dispatch('settings:setLanguage', { language: 'zh-CN' });
    const url = `http://127.0.0.1:${await closedPort()}/cb`;
    const error = errorOf(await app.dispatch('commsease:casesRun', { profileId: ceId, url }));
    const [question] = app.confirm.questions;
    expect(question).toMatchObject({ title: '要把已保存的令牌发送到这台服务器吗？', confirmLabel: '发送', cancelLabel: '取消' });
    expect(question?.message).toContain('档案“云信 测试”[dev]');
    expect(error).toEqual({ code: 'NOT_CONFIRMED', message: `未批准把 云信 测试 已保存的令牌发送到 ${new URL(url).origin}；没有发送任何内容` });
  });

  it('says in Chinese why an import skipped a profile', async () => {
    const exported = await app.dispatch('profiles:export', { ids: [ceId] });
    if (!exported.ok) throw new Error(exported.error.message);
    const document = JSON.parse((exported.value as { json: string }).json) as { profiles: Array<Record<string, unknown>> };
    document.profiles.push({ ...document.profiles[0], name: 'another', provider: 'nope' });
    const json = JSON.stringify(document);
    const english = await app.dispatch('profiles:import', { json });
    await app.dispatch('settings:setLanguage', { language: 'zh-CN' });
    const chinese = await app.dispatch('profiles:import', { json });
    if (!english.ok || !chinese.ok) throw new Error('the import was refused');
    expect((english.value as { skipped: unknown[] }).skipped).toEqual([
      { name: '云信 测试', reason: 'a profile with this name already exists' },
      { name: 'another', reason: 'provider: not a known token family ("nope")' },
    ]);
    expect((chinese.value as { skipped: unknown[] }).skipped).toEqual([
      { name: '云信 测试', reason: '已有同名档案' },
      { name: 'another', reason: 'provider：不是已知的令牌类型（“nope”）' },
    ]);
  });

  it('explains a pasted callback in Chinese', async () => {
    await app.dispatch('settings:setLanguage', { language: 'zh-CN' });
    const reply = await app.dispatch('commsease:callbackVerify', { profileId: ceId, headers: 'AppKey: settings-app-key', body: '{}' });
    if (!reply.ok) throw new Error(reply.error.message);
    const result = reply.value as { verdict: string; explanation: string };
    expect(result.verdict).toBe('incomplete');
    expect(result.explanation).toBe('粘贴的请求头缺少 MD5，以及 CheckSum 或 CurTime；云信总是会发送 AppKey、CurTime、MD5 和 CheckSum。');
  });
});
