/**
 * The main window, with every web preference set to its safe value explicitly.
 *
 * Explicit even where Electron's default is already safe, so a reviewer (and electronegativity,
 * which reads the literal passed to `new BrowserWindow`) sees the intent, and a future default
 * change cannot loosen it. The preferences are written inline for that reason.
 */
import { BrowserWindow } from 'electron';

export interface MainWindowOptions {
  preloadPath: string;
  bounds?: { x?: number; y?: number; width: number; height: number };
  devTools?: boolean;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: options.bounds?.width ?? 1280,
    height: options.bounds?.height ?? 840,
    ...(options.bounds?.x !== undefined ? { x: options.bounds.x } : {}),
    ...(options.bounds?.y !== undefined ? { y: options.bounds.y } : {}),
    minWidth: 760,
    minHeight: 520,
    show: false,
    title: 'TokenLab',
    backgroundColor: '#111318',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: options.devTools ?? false,
    },
  });
  window.once('ready-to-show', () => window.show());
  return window;
}
