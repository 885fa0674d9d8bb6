/**
 * The live mode's plan for one real token: each SDK rule's edge, and agreement with the
 * simulator on the same token (the two read the same rules).
 */
import { describe, expect, it } from 'vitest';
import { upcomingLiveEvents, type LiveEventsInput, type LivePlan } from '../../../src/shared/sim/liveEvents';
import type { ScenarioInput } from '../../../src/shared/sim/scenario';
import { runScenario, timeline } from './runScenario';

const T0 = 1_800_000_000;

function plan(partial: Partial<LiveEventsInput>): LivePlan {
  return upcomingLiveEvents({ platform: 'zim', expiresAt: T0 + 3600, issuedAt: null, now: T0, policy: 'never', leadSeconds: 60, ...partial });
}

/** `type@seconds after T0`, with `?` for events that happen only without a successful renewal. */
function shape(p: LivePlan): string[] {
  return p.events.map((e) => `${e.type}@${e.at - T0}${e.ifNotRenewed ? '?' : ''}`);
}

describe('upcomingLiveEvents — ZIM and Express', () => {
  it('never renewing: "will expire" 30 s before expiry, then expiry and the TokenExpired disconnection', () => {
    const p = plan({ policy: 'never' });
    expect(shape(p)).toEqual(['login@0', 'token_will_expire@3570', 'token_expired@3600', 'disconnected@3600']);
    expect(p.events[1]!.detail).toContain('onTokenWillExpire fires with 30 s left');
    expect(p.events.every((e, i) => e.passed === (i === 0))).toBe(true);
    expect(p.secondsLeft).toBe(3600);
    expect(p.refusedAtLogin).toBe(false);
  });

  it('renewing on the warning: the request goes out with the callback; expiry only if it fails', () => {
    expect(shape(plan({ policy: 'on-will-expire' }))).toEqual([
      'login@0',
      'token_will_expire@3570',
      'renew_requested@3570',
      'token_expired@3600?',
      'disconnected@3600?',
    ]);
  });

  it('renewing on its own timer: lead seconds before expiry, in time order with the warning', () => {
    expect(shape(plan({ policy: 'before-expiry', leadSeconds: 300 }))).toEqual([
      'login@0',
      'renew_requested@3300',
      'token_will_expire@3570',
      'token_expired@3600?',
      'disconnected@3600?',
    ]);
    // A lead longer than the time left: the timer fires at once.
    expect(shape(plan({ policy: 'before-expiry', leadSeconds: 7200 }))[1]).toBe('renew_requested@0');
  });

  it('under 30 s left at login: the warning fires at once with the seconds left (documented for ZIM)', () => {
    const p = plan({ expiresAt: T0 + 12, policy: 'on-will-expire' });
    expect(shape(p)).toEqual(['login@0', 'token_will_expire@0', 'renew_requested@0', 'token_expired@12?', 'disconnected@12?']);
    expect(p.events[1]).toMatchObject({ passed: true, assumption: null });
    expect(p.events[1]!.detail).toContain('12 s left — at once');
  });

  it('under 30 s left on Express: the same, marked as an assumption', () => {
    const p = plan({ platform: 'express', expiresAt: T0 + 12 });
    expect(p.events[1]!.type).toBe('token_will_expire');
    expect(p.events[1]!.assumption).toMatch(/documented for ZIM; for Express it is assumed/);
  });

  it('exactly 30 s left is not "at once": the timer is due now', () => {
    const p = plan({ expiresAt: T0 + 30 });
    expect(p.events[1]).toMatchObject({ type: 'token_will_expire', at: T0 });
    expect(p.events[1]!.detail).not.toContain('at once');
  });

  it('Express expiry: refuse-next keeps the user in the room with 1003072; kick disconnects with 1002056', () => {
    const refuse = plan({ platform: 'express', expressOnExpiry: 'refuse-next' });
    expect(shape(refuse)).toEqual(['login@0', 'token_will_expire@3570', 'token_expired@3600']);
    expect(refuse.events[2]!.code).toBe(1_003_072);
    const kick = plan({ platform: 'express', expressOnExpiry: 'kick' });
    expect(shape(kick)).toEqual(['login@0', 'token_will_expire@3570', 'token_expired@3600', 'disconnected@3600']);
    expect(kick.events[3]!.code).toBe(1_002_056);
  });

  it('an already expired token: the login is refused with the platform\'s expired-token code, nothing else follows', () => {
    const zim = plan({ expiresAt: T0 - 5, issuedAt: T0 - 3605 });
    expect(shape(zim)).toEqual(['login_failed@0']);
    expect(zim.events[0]).toMatchObject({ code: 6_000_106, passed: true });
    expect(zim).toMatchObject({ refusedAtLogin: true, secondsLeft: -5, lifetimeSeconds: 3600 });
    expect(plan({ platform: 'express', expiresAt: T0 }).events[0]!.code).toBe(1_002_078);
    expect(plan({ platform: 'commsease-dynamic', expiresAt: T0 - 1 }).events[0]!.code).toBe(302);
  });

  it('crosses events off as real time passes, from the same login moment', () => {
    const at = (now: number) => plan({ now, loginAt: T0 }).events.map((e) => e.passed);
    expect(at(T0 + 3569)).toEqual([true, false, false, false]);
    expect(at(T0 + 3570)).toEqual([true, true, false, false]);
    expect(at(T0 + 3600)).toEqual([true, true, true, true]);
    expect(plan({ now: T0 + 3601, loginAt: T0 }).secondsLeft).toBe(-1);
  });
});

