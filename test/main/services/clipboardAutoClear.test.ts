import { describe, expect, it } from 'vitest';
import { createClipboardAutoClear } from '../../../src/main/services/clipboardAutoClear';
import { createFakeClipboard, createManualTimers } from '../../support/ipcTestApp';

function setup() {
  const clipboard = createFakeClipboard();
  const timers = createManualTimers();
  const cleared: number[] = [];
  const delays: number[] = [];
  const auto = createClipboardAutoClear({
    clipboard,
    timers: {
      setTimeout: (cb, ms) => {
        delays.push(ms);
        return timers.setTimeout(cb, ms);
      },
      clearTimeout: timers.clearTimeout,
    },
    now: () => 1000,
    onCleared: (at) => cleared.push(at),
  });
  return { clipboard, timers, cleared, delays, auto };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('clipboard auto-clear', () => {
  it('copies, then clears after the delay when the clipboard still holds our text', async () => {
    const { clipboard, timers, cleared, delays, auto } = setup();
    await expect(auto.write('04token', 60)).resolves.toEqual({ clearsAt: 1060 });
    expect(clipboard.text).toBe('04token');
    expect(delays).toEqual([60_000]);
    timers.runAll();
    await settle();
    expect(clipboard.text).toBe('');
    expect(cleared).toEqual([1000]);
  });

  it('leaves the clipboard alone when the user copied something else since', async () => {
    const { clipboard, timers, cleared, auto } = setup();
    await auto.write('04token', 60);
    clipboard.text = 'my own notes';
    timers.runAll();
    await settle();
    expect(clipboard.text).toBe('my own notes');
    expect(cleared).toEqual([]);
  });

  it('does not clear with a delay of 0, and a new copy replaces the pending clear', async () => {
    const { clipboard, timers, auto } = setup();
    await expect(auto.write('a', 0)).resolves.toEqual({ clearsAt: null });
    expect(timers.pending()).toBe(0);
    await auto.write('b', 30);
    await auto.write('c', 30);
    expect(timers.pending()).toBe(1);
    timers.runAll();
    await settle();
    expect(clipboard.text).toBe('');
  });

  it('clears immediately on quit only if the text is still ours', async () => {
    const { clipboard, timers, auto } = setup();
    await auto.write('secret-derived', 60);
    await expect(auto.clearNowIfOurs()).resolves.toBe(true);
    expect(clipboard.text).toBe('');
    expect(timers.pending()).toBe(0);
    await auto.write('x', 60);
    clipboard.text = 'theirs';
    await expect(auto.clearNowIfOurs()).resolves.toBe(false);
    expect(clipboard.text).toBe('theirs');
  });
});
