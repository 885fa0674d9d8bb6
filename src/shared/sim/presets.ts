/**
 * Ready-made scenarios for the timing problems developers actually meet: one click each on the
 * simulator screen, `tokenlab simulate --preset ID` on the command line.
 *
 * Each says in a sentence what to look for, so the preset teaches the rule it shows.
 */
import { AGORA_RTC_RULES, AGORA_RTM1_RULES } from '../families/agora-accesstoken2/lifecycle';
import { LIVEKIT_RULES } from '../families/livekit-jwt/lifecycle';
import { TENCENT_IM_RULES, TENCENT_TRTC_RULES } from '../families/tencent-usersig-v2/lifecycle';
import { TWILIO_VIDEO_RULES } from '../families/twilio-jwt/lifecycle';
import { ZIM_RULES } from '../families/zego-token04/lifecycle';
import { simulatorPresetsEn } from '../i18n/areas/simulatorPresets';
import type { ScenarioInput } from './scenario';

/** The first presets teach ZIM's documented rules (a 30-s warning, fired at once under it; disconnect at expiry). */
const platform = ZIM_RULES.id;

/** A preset's id is its key in the simulatorPresets catalogue (name and lesson, English and Chinese). */
export type PresetId = keyof typeof simulatorPresetsEn;

export interface Preset {
  id: PresetId;
  label: string;
  /** What the timeline will show. */
  lesson: string;
  scenario: ScenarioInput;
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'healthy',
    ...texts('healthy'),
    scenario: { platform, tokenTtlSeconds: 3600, durationSeconds: 3 * 3600, renewal: { policy: 'on-will-expire', latencyMs: 200 } },
  },
  {
    id: 'never',
    ...texts('never'),
    scenario: { platform, tokenTtlSeconds: 3600, durationSeconds: 3 * 3600, renewal: { policy: 'never' } },
  },
  {
    id: 'slow-server',
    ...texts('slow-server'),
    scenario: {
      platform,
      tokenTtlSeconds: 3600,
      durationSeconds: 3 * 3600,
      clients: 10,
      renewal: { policy: 'on-will-expire', latency: { kind: 'uniform', minMs: 20_000, maxMs: 45_000 } },
      relogin: { enabled: true, delaySeconds: 5 },
    },
  },
  {
    id: 'server-down',
    ...texts('server-down'),
    scenario: {
      platform,
      tokenTtlSeconds: 3600,
      durationSeconds: 2 * 3600,
      renewal: { policy: 'on-will-expire', retry: { maxRetries: 3, delaySeconds: 5, multiplier: 2 } },
      outages: [{ atSeconds: 3300, forSeconds: 600, kind: 'token-server' }],
      relogin: { enabled: true, delaySeconds: 30 },
    },
  },
  {
    id: 'short-ttl',
    ...texts('short-ttl'),
    scenario: { platform, tokenTtlSeconds: 20, durationSeconds: 60, renewal: { policy: 'on-will-expire', latencyMs: 500 } },
  },
  {
    id: 'asleep',
    ...texts('asleep'),
    scenario: {
      platform,
      tokenTtlSeconds: 3600,
      durationSeconds: 2 * 3600,
      outages: [{ atSeconds: 3400, forSeconds: 900, kind: 'sleep' }],
      relogin: { enabled: true, delaySeconds: 5 },
    },
  },
  {
    id: 'fast-clock',
    ...texts('fast-clock'),
    scenario: { platform, tokenTtlSeconds: 600, durationSeconds: 3600, clockSkewSeconds: 300 },
  },
  {
    id: 'agora-privilege-early',
    ...texts('agora-privilege-early'),
    scenario: {
      platform: AGORA_RTC_RULES.id,
      tokenTtlSeconds: 3600,
      durationSeconds: 900,
      agora: { joinPrivilegeSeconds: 300 },
      renewal: { policy: 'before-expiry', leadSeconds: 60 },
      relogin: { enabled: true, delaySeconds: 5 },
    },
  },
  {
    id: 'agora-on-request-token',
    ...texts('agora-on-request-token'),
    scenario: { platform: AGORA_RTC_RULES.id, tokenTtlSeconds: 3600, durationSeconds: 2 * 3600, renewal: { policy: 'never' }, relogin: { enabled: true, delaySeconds: 10 } },
  },
  {
    id: 'tencent-im-no-warning',
    ...texts('tencent-im-no-warning'),
    scenario: { platform: TENCENT_IM_RULES.id, tokenTtlSeconds: 3600, durationSeconds: 3 * 3600, renewal: { policy: 'on-will-expire' }, relogin: { enabled: true, delaySeconds: 5 } },
  },
  {
    id: 'livekit-long-outage',
    ...texts('livekit-long-outage'),
    scenario: {
      platform: LIVEKIT_RULES.id,
      tokenTtlSeconds: 600,
      durationSeconds: 3600,
      outages: [{ atSeconds: 1200, forSeconds: 900, kind: 'network' }],
      relogin: { enabled: true, delaySeconds: 5 },
    },
  },
  {
    id: 'twilio-video-keeps-call',
    ...texts('twilio-video-keeps-call'),
    scenario: {
      platform: TWILIO_VIDEO_RULES.id,
      tokenTtlSeconds: 600,
      durationSeconds: 1800,
      outages: [{ atSeconds: 1200, forSeconds: 60, kind: 'network' }],
      relogin: { enabled: true, delaySeconds: 5 },
    },
  },
  {
    id: 'agora-rtm1-expired-reconnect',
    ...texts('agora-rtm1-expired-reconnect'),
    scenario: {
      platform: AGORA_RTM1_RULES.id,
      tokenTtlSeconds: 600,
      durationSeconds: 1800,
      renewal: { policy: 'on-will-expire' },
      outages: [{ atSeconds: 900, forSeconds: 60, kind: 'network' }],
    },
  },
  {
    id: 'trtc-private-map-key-early',
    ...texts('trtc-private-map-key-early'),
    scenario: {
      platform: TENCENT_TRTC_RULES.id,
      tokenTtlSeconds: 3600,
      durationSeconds: 900,
      tencent: { privateMapKeySeconds: 300 },
      renewal: { policy: 'on-will-expire' },
      relogin: { enabled: true, delaySeconds: 5 },
    },
  },
];

function texts(id: PresetId): { label: string; lesson: string } {
  return simulatorPresetsEn[id];
}

export function presetById(id: PresetId): Preset {
  const preset = PRESETS.find((p) => p.id === id);
  if (!preset) throw new Error(`no preset ${id}`);
  return preset;
}
