/**
 * `tokenlab simulate` with the newer vendors' platforms: their presets run, their tokens are the
 * families' own, and `--list-platforms` names every platform with its switchable assumptions.
 */
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../src/shared/families/registry';
import { SIM_PLATFORMS } from '../../src/shared/sim/scenario';
import { runTokenlab } from '../support/cliHarness';

const lines = (s: string) => s.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('tokenlab simulate, newer vendors', () => {
  it('--preset twilio-video-keeps-call: connected past expiry, then the reconnection fails with 20104', async () => {
    const r = await runTokenlab(['simulate', '--preset', 'twilio-video-keeps-call', '--json']);
    expect(r.code).toBe(0);
    const events = lines(r.stdout);
    const summary = events.at(-1)!;
    expect(summary).toMatchObject({ type: 'summary', platform: 'twilio-video', connectedWithExpiredTokenSeconds: 600 });
    expect(events.find((e) => e['type'] === 'token_expired')).toMatchObject({ t: 600, effect: 'none' });
    expect(events.find((e) => e['type'] === 'login_failed')).toMatchObject({ code: 20104, during: 'reconnect' });
    for (const e of events.filter((x) => x['type'] === 'token_issued')) {
      expect(defaultRegistry.inspect(e['token'] as string, { now: 1_700_000_000 }).format).toBe('twilio-jwt');
    }
  });

  it('--preset agora-privilege-early: the text output names onRequestToken and the kick', async () => {
    const r = await runTokenlab(['simulate', '--preset', 'agora-privilege-early']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('5:00  client 0  token_expired      token expired (onRequestToken) — kicked from the room');
    expect(r.stdout).toContain('disconnected: token expired (code 9)');
    expect(r.stdout).toContain('[assumptions.switches.agoraRtcWarnsBeforeJoinEnds = true]');
  });

  it('a scenario file switches an assumption by its id, and a wrong id is named', async () => {
    const on = await runTokenlab(['simulate', '--scenario', '-', '--json'], {
      stdin: JSON.stringify({ platform: 'tencent-trtc', tokenTtlSeconds: 60, durationSeconds: 90, renewal: { policy: 'never' }, assumptions: { switches: { trtcExpiryExitsRoom: true } } }),
    });
    expect(on.code).toBe(0);
    expect(lines(on.stdout).map((e) => e['type'])).toEqual(['token_issued', 'login', 'token_expired', 'disconnected', 'summary']);
    const bad = await runTokenlab(['simulate', '--scenario', '-'], { stdin: JSON.stringify({ platform: 'livekit', tokenTtlSeconds: 60, assumptions: { switches: { trtcExpiryExitsRoom: true } } }) });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('assumptions.switches.trtcExpiryExitsRoom is not a switchable assumption of livekit');
  });

  it('--preset agora-rtm1-expired-reconnect: the refused reconnection names onTokenExpired, and the app\'s token gets it back in', async () => {
    const r = await runTokenlab(['simulate', '--preset', 'agora-rtm1-expired-reconnect']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('login_failed       reconnection refused (onTokenExpired): token expired');
    expect(r.stdout).toContain('16:03.200  client 0  reconnected        reconnected after 63.200 s');
    const zh = await runTokenlab(['simulate', '--preset', 'agora-rtm1-expired-reconnect', '--lang', 'zh-CN']);
    expect(zh.stdout).toContain('重连被拒绝（onTokenExpired）');
  });

  it('--preset trtc-private-map-key-early: removed from the room each time the PrivateMapKey ends', async () => {
    const r = await runTokenlab(['simulate', '--preset', 'trtc-private-map-key-early', '--json']);
    expect(r.code).toBe(0);
    const events = lines(r.stdout);
    expect(events.filter((e) => e['type'] === 'disconnected').map((e) => e['t'])).toEqual([300, 605]);
    const token = events.find((e) => e['type'] === 'token_issued')!['token'] as string;
    expect(defaultRegistry.inspect(token, { now: 1_700_000_000 }).fields?.['privateMapKey']).toMatchObject({ expireAt: 1_700_000_300 });
  });

  it('--list-platforms lists Agora RTM 1.x and the PrivateMapKey switch, with their defaults', async () => {
    const r = await runTokenlab(['simulate', '--list-platforms']);
    expect(r.stdout).toMatch(/^agora-rtm-1 +Agora RTM 1\.x \(legacy\)/m);
    expect(r.stdout).toContain('assumptions.switches.agoraRtm1RenewOnTokenExpired (default true): The app answers onTokenExpired and the reconnection goes on');
    expect(r.stdout).toContain('assumptions.switches.trtcPrivateMapKeyRemoves (default true)');
  });

  it('--list-platforms names every platform a scenario may use', async () => {
    const r = await runTokenlab(['simulate', '--list-platforms']);
    expect(r.code).toBe(0);
    const ids = r.stdout.split('\n').filter((l) => /^\S/.test(l)).map((l) => l.split(/\s+/)[0]);
    expect(ids).toEqual([...SIM_PLATFORMS]);
    expect(r.stdout).toContain('assumptions.switches.twilioConversationsWarns (default true)');
  });

  it('--list-platforms under --lang zh-CN names the platforms and their families in Chinese, ids and switches as typed', async () => {
    const r = await runTokenlab(['--lang', 'zh-CN', 'simulate', '--list-platforms']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').filter((l) => /^\S/.test(l));
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual([...SIM_PLATFORMS]);
    expect(r.stdout).toContain('agora-rtc-native      声网 RTC（原生 SDK 4.x）（声网 AccessToken2（007））');
    expect(r.stdout).toContain('assumptions.switches.twilioConversationsWarns （默认 true）');
    expect(r.stdout).toContain('tencent-im            腾讯云 IM（即时通信）（腾讯云 UserSig（TLSSigAPIv2））');
  });
});