describe('upcomingLiveEvents — CommsEase dynamic', () => {
  it('no warning callback; with a token provider the expiry changes nothing until a reconnect, which gets a fresh token', () => {
    const p = plan({ platform: 'commsease-dynamic', policy: 'on-will-expire', issuedAt: T0 - 600 });
    expect(shape(p)).toEqual(['login@0', 'token_expired@3600']);
    expect(p.events[1]!.code).toBeNull();
    expect(p.events[1]!.detail).toMatch(/No callback warns.*next reconnect asks your token provider/);
    expect(p.events[1]!.assumption).toMatch(/not documented/);
    expect(p.lifetimeSeconds).toBe(4200);
  });

  it('never renewing: the expiry means the next reconnect is refused with 302', () => {
    const p = plan({ platform: 'commsease-dynamic', policy: 'never' });
    expect(shape(p)).toEqual(['login@0', 'token_expired@3600']);
    expect(p.events[1]!.code).toBe(302);
    expect(p.events[1]!.detail).toContain('next reconnect is refused with 302');
  });

  it('renewing on its own timer: the request, then an expiry that matters only if it failed', () => {
    expect(shape(plan({ platform: 'commsease-dynamic', policy: 'before-expiry', leadSeconds: 120 }))).toEqual(['login@0', 'renew_requested@3480', 'token_expired@3600?']);
  });
});

describe('upcomingLiveEvents agrees with the simulator on the same token', () => {
  const cases: [string, ScenarioInput, Partial<LiveEventsInput>][] = [
    ['ZIM, never', { platform: 'zim', tokenTtlSeconds: 3600, durationSeconds: 7200, renewal: { policy: 'never' } }, { policy: 'never' }],
    ['ZIM, 20 s token', { platform: 'zim', tokenTtlSeconds: 20, durationSeconds: 60, renewal: { policy: 'never' } }, { expiresAt: T0 + 20 }],
    [
      'Express kick, never',
      { platform: 'express', tokenTtlSeconds: 600, durationSeconds: 900, renewal: { policy: 'never' }, express: { onExpiry: 'kick' } },
      { platform: 'express', expiresAt: T0 + 600, expressOnExpiry: 'kick' },
    ],
    [
      'CommsEase, never',
      { platform: 'commsease-dynamic', tokenTtlSeconds: 600, durationSeconds: 900, renewal: { policy: 'never' } },
      { platform: 'commsease-dynamic', expiresAt: T0 + 600 },
    ],
  ];
  for (const [name, scenario, live] of cases) {
    it(name, () => {
      const simulated = timeline(runScenario(scenario).events);
      expect(shape(plan({ policy: 'never', ...live }))).toEqual(simulated);
    });
  }

  it('ZIM renewing on the warning: the same warning and request times', () => {
    const simulated = timeline(runScenario({ platform: 'zim', tokenTtlSeconds: 3600, durationSeconds: 3590 }).events);
    expect(simulated).toEqual(['login@0', 'token_will_expire@3570', 'renew_requested@3570', 'renew_succeeded@3570.2']);
    expect(shape(plan({ policy: 'on-will-expire' })).slice(0, 3)).toEqual(simulated.slice(0, 3));
  });
});
