/**
 * The main window, with every web preference set to its safe value explicitly.
 *
 * Explicit even where Electron's default is already safe, so a reviewer (and electronegativity)
 * sees the intent, and a future default change cannot loosen it.
 */
import { BrowserWindow, type BrowserWindowConstructorOptions, type WebPreferences } from 'electron';

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
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
    devTools: true,
  };
}

export interface MainWindowOptions {
  preloadPath: string;
  bounds?: { x?: number; y?: number; width: number; height: number };
  devTools?: boolean;
}

export function mainWindowOptions(options: MainWindowOptions): BrowserWindowConstructorOptions {
  return {
    width: options.bounds?.width ?? 1280,
    height: options.bounds?.height ?? 840,
    ...(options.bounds?.x !== undefined ? { x: options.bounds.x } : {}),
    ...(options.bounds?.y !== undefined ? { y: options.bounds.y } : {}),
    minWidth: 880,
    minHeight: 560,
    show: false,
    title: 'TokenLab',
    backgroundColor: '#111318',
    webPreferences: { ...secureWebPreferences(options.preloadPath), devTools: options.devTools ?? true },
  };
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(options));
  window.once('ready-to-show', () => window.show());
  return window;
}
