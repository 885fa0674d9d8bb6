/**
 * The CLI speaks the reader's language: --lang, else LC_ALL / LC_MESSAGES / LANG. Headline,
 * reasons, diagnoses, the summary, help and usage errors are in Chinese for zh-CN, while
 * --json keeps its keys and the engine's English reason for scripts.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runTokenlab } from '../support/cliHarness';

const root = join(__dirname, '../..');
const secretFile = join(root, 'examples/zego-secret.txt');
const log = readFileSync(join(root, 'examples/app.log'), 'utf8');
const verify = ['verify', '--secret-file', secretFile, '--app-id', '1234567890'];
const NOW = 1_800_000_000;

describe('the CLI in Chinese', () => {
  it('--lang zh-CN words the headline, reason, diagnoses and summary in Chinese', async () => {
    const r = await runTokenlab(['--lang', 'zh-CN', ...verify], { stdin: log, now: NOW });
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^#1 有效 · ZEGO Token04 \(GCM\) · 用户 "alice" · 应用 1234567890 · 2090-04-18T09:08:53Z（\d+年后过期）$/);
    expect(lines[1]).toMatch(/^ {3}签名校验通过；\d+年后过期$/);
    expect(r.stdout).toContain('权限：可登录房间 `demo-room`；可推任意流');
    expect(r.stdout).toMatch(/#3 已过期 · .*（\d(\.\d)?年前已过期）\n {3}签名校验通过，但已于\d(\.\d)?年前过期\n/);
    expect(r.stdout).toMatch(/! \d(\.\d)?年前已过期，过期时间 2024-01-01T00:01:00Z。/);
    expect(r.stdout).toContain('#4 格式错误 · 未知格式');
    expect(r.stdout).toContain('在第 3 个字符处停止解析');
    expect(r.stderr).toBe('4 个令牌：有效 2 个，已过期 1 个，格式错误 1 个\n');
  });

  it('follows LANG / LC_ALL when there is no --lang, and --lang en wins over them', async () => {
    const zh = await runTokenlab(verify, { stdin: log, now: NOW, env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stderr).toBe('4 个令牌：有效 2 个，已过期 1 个，格式错误 1 个\n');
    const all = await runTokenlab(verify, { stdin: log, now: NOW, env: { LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' } });
    expect(all.stderr).toBe(zh.stderr);
    const en = await runTokenlab([...verify, '--lang=en'], { stdin: log, now: NOW, env: { LC_ALL: 'zh_CN.UTF-8' } });
    expect(en.stderr).toBe('4 tokens: 2 valid, 1 expired, 1 malformed\n');
  });

  it('English reads long spans as years too, not thousands of days', async () => {
    const r = await runTokenlab(verify, { stdin: log, now: NOW });
    expect(r.stdout).toMatch(/^#1 VALID · .* \(expires in \d+ years\)\n {3}authentic; expires in \d+ years\n/);
    expect(r.stdout).toMatch(/#3 EXPIRED · .* \(expired \d(\.\d)? years ago\)\n {3}authentic, but expired \d(\.\d)? years ago\n/);
    expect(r.stdout).not.toMatch(/\d+ d \d+ h/);
  });

  it('--json keeps its keys and the English reason whatever the language', async () => {
    const en = await runTokenlab([...verify, '--json'], { stdin: log, now: NOW });
    const zh = await runTokenlab([...verify, '--json', '--lang', 'zh-CN'], { stdin: log, now: NOW });
    expect(zh.stdout).toBe(en.stdout);
    const first = JSON.parse(en.stdout.split('\n')[0]!) as Record<string, unknown>;
    expect(Object.keys(first)).toEqual(['line', 'format', 'layout', 'verdict', 'reason', 'offset', 'offsetIn', 'trimmed', 'fields', 'expiresAt', 'issuedAt', 'privilege', 'diagnoses']);
    expect(first['reason']).toMatch(/^authentic; expires in \d+ d/);
  });

  it('help and usage errors are in Chinese; command syntax stays as typed', async () => {
    const help = await runTokenlab(['--lang', 'zh-CN', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^tokenlab — 检查、验证和生成 RTC 鉴权令牌/);
    expect(help.stdout).toContain('tokenlab verify  [TOKEN...] (--secret-file PATH | --profile NAME)');
    const verifyHelp = await runTokenlab(['verify', '--help'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(verifyHelp.stdout).toMatch(/^用法：tokenlab verify/);
    expect(verifyHelp.stdout).toContain('示例：');
    const bad = await runTokenlab(['inspect', '--bogus'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(bad).toMatchObject({ code: 2, stderr: 'tokenlab inspect: 未知选项 --bogus\n' });
    const secret = await runTokenlab(['verify', '--secret', 'x'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(secret.stderr).toBe('tokenlab verify: 请使用 --secret-file 或 --profile（密钥从不放在命令行上）\n');
    const unknown = await runTokenlab(['inspekt'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(unknown.stderr).toBe('tokenlab: 未知命令 "inspekt"。请运行 "tokenlab --help"。\n');
  });

  it('profile errors name the platform in Chinese, and as before in English', async () => {
    const zh = await runTokenlab(['--lang', 'zh-CN', 'profile', 'add', '--provider', 'zego', '--name', 'x']);
    expect(zh.stderr).toBe('tokenlab profile: 即构 ZEGOCLOUD 档案必须提供 --app-id\n');
    const other = await runTokenlab(['--lang', 'zh-CN', 'profile', 'add', '--provider', 'zego', '--name', 'x', '--app-key', 'k']);
    expect(other.stderr).toBe('tokenlab profile: --app-key 用于 网易云信 档案；zego 使用 --app-id\n');
    const en = await runTokenlab(['profile', 'add', '--provider', 'zego', '--name', 'x', '--app-key', 'k']);
    expect(en.stderr).toBe('tokenlab profile: --app-key is for NetEase CommsEase profiles; zego uses --app-id\n');
  });

  it('generate, simulate and file errors speak Chinese too', async () => {
    const env = { LANG: 'zh_CN.UTF-8' };
    const ttl = await runTokenlab(['generate', 'zego', '--app-id', '1', '--user-id', 'a', '--ttl', '1x', '--secret-file', secretFile], { env });
    expect(ttl).toMatchObject({ code: 2, stderr: 'tokenlab generate: --ttl 接受秒数或 90s、45m、1h、1h30m、7d 这样的时长，收到的是 "1x"\n' });
    const help = await runTokenlab(['generate', 'zego', '--help'], { env });
    expect(help.stdout).toMatch(/^用法：tokenlab generate zego/);
    expect(help.stdout).toContain('必填');
    const sim = await runTokenlab(['simulate', '--preset', 'nope'], { env });
    expect(sim.stderr).toMatch(/^tokenlab simulate: 没有名为 "nope" 的预设；已有：healthy, /);
    const missing = await runTokenlab(['verify', '--secret-file', join(root, 'no-such-file')], { env });
    expect(missing.stderr).toBe(`tokenlab verify: 无法读取密钥文件 ${join(root, 'no-such-file')}（ENOENT）\n`);
    const stdin = await runTokenlab(['simulate', '--scenario', '-'], { env, stdin: '{"platform":"zim"}' });
    expect(stdin.stderr).toBe('tokenlab simulate: 标准输入中的场景有一个字段有误：\n  tokenTtlSeconds 必须填写\n');
  });

  it('profile: the table lines up Chinese headers and names; messages and help in Chinese', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { createMemorySecretStore } = await import('../../src/main/vault/memorySecretStore');
    const home = mkdtempSync(join(tmpdir(), 'tokenlab-cli-i18n-'));
    const secrets = createMemorySecretStore();
    const env = { LANG: 'zh_CN.UTF-8', TOKENLAB_HOME: home };
    try {
      const secret = readFileSync(secretFile, 'utf8');
      const added = await runTokenlab(['profile', 'add', '--provider', 'zego', '--name', '声网 测试', '--app-id', '1234567890', '--env', '生产'], { env, secretStore: secrets, stdin: secret });
      expect(added.stdout).toMatch(/^已添加 声网 测试（zego，.*环境 生产，指纹 /);
      await runTokenlab(['profile', 'add', '--provider', 'zego', '--name', 'staging', '--app-id', '1234567890'], { env, secretStore: secrets, stdin: secret });
      const list = await runTokenlab(['profile', 'list'], { env, secretStore: secrets });
      const [header, ...rows] = list.stdout.trimEnd().split('\n');
      expect(header).toMatch(/^名称 +平台 +环境 +应用 +指纹$/);
      const { displayWidth } = await import('../../src/cli/textWidth');
      const columnOf = (row: string, cell: string) => displayWidth(row.slice(0, row.indexOf(cell)));
      expect(columnOf(rows[0]!, 'zego')).toBe(columnOf(header!, '平台'));
      expect(columnOf(rows[1]!, 'zego')).toBe(columnOf(header!, '平台'));
      await runTokenlab(['profile', 'retag', '声网 测试', 'prod'], { env, secretStore: secrets });
      const refused = await runTokenlab(['profile', 'rm', '声网 测试'], { env, secretStore: secrets });
      expect(refused).toMatchObject({ code: 2, stderr: 'tokenlab profile: 未经确认，拒绝执行删除档案 "声网 测试" [prod]：请在终端中运行以便确认，或加上 --yes\n' });
      const unknown = await runTokenlab(['profile', 'frob'], { env, secretStore: secrets });
      expect(unknown.stderr).toMatch(/^tokenlab profile: 未知的 profile 子命令 "frob"\n用法：\n/);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('commsease: help, usage errors and the unknown-command help in Chinese, client types filled in', async () => {
    const env = { LANG: 'zh_CN.UTF-8' };
    const help = await runTokenlab(['commsease', '--help'], { env });
    expect(help.stdout).toMatch(/^用法：\n {2}tokenlab commsease static set/);
    expect(help.stdout).toContain('客户端类型：AOS, IOS, PC, WINPHONE, WEB, REST。');
    const unknown = await runTokenlab(['commsease', 'static', 'frob'], { env });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^tokenlab commsease: 未知的 static 子命令 "frob"\n用法：\n[\s\S]*客户端类型：AOS, /);
    const secret = await runTokenlab(['commsease', 'static', 'set', '--token=abc'], { env });
    expect(secret.stderr).toBe('tokenlab commsease: 令牌和密钥从不通过选项传入：请通过标准输入传入，或在隐藏输入提示中键入\n');
  });
  it('a missing profile is named in the language of the run', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { createMemorySecretStore } = await import('../../src/main/vault/memorySecretStore');
    const secretStore = createMemorySecretStore();
    const home = mkdtempSync(join(tmpdir(), 'tokenlab-cli-i18n-'));
    try {
      const zh = await runTokenlab(['verify', '--profile', 'nope', 'x'], { env: { LANG: 'zh_CN.UTF-8', TOKENLAB_HOME: home }, secretStore });
      expect(zh.stderr).toMatch(/^tokenlab verify: 没有名为“nope”的档案（还没有任何档案）/);
      const en = await runTokenlab(['verify', '--profile', 'nope', 'x'], { env: { TOKENLAB_HOME: home }, secretStore });
      expect(en.stderr).toMatch(/^tokenlab verify: no profile named "nope"/);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('--list-presets names the presets in the screen\'s words, Chinese under zh-CN', async () => {
    const zh = await runTokenlab(['simulate', '--list-presets'], { env: { LANG: 'zh_CN.UTF-8' } });
    const en = await runTokenlab(['simulate', '--list-presets']);
    expect(en.stdout).toMatch(/^healthy +Healthy renewal: /);
    const first = zh.stdout.split('\n')[0]!;
    expect(first.startsWith('healthy ')).toBe(true);
    expect(first).toMatch(/^healthy +正常续期：[\u4e00-\u9fff]/);
  });
});
