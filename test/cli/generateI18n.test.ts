/**
 * `tokenlab generate` in Chinese: a family's --help words its fields from the catalogue
 * (family.<id>.identifier|field.<key>.label|help) and the summary on stderr is the headline
 * verify prints, in Chinese; English help and summary read as the families write them.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTokenlab } from '../support/cliHarness';

const secretFile = join(__dirname, '../../examples/zego-secret.txt');
const NOW = 1_700_000_000;
const zh = { env: { LANG: 'zh_CN.UTF-8' }, now: NOW };

describe('generate in zh-CN', () => {
  it('--help labels each flag in Chinese, Chinese punctuation around the notes', async () => {
    const zego = await runTokenlab(['generate', 'zego', '--help'], zh);
    expect(zego.code).toBe(0);
    expect(zego.stdout).toContain('生成 ZEGO Token04：');
    expect(zego.stdout).toMatch(/\n {2}--app-id N +AppID（即 ZEGO 控制台中的数字；必填）\n/);
    expect(zego.stdout).toMatch(/\n {2}--user-id TEXT +用户 ID（必填）\n/);
    expect(zego.stdout).toMatch(/\n {2}--room TEXT +房间 ID（仅用于 RTC 令牌）\n/);
    const agora = await runTokenlab(['generate', 'agora', '--help'], zh);
    expect(agora.stdout).toContain('生成 声网 AccessToken2（007）：');
    expect(agora.stdout).toMatch(/\n {2}--channel TEXT +频道名/);
    const families = await runTokenlab(['generate', '--help'], zh);
    expect(families.stdout).toContain('commsease (网易云信动态令牌)');
  });

  it('the summary after minting is in Chinese, for every family that has a user', async () => {
    const zego = await runTokenlab(['generate', 'zego', '--app-id', '1', '--user-id', 'u', '--ttl', '60', '--room', 'r', '--secret-file', secretFile], zh);
    expect(zego.code).toBe(0);
    expect(zego.stderr).toBe('有效 · ZEGO Token04 (GCM) · 用户 "u" · 应用 1 · 房间 "r" · 2023-11-14T22:14:20Z（1分钟后过期）；权限：可登录房间 `r`；不可推流\n');
    const commsEase = await runTokenlab(['generate', 'commsease', '--app-key', 'k', '--accid', 'u', '--ttl', '60', '--secret-file', secretFile], zh);
    expect(commsEase.stderr).toBe('有效 · 网易云信动态令牌 · 用户 "u" · 2023-11-14T22:14:20Z（1分钟后过期）\n');
    const tencent = await runTokenlab(['generate', 'tencent', '--app-id', '1400000001', '--user-id', 'u', '--ttl', '60', '--secret-file', secretFile], zh);
    expect(tencent.stderr).toBe('有效 · 腾讯云 UserSig（TLSSigAPIv2） · 用户 "u" · 应用 1400000001 · 2023-11-14T22:14:20Z（1分钟后过期）\n');
  });

  it('English keeps the families’ own words', async () => {
    const help = await runTokenlab(['generate', 'zego', '--help'], { now: NOW });
    expect(help.stdout).toMatch(/\n {2}--app-id N +AppID \(the number in the ZEGO console; required\)\n/);
    const made = await runTokenlab(['generate', 'commsease', '--app-key', 'k', '--accid', 'u', '--ttl', '60', '--secret-file', secretFile], { now: NOW });
    expect(made.stderr).toBe('CommsEase dynamic token for accid "u"; expires 2023-11-14T22:14:20Z\n');
  });
});
