/**
 * Remember the window's size, position and maximised state in the data folder, and put them
 * back on the next start where they still fit the displays (the pure rules are in
 * src/main/services/windowState.ts). Saved when the window moves or resizes (debounced) and
 * when it closes (the close waits for the write), through the same atomic data-file writer as
 * every other store.
 */
import { join } from 'node:path';
import { screen, type BrowserWindow } from 'electron';
import { fitWindowState, parseWindowState, serializeWindowState, type WindowState } from '../services/windowState';
import { createDataFile } from '../vault/dataFile';

export const WINDOW_STATE_FILE = 'window-state.json';
const SAVE_DELAY_MS = 600;

/** The saved state fitted to the displays connected now (primary display first). */
export async function restoreWindowState(dataDir: string): Promise<WindowState> {
  const file = createDataFile(join(dataDir, WINDOW_STATE_FILE));
  let text: string | null = null;
  try {
    text = await file.read();
  } catch {
    text = null;
  }
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((d) => d.id !== primary.id);
  return fitWindowState(parseWindowState(text), [primary.workArea, ...others.map((d) => d.workArea)]);
}

/** Keep the file up to date with `window`; apply a saved maximised state once. */
export function rememberWindowState(window: BrowserWindow, dataDir: string, restored: WindowState, log?: (line: string) => void): void {
  const file = createDataFile(join(dataDir, WINDOW_STATE_FILE));
  if (restored.maximized) window.maximize();
  let timer: ReturnType<typeof setTimeout> | null = null;

  const snapshot = (): WindowState => {
    // Normal bounds, so un-maximising later returns to the size the user chose.
    const bounds = window.getNormalBounds();
    return { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height, maximized: window.isMaximized() };
  };
  const save = (state: WindowState): void => {
    file.write(serializeWindowState(state)).catch(() => log?.('window state: could not be saved'));
  };
  const schedule = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (!window.isDestroyed()) save(snapshot());
    }, SAVE_DELAY_MS);
  };

  window.on('resize', schedule);
  window.on('move', schedule);
  window.on('maximize', schedule);
  window.on('unmaximize', schedule);
  // The last state must reach the disk before the window (and perhaps the app) goes: hold the
  // close until the write is done — at most a second, so a stuck disk never traps the window.
  let finalSaveDone = false;
  window.on('close', (event) => {
    if (finalSaveDone) return;
    event.preventDefault();
    if (timer) clearTimeout(timer);
    const write = file.write(serializeWindowState(snapshot())).catch(() => log?.('window state: could not be saved'));
    const limit = new Promise<void>((resolve) => setTimeout(resolve, 1000));
    void Promise.race([write, limit]).then(() => {
      finalSaveDone = true;
      if (!window.isDestroyed()) window.close();
    });
  });
}
