/**
 * The Token server screen over a fake main: it speaks the page's language (Chinese here), a
 * burst of logged requests redraws the timeline a few times rather than once per request, and
 * the story is told per token in catalogue sentences.
 */
import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TokenServerScreen } from '../../../../src/renderer/src/features/tokenServer/TokenServerScreen';
import { CATALOGUES } from '../../../../src/shared/i18n';
import { serverFaultsSchema } from '../../../../src/shared/tokenServer/faultConfig';
import type { RequestLogEntry } from '../../../../src/shared/tokenServer/requestLog';
import { fakeBackend, settle, storesFor } from '../../support/fakeBackend';
import { renderWith } from '../../support/renderApp';

const commits = vi.hoisted(() => new Map<string, number>());
vi.mock('../../../../src/renderer/src/features/simulator/components/TimelineSvg', async (importOriginal) => {
  const { profiled } = await import('../../support/profiled');
  const mod = await importOriginal<typeof import('../../../../src/renderer/src/features/simulator/components/TimelineSvg')>();
  return { ...mod, TimelineSvg: profiled('TimelineSvg', mod.TimelineSvg, commits) };
});

const T0 = 1_700_000_000;
const status = { running: true, url: 'http://127.0.0.1:4000', startedAt: T0 * 1000, settings: null, faults: serverFaultsSchema.parse({}), requests: 0 };
const entry = (seq: number, atSeconds: number): RequestLogEntry => ({
  seq,
  at: (T0 + atSeconds) * 1000,
  route: '/token',
  family: 'zego',
  profile: 'dev',
  user: 'alice',
  latencyMs: 2,
  faults: ['ttl-override'],
  status: 200,
  expiresAt: T0 + atSeconds + 40,
  error: null,
});

beforeEach(() => {
  commits.clear();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('token server screen', () => {
  it('speaks Chinese, tells each token\'s story, and redraws the timeline a few times for a burst of requests', async () => {
    const backend = fakeBackend({ 'tokenServer:status': () => status, 'tokenServer:log': () => ({ entries: [entry(1, 0)] }) });
    const stores = storesFor(backend);
    const disconnect = stores.connectMainEvents(() => {});
    renderWith(stores, <TokenServerScreen />, undefined, 'zh-CN');
    await act(async () => {
      await settle();
      await settle();
      vi.advanceTimersByTime(300);
    });
    const zh = CATALOGUES['zh-CN'].tokenServer;
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(zh.title);
    expect(screen.getByRole('button', { name: zh.stop })).toBeTruthy();
    const before = commits.get('TimelineSvg') ?? 0;
    expect(before).toBeGreaterThan(0);

    // 300 requests, one every 14 s of log time, arriving within 300 ms of real time, each its own IPC event.
    for (let i = 2; i <= 301; i++) {
      act(() => {
        backend.emit('tokenServer:logged', entry(i, (i - 1) * 14));
        vi.advanceTimersByTime(1);
      });
    }
    act(() => void vi.advanceTimersByTime(500));
    const redraws = (commits.get('TimelineSvg') ?? 0) - before;
    expect(redraws).toBeGreaterThan(0);
    expect(redraws).toBeLessThan(10);
    const story = screen.getByRole('list', { name: zh.timeline.storyLabel }).querySelectorAll('li');
    expect(story).toHaveLength(301);
    expect(story[0]!.textContent).toBe('令牌 #1（alice，有效期 40 秒）：应用在 30 秒过期提醒之后 4 秒请求了新令牌；该令牌又过了 26 秒后过期。');
    disconnect();
  }, 60_000);
});
