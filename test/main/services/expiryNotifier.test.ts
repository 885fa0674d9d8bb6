import { describe, expect, it } from 'vitest';
import { createExpiryNotifier, type ExpiryNotice, type NotifierClock } from '../../../src/main/services/expiryNotifier';
import { manualTime } from '../../support/manualTime';

function manualClock(startMs: number) {
  const time = manualTime(startMs);
  const clock: NotifierClock = time;
  return { clock, advanceTo: (targetMs: number) => time.advance(targetMs - time.now()), pending: time.pending };
}

const T0 = 1_700_000_000;

describe('expiry notifier', () => {
  it('notifies once at the 30-second window and once at expiry', () => {
    const { clock, advanceTo } = manualClock(T0 * 1000);
    const notices: ExpiryNotice[] = [];
    const notifier = createExpiryNotifier(clock, (n) => notices.push(n));
    notifier.watch([{ id: 'a', label: 'alice in room r1', expiresAt: T0 + 300 }]);
    advanceTo((T0 + 269) * 1000);
    expect(notices).toEqual([]);
    advanceTo((T0 + 270) * 1000);
    expect(notices.map((n) => n.kind)).toEqual(['will_expire']);
    expect(notices[0]?.body).toBe('alice in room r1 expires in 30 s. Renew it now.');
    advanceTo((T0 + 299) * 1000);
    expect(notices).toHaveLength(1);
    advanceTo((T0 + 300) * 1000);
    expect(notices.map((n) => n.kind)).toEqual(['will_expire', 'expired']);
    advanceTo((T0 + 5000) * 1000);
    expect(notices).toHaveLength(2);
  });

  it('uses one timer for many tokens and orders their notices by time', () => {
    const { clock, advanceTo, pending } = manualClock(T0 * 1000);
    const notices: ExpiryNotice[] = [];
    const notifier = createExpiryNotifier(clock, (n) => notices.push(n));
    notifier.watch([
      { id: 'late', label: 'late', expiresAt: T0 + 600 },
      { id: 'early', label: 'early', expiresAt: T0 + 100 },
    ]);
    expect(pending()).toBe(1);
    advanceTo((T0 + 700) * 1000);
    expect(notices.map((n) => `${n.id}:${n.kind}`)).toEqual([
      'early:will_expire',
      'early:expired',
      'late:will_expire',
      'late:expired',
    ]);
    expect(pending()).toBe(0);
  });

  it('warns at once when a token is pinned inside its window, and stays quiet about tokens already expired', () => {
    const { clock } = manualClock(T0 * 1000);
    const notices: ExpiryNotice[] = [];
    const notifier = createExpiryNotifier(clock, (n) => notices.push(n));
    notifier.watch([
      { id: 'inside', label: 'inside', expiresAt: T0 + 10 },
      { id: 'old', label: 'old', expiresAt: T0 - 10 },
    ]);
    expect(notices.map((n) => `${n.id}:${n.kind}`)).toEqual(['inside:will_expire']);
    expect(notices[0]?.body).toContain('expires in 10 s');
  });

  it('forgets tokens that are no longer watched (unpinned)', () => {
    const { clock, advanceTo } = manualClock(T0 * 1000);
    const notices: ExpiryNotice[] = [];
    const notifier = createExpiryNotifier(clock, (n) => notices.push(n));
    notifier.watch([{ id: 'a', label: 'a', expiresAt: T0 + 100 }]);
    notifier.watch([]);
    advanceTo((T0 + 200) * 1000);
    expect(notices).toEqual([]);
  });

  it('does not repeat a notice when the set is re-watched', () => {
    const { clock, advanceTo } = manualClock(T0 * 1000);
    const notices: ExpiryNotice[] = [];
    const notifier = createExpiryNotifier(clock, (n) => notices.push(n));
    const tokens = [{ id: 'a', label: 'a', expiresAt: T0 + 100 }];
    notifier.watch(tokens);
    advanceTo((T0 + 80) * 1000);
    notifier.watch(tokens);
    expect(notices).toHaveLength(1);
  });

  it('waits in steps no longer than setTimeout allows for tokens weeks away', () => {
    const { clock, advanceTo } = manualClock(T0 * 1000);
    const notices: ExpiryNotice[] = [];
    const notifier = createExpiryNotifier(clock, (n) => notices.push(n));
    const thirtyDays = 30 * 86400;
    notifier.watch([{ id: 'long', label: 'long', expiresAt: T0 + thirtyDays }]);
    advanceTo((T0 + thirtyDays - 31) * 1000);
    expect(notices).toEqual([]);
    advanceTo((T0 + thirtyDays - 30) * 1000);
    expect(notices.map((n) => n.kind)).toEqual(['will_expire']);
    notifier.dispose();
  });
});

describe('expiry notifier in Chinese', () => {
  it('words its notices in the language main speaks at the moment it shows them', () => {
    const { clock, advanceTo } = manualClock(T0 * 1000);
    const notices: ExpiryNotice[] = [];
    let language: 'en' | 'zh-CN' = 'en';
    const notifier = createExpiryNotifier(clock, (n) => notices.push(n), () => language);
    notifier.watch([{ id: 'a', label: 'alice', expiresAt: T0 + 300 }]);
    language = 'zh-CN'; // switched in the app after the token was pinned
    advanceTo((T0 + 270) * 1000);
    advanceTo((T0 + 300) * 1000);
    expect(notices.map((n) => [n.title, n.body])).toEqual([
      ['令牌即将过期', 'alice 将在 30 秒后过期，请立即续期。'],
      ['令牌已过期', 'alice 已过期。'],
    ]);
  });
});
