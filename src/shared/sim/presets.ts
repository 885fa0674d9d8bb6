/**
 * Ready-made scenarios for the timing problems developers actually meet: one click each on the
 * simulator screen, `tokenlab simulate --preset ID` on the command line.
 *
 * Each says in a sentence what to look for, so the preset teaches the rule it shows.
 */
import { ZIM_RULES } from '../families/zego-token04/lifecycle';
import type { ScenarioInput } from './scenario';

/** The presets teach ZIM's documented rules (a 30-s warning, fired at once under it; disconnect at expiry). */
const platform = ZIM_RULES.id;

export type PresetId = 'healthy' | 'never' | 'slow-server' | 'server-down' | 'short-ttl' | 'asleep' | 'fast-clock';

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
    label: 'Healthy renewal',
    lesson: 'Renewing on "will expire" with a fast token server: every token is replaced 30 s before it runs out.',
    scenario: { platform, tokenTtlSeconds: 3600, durationSeconds: 3 * 3600, renewal: { policy: 'on-will-expire', latencyMs: 200 } },
  },
  {
    id: 'never',
    label: 'Renewal never implemented',
    lesson: 'Nothing handles "will expire": the SDK drops the user the moment the first token expires.',
    scenario: { platform, tokenTtlSeconds: 3600, durationSeconds: 3 * 3600, renewal: { policy: 'never' } },
  },
  {
    id: 'slow-server',
    label: 'Slow token server',
    lesson: 'Answers take 20–45 s but the warning comes only 30 s ahead: some renewals land after expiry and are refused.',
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
    label: 'Token server down for 10 min',
    lesson: 'The warning falls inside the outage; three retries fail, the token expires, and the app logs in again once the server is back.',
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
    label: 'TTL shorter than 30 s',
    lesson: 'Every token is already inside the 30-s window: "will expire" fires at once, again and again — a renewal storm.',
    scenario: { platform, tokenTtlSeconds: 20, durationSeconds: 60, renewal: { policy: 'on-will-expire', latencyMs: 500 } },
  },
  {
    id: 'asleep',
    label: 'Laptop asleep across expiry',
    lesson: 'No timer runs while the laptop sleeps; it wakes with a dead token, the reconnect is refused, and only a fresh login helps.',
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
    label: 'Client clock 5 min fast',
    lesson: 'The SDK times "will expire" by the device clock: with a 10-min token it warns 5 min early, and renews twice as often.',
    scenario: { platform, tokenTtlSeconds: 600, durationSeconds: 3600, clockSkewSeconds: 300 },
  },
];

export function presetById(id: PresetId): Preset {
  const preset = PRESETS.find((p) => p.id === id);
  if (!preset) throw new Error(`no preset ${id}`);
  return preset;
}
