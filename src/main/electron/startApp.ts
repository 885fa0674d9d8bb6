/**
 * Start TokenLab: lock the app down, open the vault, register IPC, show the window.
 *
 * The order matters and is the point of this file: sandbox and scheme before `ready`;
 * session lockdown and IPC handlers before the page loads; the window's WebContents becomes
 * the only trusted IPC sender once it exists. Everything that is not Electron glue lives in
 * plain-Node modules (composition.ts and below) and is tested there.
 */
import { app, BrowserWindow, clipboard, dialog, session } from 'electron';
import { CONTENT_SECURITY_POLICY, developmentContentSecurityPolicy } from '../../shared/security/contentSecurityPolicy';
import { createAppServices, type AppServices } from '../composition';
import { createSenderPolicy, type SenderPolicy } from '../ipc/senderPolicy';
import { chooseRendererUrl } from '../security/devServerUrl';
import { resolveDataDir } from '../vault/dataDir';
import { createKeychainStore } from '../vault/keychain';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { sendAppEvent } from './appEvents';
import { prepareDesktopIntegration } from './desktopIntegration';
import { lockDownEveryWebContents, lockDownSession } from './lockdown';
import { registerIpc } from './registerIpc';
import { createMainWindow } from './secureWindow';
import { createNativeConfirm } from './nativeConfirm';
import { resolveLanguage } from '../../shared/i18n';
import { createAppLanguage } from '../i18n/appLanguage';

export interface StartOptions {
  /** The built preload script (CommonJS). */
  preloadPath: string;
  /** The built renderer folder, served as app://tokenlab/. */
  rendererDir: string;
  /** electron-vite's dev server URL, honoured only unpackaged and on loopback (security/devServerUrl.ts). */
  devServerUrl?: string;
  log?: (line: string) => void;
}

export interface RunningApp {
  window: BrowserWindow;
  services: AppServices;
  senders: SenderPolicy;
  rendererUrl: string;
}

/**
 * Steps that must run before `app.ready` (called at module load by src/main/index.ts).
 * Answers false when another TokenLab already runs: Electron has told that one (it focuses
 * its window, see `second-instance` below) and this one quits without touching the vault.
 */
export function prepareApp(): boolean {
  app.enableSandbox();
  registerAppScheme();
  // Electron's userData and the CLI's data folder must be the same folder. The single-instance
  // lock lives in userData, so it is taken after this.
  app.setPath('userData', resolveDataDir());
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  return true;
}

/** Brings the window of the running TokenLab to the front (a second launch asked for it). */
function focusWindow(window: BrowserWindow | null): void {
  if (window === null || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

export async function startTokenLab(options: StartOptions): Promise<RunningApp> {
  const log = options.log ?? (() => {});
  const choice = chooseRendererUrl(options.devServerUrl, app.isPackaged);
  if (choice.ignored !== undefined) {
    log(`ELECTRON_RENDERER_URL ignored (${choice.ignored === 'packaged' ? 'packaged app' : 'not a loopback http(s) server'}): loading the app:// page`);
  }
  const rendererUrl = choice.url;
  // Vite's dev server needs its inline React Refresh preamble and HMR socket; never packaged.
  const contentSecurityPolicy = choice.source === 'dev-server' ? developmentContentSecurityPolicy(rendererUrl) : CONTENT_SECURITY_POLICY;
  const policy = { rendererUrl, contentSecurityPolicy, log };

  lockDownEveryWebContents(app, policy);
  await app.whenReady();
  lockDownSession(session.defaultSession, policy);
  serveRenderer(options.rendererDir);

  let window: BrowserWindow | null = null;
  app.on('second-instance', () => focusWindow(window));
  const dataDir = resolveDataDir();
  // Main speaks the OS language until the page says which one it shows (settings:setLanguage).
  const language = createAppLanguage(resolveLanguage([...app.getPreferredSystemLanguages(), app.getLocale()]));
  const desktop = await prepareDesktopIntegration({ dataDir, isDev: !app.isPackaged, log, language });
  const services = createAppServices({
    dataDir,
    secrets: createKeychainStore({ log }),
    clipboard,
    log,
    confirm: createNativeConfirm((parent, box) => dialog.showMessageBox(parent, box), () => window, language.current),
    language,
    onClipboardCleared: (at) => {
      if (window) sendAppEvent(window.webContents, 'clipboard:cleared', { at });
    },
    onPinnedChange: desktop.onPinnedChange,
    onTokenServerLog: (entry) => {
      if (window && !window.isDestroyed()) sendAppEvent(window.webContents, 'tokenServer:logged', entry);
    },
  });
  const senders = createSenderPolicy(rendererUrl);
  registerIpc({ dispatch: services.dispatch, senders, log });

  window = createMainWindow({ preloadPath: options.preloadPath, devTools: !app.isPackaged, bounds: desktop.bounds });
  desktop.attach(window, services);
  const contentsId = window.webContents.id;
  senders.trustWebContents(contentsId);
  window.on('closed', () => {
    senders.forgetWebContents(contentsId);
    window = null;
  });
  app.on('before-quit', () => {
    void services.clipboard.clearNowIfOurs();
    void services.tokenServer.stop();
  });
  app.on('window-all-closed', () => app.quit());
  await window.loadURL(rendererUrl);
  return { window, services, senders, rendererUrl };
}
