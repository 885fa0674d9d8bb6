import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({
  screen: {
    getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
    getAllDisplays: () => [
      { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } },
      { id: 2, workArea: { x: 1920, y: 0, width: 1280, height: 1000 } },
    ],
  },
}));

const { restoreWindowState, rememberWindowState } = await import('../../../src/main/electron/windowStatePersistence');

type Listener = (event: { preventDefault(): void }) => void;

/** Just enough of a BrowserWindow: bounds, maximise state, events, close. */
function fakeWindow(bounds = { x: 10, y: 20, width: 1000, height: 700 }) {
  const listeners = new Map<string, Listener[]>();
  const state = { bounds, maximized: false, destroyed: false, closeCalls: 0 };
  const window = {
    on: (event: string, listener: Listener) => listeners.set(event, [...(listeners.get(event) ?? []), listener]),
    getNormalBounds: () => state.bounds,
    isMaximized: () => state.maximized,
    maximize: () => void (state.maximized = true),
    isDestroyed: () => state.destroyed,
    close: () => {
      state.closeCalls++;
      let prevented = false;
      for (const l of listeners.get('close') ?? []) l({ preventDefault: () => (prevented = true) });
      if (!prevented) state.destroyed = true;
    },
    emit: (event: string) => (listeners.get(event) ?? []).forEach((l) => l({ preventDefault() {} })),
  };
  return { window, state };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tokenlab-window-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('window state persistence', () => {
  it('opens on the secondary display it was saved on, and at the default size the first time', async () => {
    expect(await restoreWindowState(dir)).toEqual({ x: 320, y: 100, width: 1280, height: 840, maximized: false });
    await writeFile(join(dir, 'window-state.json'), JSON.stringify({ x: 2000, y: 50, width: 1100, height: 800, maximized: true }));
    expect(await restoreWindowState(dir)).toEqual({ x: 2000, y: 50, width: 1100, height: 800, maximized: true });
  });

  it('holds the close until the final state is on disk, then closes', async () => {
    const { window, state } = fakeWindow();
    rememberWindowState(window as never, dir, { width: 1000, height: 700, maximized: true });
    expect(state.maximized).toBe(true);
    state.bounds = { x: 33, y: 44, width: 1111, height: 777 };
    window.close();
    expect(state.destroyed).toBe(false);
    await vi.waitFor(() => expect(state.destroyed).toBe(true));
    const saved = JSON.parse(await readFile(join(dir, 'window-state.json'), 'utf8'));
    expect(saved).toEqual({ x: 33, y: 44, width: 1111, height: 777, maximized: true });
  });

  it('saves after moving or resizing, debounced', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { window, state } = fakeWindow();
      rememberWindowState(window as never, dir, { width: 1000, height: 700, maximized: false });
      window.emit('move');
      state.bounds = { x: 50, y: 60, width: 900, height: 650 };
      window.emit('resize');
      await vi.advanceTimersByTimeAsync(700);
    } finally {
      vi.useRealTimers();
    }
    await vi.waitFor(async () =>
      expect(JSON.parse(await readFile(join(dir, 'window-state.json'), 'utf8'))).toEqual({ x: 50, y: 60, width: 900, height: 650, maximized: false }),
    );
  });
});
