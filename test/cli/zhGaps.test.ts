/**
 * The CLI's last English inside Chinese (issue 12): a scenario file's and a config file's bad
 * fields and JSON errors, a family flag's schema problem and ZEGO's --app-id check. English
 * output is what it always was; Chinese output holds no English sentence.
 */
import { join } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { deflateSync } from 'node:zlib';
import { encodeUserSigText } from '../../src/shared/families/tencent-usersig-v2/format';
import { runTokenlab } from '../support/cliHarness';

const root = join(__dirname, '../..');
const secretFile = join(root, 'examples/zego-secret.txt');
const dir = mkdtempSync(join(tmpdir(), 'tokenlab-zh-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** Each line after the command's name: no two English words in a row outside quotes, flags and paths. */
function expectNoEnglishSentence(stderr: string): void {
  for (const line of stderr.trim().split('\n')) {
    const text = line.replace(/^tokenlab \w+: /, '').replace(/"[^"]*"|“[^”]*”/g, '').replace(/--[\w-]+/g, '').replace(/\S*\/\S*/g, '');
    expect(text, line).not.toMatch(/[A-Za-z]{2,}[\s,]+[A-Za-z]{2,}/);
  }
}

describe('the CLI’s file and flag problems in Chinese', () => {
  const scenario = file('sc.json', JSON.stringify({ platform: 'express', tokenTtlSeconds: -5, renewal: { latencyMs: 'x' }, bogus: 1 }));
  const config = file('srv.json', JSON.stringify({ latency: { minMs: -1 }, faults: { x: 2 } }));
  const notJson = file('bad.json', '{bad');

  it('simulate --scenario: each bad field, and a file that is not JSON', async () => {
    const zh = await runTokenlab(['--lang', 'zh-CN', 'simulate', '--scenario', scenario]);
    expect(zh.stderr).toBe(`tokenlab simulate: 场景文件“${scenario}”有多个字段有误：\n  tokenTtlSeconds 应 ≥ 1\n  renewal.latencyMs 应为数字\n  bogus 不是已知的字段\n`);
    const en = await runTokenlab(['--lang', 'en', 'simulate', '--scenario', scenario]);
    expect(en.stderr).toBe(`tokenlab simulate: the scenario file ${scenario} has bad fields:\n  tokenTtlSeconds must be ≥ 1\n  renewal.latencyMs must be a number\n  bogus is not a known field\n`);
    const bad = await runTokenlab(['--lang', 'zh-CN', 'simulate', '--scenario', notJson]);
    expect(bad.stderr).toBe(`tokenlab simulate: 场景文件“${notJson}”不是有效的 JSON（第 1 个字符处解析出错）\n`);
    const badEn = await runTokenlab(['--lang', 'en', 'simulate', '--scenario', notJson]);
    expect(badEn.stderr).toMatch(/is not valid JSON \(Expected property name/);
  });

  it('serve --config: bad fields and a file that is not JSON', async () => {
    const zh = await runTokenlab(['--lang', 'zh-CN', 'serve', '--config', config, '--port', '0']);
    expect(zh.code).toBe(2);
    expectNoEnglishSentence(zh.stderr);
    expect(zh.stderr).toContain('faults：多余的字段 "x"');
    const en = await runTokenlab(['--lang', 'en', 'serve', '--config', config, '--port', '0']);
    expect(en.stderr).toContain('faults: Unrecognized key: "x"');
    const bad = await runTokenlab(['--lang', 'zh-CN', 'serve', '--config', notJson, '--port', '0']);
    expect(bad.stderr).toContain('（第 1 个字符处解析出错）');
  });

  it('generate: a flag the family’s schema refuses, and ZEGO’s --app-id check', async () => {
    const tencent = ['generate', 'tencent', '--app-id', '1400000000', '--user-id', 'u', '--ttl', '60', '--room-id', '1', '--str-room-id', 'x', '--secret-file', secretFile];
    expect((await runTokenlab(['--lang', 'zh-CN', ...tencent])).stderr).toBe('tokenlab generate: --str-room-id 数字房间号和字符串房间号只能给一个。\n');
    expect((await runTokenlab(['--lang', 'en', ...tencent])).stderr).toBe('tokenlab generate: --str-room-id Give either a numeric room id or a string room id, not both.\n');
    const zego = ['generate', 'zego', '--app-id', '0', '--user-id', 'u', '--ttl', '1h', '--secret-file', secretFile];
    expect((await runTokenlab(['--lang', 'zh-CN', ...zego])).stderr).toBe('tokenlab generate: appID 无效：--app-id 应为 1 到 4294967295 之间的整数，收到的是 "0"\n');
    expect((await runTokenlab(['--lang', 'en', ...zego])).stderr).toBe('tokenlab generate: appID invalid: --app-id must be a whole number from 1 to 4294967295, got "0"\n');
  });
});

describe('a UserSig whose userbuf is not a PrivateMapKey', () => {
  const json = { 'TLS.ver': '2.0', 'TLS.identifier': 'alice', 'TLS.sdkappid': 1400000000, 'TLS.expire': 86400, 'TLS.time': 1_700_000_000, 'TLS.userbuf': Buffer.from([7, 1, 2]).toString('base64'), 'TLS.sig': Buffer.alloc(32).toString('base64') };
  const token = encodeUserSigText(deflateSync(Buffer.from(JSON.stringify(json))));

  it('shows userbufParseError in the reader’s language in text, and the engine’s English in --json', async () => {
    const zh = await runTokenlab(['--lang', 'zh-CN', 'inspect', '--now', '1700000000', token]);
    const field = /userbufParseError=("[^"]*")/.exec(zh.stdout)?.[1] ?? '';
    expect(field, zh.stdout).toMatch(/[\u4e00-\u9fff]/);
    expect(field).toContain('7');
    expect(field).not.toMatch(/unknown|version/);
    const en = await runTokenlab(['--lang', 'en', 'inspect', '--now', '1700000000', token]);
    expect(en.stdout).toContain('userbufParseError="unknown PrivateMapKey version 7"');
    const json = await runTokenlab(['--lang', 'zh-CN', 'inspect', '--json', '--now', '1700000000', token]);
    expect(JSON.parse(json.stdout.split('\n')[0] ?? '').fields.userbufParseError).toBe('unknown PrivateMapKey version 7');
  });
});
