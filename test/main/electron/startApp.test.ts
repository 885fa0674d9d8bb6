/**
 * The Electron wiring, against a stand-in `electron` module: window options, CSP, lockdown
 * handlers, every contract channel registered, and the IPC sender checks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../src/shared/ipc/contract';
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/security/contentSecurityPolicy';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const state = {
    appListeners: new Map<string, Listener[]>(),
    ipcHandlers: new Map<string, Listener>(),
    windows: [] as Array<{ options: Record<string, unknown>; webContents: FakeContents; loaded: string[] }>,
    sessionHandlers: {} as Record<string, Listener>,
    protocolHandlers: new Map<string, Listener>(),
    privileged: [] as unknown[],
    calls: [] as string[],
    clipboardText: '',
    nextId: 7,
    menuTemplate: null as unknown[] | null,
    /** What requestSingleInstanceLock answers: false when another TokenLab holds the lock. */
    lockAvailable: true,
    windowCalls: [] as string[],
    /** What app.getPreferredSystemLanguages answers (the OS language). */
    systemLanguages: ['en-US'],
    /** Every native message box shown, and the button index the fake person clicks. */
    messageBoxes: [] as Array<Record<string, unknown>>,
    messageBoxAnswer: 0,
  };
  interface FakeContents {
    id: number;
    listeners: Map<string, Listener[]>;
    windowOpenHandler: Listener | null;
    mainFrame: { url: string; processId: number; routingId: number; parent: null };
    on(event: string, listener: Listener): void;
    setWindowOpenHandler(handler: Listener): void;
    send: Listener;
    isDestroyed(): boolean;
  }
  function makeContents(): FakeContents {
    const contents: FakeContents = {
      id: state.nextId++,
      listeners: new Map(),
      windowOpenHandler: null,
      mainFrame: { url: '', processId: 11, routingId: 1, parent: null },
      on(event, listener) {
        contents.listeners.set(event, [...(contents.listeners.get(event) ?? []), listener]);
      },
      setWindowOpenHandler(handler) {
        contents.windowOpenHandler = handler;
      },
      send: () => {},
      isDestroyed: () => false,
    };
    return contents;
  }
  return { state, makeContents };
});

vi.mock('electron', () => {
  const { state, makeContents } = fake;
  class BrowserWindow {
    webContents = makeContents();
    loaded: string[] = [];
    constructor(public options: Record<string, unknown>) {
      state.windows.push(this as never);
    }
    minimized = false;
    once() {}
    on() {}
    show() {
      state.windowCalls.push('show');
    }
    focus() {
      state.windowCalls.push('focus');
    }
    restore() {
      state.windowCalls.push('restore');
      this.minimized = false;
    }
    isMinimized() {
      return this.minimized;
    }
    maximize() {}
    isMaximized() {
      return false;
    }
    isDestroyed() {
      return false;
    }
    async loadURL(url: string) {
      this.loaded.push(url);
      this.webContents.mainFrame.url = url;
    }
  }
  return {
    app: {
      isPackaged: true,
      enableSandbox: () => state.calls.push('enableSandbox'),
      setPath: (name: string, value: string) => state.calls.push(`setPath ${name} ${value}`),
      whenReady: async () => {},
      requestSingleInstanceLock: () => {
        state.calls.push('requestSingleInstanceLock');
        return state.lockAvailable;
      },
      on: (event: string, listener: Listener) => state.appListeners.set(event, [...(state.appListeners.get(event) ?? []), listener]),
      quit: () => state.calls.push('quit'),
      exit: () => {},
      showAboutPanel: () => {},
      getPreferredSystemLanguages: () => state.systemLanguages,
      getLocale: () => state.systemLanguages[0] ?? 'en-US',
    },
    BrowserWindow,
    dialog: {
      showMessageBox: async (_parent: unknown, options: Record<string, unknown>) => {
        state.messageBoxes.push(options);
        return { response: state.messageBoxAnswer, checkboxChecked: false };
      },
    },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
    },
    Menu: {
      buildFromTemplate: (template: unknown[]) => ({ template }),
      setApplicationMenu: (menu: { template: unknown[] }) => void (state.menuTemplate = menu.template),
    },
    Notification: class {
      static isSupported() {
        return false;
      }
    },
    shell: { openPath: async () => '' },
    ipcMain: {
      handle: (channel: string, handler: Listener) => state.ipcHandlers.set(channel, handler),
      removeHandler: (channel: string) => state.ipcHandlers.delete(channel),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.privileged.push(...schemes),
      handle: (scheme: string, handler: Listener) => state.protocolHandlers.set(scheme, handler),
    },
    net: {
      fetch: async (url: string) => {
        const { readFile } = await import('node:fs/promises');
        const { fileURLToPath } = await import('node:url');
        try {
          return new Response(await readFile(fileURLToPath(url)), { status: 200, headers: { 'Content-Type': 'text/html' } });
        } catch {
          return new Response('', { status: 404 });
        }
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Listener) => (state.sessionHandlers['permissionRequest'] = h),
        setPermissionCheckHandler: (h: Listener) => (state.sessionHandlers['permissionCheck'] = h),
        setDevicePermissionHandler: (h: Listener) => (state.sessionHandlers['devicePermission'] = h),
        webRequest: {
          onBeforeRequest: (h: Listener) => (state.sessionHandlers['beforeRequest'] = h),
          onHeadersReceived: (h: Listener) => (state.sessionHandlers['headersReceived'] = h),
        },
      },
    },
    clipboard: {
      readText: async () => state.clipboardText,
      writeText: async (text: string) => void (state.clipboardText = text),
    },
  };
});

const { prepareApp, startTokenLab } = await import('../../../src/main/electron/startApp');
const electron = await import('electron');

let home: string;
let base: string;
let rendererDir: string;
let running: Awaited<ReturnType<typeof startTokenLab>>;
const state = fake.state;

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'tokenlab-electron-'));
  base = await mkdtemp(join(tmpdir(), 'tokenlab-build-'));
  rendererDir = join(base, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>TokenLab</title>');
  await writeFile(join(base, 'outside.txt'), 'not for the page'); // next to the renderer folder
  await writeFile(join(home, 'window-state.json'), JSON.stringify({ x: 100, y: 80, width: 1000, height: 700, maximized: false }));
  vi.stubEnv('TOKENLAB_HOME', home);
  expect(prepareApp()).toBe(true);
  running = await startTokenLab({ preloadPath: '/opt/tokenlab/preload/index.js', rendererDir, devServerUrl: 'http://localhost:5173' });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(home, { recursive: true, force: true });
  await rm(base, { recursive: true, force: true });
});

function window() {
  const w = state.windows[0];
  if (!w) throw new Error('no window was created');
  return w;
}

function ipcEvent(overrides: { senderId?: number; url?: string; subframe?: boolean; noFrame?: boolean } = {}) {
  const contents = window().webContents;
  const mainFrame = { ...contents.mainFrame, url: overrides.url ?? 'app://tokenlab/index.html' };
  const frame = overrides.subframe ? { ...mainFrame, routingId: 99, parent: mainFrame } : mainFrame;
  return {
    sender: { id: overrides.senderId ?? contents.id, mainFrame },
    senderFrame: overrides.noFrame ? null : frame,
  };
}

describe('before ready', () => {
  it('enables the sandbox for every renderer, registers app:// as a secure standard scheme, and points userData at the shared data folder', () => {
    expect(state.calls).toContain('enableSandbox');
    expect(state.calls).toContain(`setPath userData ${home}`);
    expect(state.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
    ]);
  });
});

describe('one TokenLab at a time', () => {
  it('takes the single-instance lock after pointing userData at the data folder (the lock lives there)', () => {
    expect(state.calls.indexOf('requestSingleInstanceLock')).toBeGreaterThan(state.calls.indexOf(`setPath userData ${home}`));
    expect(state.calls).not.toContain('quit');
  });

  it('brings the running window to the front when TokenLab is launched again', () => {
    const w = window() as unknown as { minimized: boolean };
    w.minimized = true;
    state.windowCalls.length = 0;
    for (const listener of state.appListeners.get('second-instance') ?? []) listener({}, ['tokenlab'], '/');
    expect(state.windowCalls).toEqual(['restore', 'show', 'focus']);
  });
});

describe('the main window', () => {
  it('is created with every security-relevant web preference set safely', () => {
    const prefs = window().options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({
      preload: '/opt/tokenlab/preload/index.js',
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
    });
    expect(prefs['enableBlinkFeatures']).toBeUndefined();
    expect(prefs['devTools']).toBe(false); // packaged build
  });

  it('opens where it was last closed and installs the application menu (Edit with clipboard roles)', () => {
    expect(window().options).toMatchObject({ x: 100, y: 80, width: 1000, height: 700 });
    const edit = (state.menuTemplate as { label?: string; submenu?: { role?: string }[] }[]).find((m) => m.label === 'Edit');
    expect(edit?.submenu?.map((i) => i.role)).toEqual(expect.arrayContaining(['copy', 'paste', 'cut', 'selectAll']));
  });

  it('loads our own app:// page, not the dev server, when packaged', () => {
    expect(window().loaded).toEqual(['app://tokenlab/index.html']);
    expect(running.rendererUrl).toBe('app://tokenlab/index.html');
  });
});

describe('content security policy', () => {
  it('is strict: nothing by default, no inline script, no remote origin', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('is added to every HTTP response header (dev server)', () => {
    let result: { responseHeaders?: Record<string, string[]> } = {};
    state.sessionHandlers['headersReceived']?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, (r: typeof result) => (result = r));
    expect(result.responseHeaders?.['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(result.responseHeaders?.['Content-Type']).toEqual(['text/html']);
  });

  it('is sent with every app:// response, and app:// serves nothing outside the renderer folder', async () => {
    const handler = state.protocolHandlers.get('app');
    expect(handler).toBeDefined();
    const ok = (await handler?.(new Request('app://tokenlab/index.html'))) as Response;
    expect(ok.status).toBe(200);
    expect(ok.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await ok.text()).toContain('TokenLab');
    for (const url of ['app://tokenlab/../outside.txt', 'app://tokenlab/%2e%2e/outside.txt', 'app://tokenlab/..%2foutside.txt', 'app://other/index.html']) {
      const refused = (await handler?.(new Request(url))) as Response;
      expect(refused.status, url).toBe(404);
    }
  });

  it('matches the meta tag in src/renderer/index.html, when that page exists', () => {
    const page = join(__dirname, '../../../src/renderer/index.html');
    if (!existsSync(page)) return;
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(readFileSync(page, 'utf8'));
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('lockdown', () => {
  it('denies every permission request and check', () => {
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      state.sessionHandlers['permissionRequest']?.({}, permission, (granted: boolean) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false, false]);
    expect(state.sessionHandlers['permissionCheck']?.({}, 'media')).toBe(false);
    expect(state.sessionHandlers['devicePermission']?.({})).toBe(false);
  });

  it('blocks every request to a remote origin', () => {
    const verdicts: Record<string, boolean> = {};
    for (const url of ['https://evil.example/x.js', 'http://localhost:5173/@vite/client', 'app://tokenlab/assets/a.js', 'file:///etc/passwd', 'data:image/png;base64,AA==']) {
      state.sessionHandlers['beforeRequest']?.({ url }, ({ cancel }: { cancel: boolean }) => (verdicts[url] = cancel));
    }
    expect(verdicts).toEqual({
      'https://evil.example/x.js': true,
      'http://localhost:5173/@vite/client': true, // packaged: the dev server is not ours
      'app://tokenlab/assets/a.js': false,
      'file:///etc/passwd': true,
      'data:image/png;base64,AA==': false,
    });
  });

  it('locks down every WebContents the app creates: navigation, redirects, webviews, window.open', () => {
    const created = state.appListeners.get('web-contents-created') ?? [];
    expect(created.length).toBeGreaterThan(0);
    const contents = fake.makeContents();
    for (const listener of created) listener({}, contents);
    const prevented: string[] = [];
    const navigate = (event: string, url: string) =>
      contents.listeners.get(event)?.forEach((l) => l({ preventDefault: () => prevented.push(`${event} ${url}`) }, url));
    navigate('will-navigate', 'https://evil.example/');
    navigate('will-navigate', 'app://evil/index.html');
    navigate('will-navigate', 'app://tokenlab/index.html');
    navigate('will-redirect', 'https://evil.example/');
    contents.listeners.get('will-attach-webview')?.forEach((l) => l({ preventDefault: () => prevented.push('webview') }));
    expect(prevented).toEqual([
      'will-navigate https://evil.example/',
      'will-navigate app://evil/index.html',
      'will-redirect https://evil.example/',
      'webview',
    ]);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });
});

describe('IPC registration', () => {
  it('registers exactly the contract channels', () => {
    expect([...state.ipcHandlers.keys()].sort()).toEqual([...IPC_CHANNELS].sort());
  });

  it('answers our own window main frame', async () => {
    const reply = await state.ipcHandlers.get('profiles:list')?.(ipcEvent(), {});
    expect(reply).toEqual({ ok: true, value: { profiles: [] } });
  });

  it.each([
    ['another WebContents', { senderId: 999 }],
    ['a subframe of our window', { subframe: true }],
    ['a remote origin', { url: 'https://evil.example/index.html' }],
    ['another app:// host', { url: 'app://evil/index.html' }],
    ['a file:// page', { url: 'file:///tmp/index.html' }],
    ['a destroyed frame', { noFrame: true }],
  ])('refuses %s with FORBIDDEN_SENDER before anything runs', async (_label, overrides) => {
    for (const channel of IPC_CHANNELS) {
      const reply = await state.ipcHandlers.get(channel)?.(ipcEvent(overrides), {});
      expect(reply, channel).toEqual({ ok: false, error: { code: 'FORBIDDEN_SENDER', message: expect.any(String) } });
    }
  });

  it('clears our clipboard text on quit, if it is still ours', async () => {
    await running.services.clipboard.write('04AAAtoken', 60);
    expect(state.clipboardText).toBe('04AAAtoken');
    for (const listener of state.appListeners.get('before-quit') ?? []) listener();
    await vi.waitFor(() => expect(state.clipboardText).toBe(''));
  });
});

describe("main's language", () => {
  type MenuItem = { label?: string; role?: string; submenu?: MenuItem[] };
  const menu = () => state.menuTemplate as MenuItem[];
  const topLabels = () => menu().map((m) => m.label ?? m.role);
  const setLanguage = (request: unknown, overrides: Parameters<typeof ipcEvent>[0] = {}) =>
    state.ipcHandlers.get('settings:setLanguage')?.(ipcEvent(overrides), request);

  it('rebuilds the menu in Chinese when the page picks Chinese, and in English again when it picks English', async () => {
    const before = state.menuTemplate;
    expect(await setLanguage({ language: 'zh-CN' })).toEqual({ ok: true, value: { language: 'zh-CN' } });
    expect(state.menuTemplate).not.toBe(before);
    expect(topLabels()).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    const edit = menu().find((m) => m.label === '编辑');
    expect(edit?.submenu?.filter((i) => i.role).map((i) => [i.role, i.label])).toEqual([
      ['undo', '撤销'],
      ['redo', '重做'],
      ['cut', '剪切'],
      ['copy', '复制'],
      ['paste', '粘贴'],
      ['delete', '删除'],
      ['selectAll', '全选'],
    ]);
    expect(menu()[0]?.submenu?.[0]?.label).toBe('粘贴并检查');
    await setLanguage({ language: 'en' });
    expect(topLabels()).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('asks its native questions in the language the page picked: title, message and both buttons', async () => {
    await setLanguage({ language: 'zh-CN' });
    try {
      state.messageBoxes.length = 0;
      state.messageBoxAnswer = 0; // Cancel
      const reply = await state.ipcHandlers.get('tokenServer:start')?.(ipcEvent(), { allowProd: true });
      expect(state.messageBoxes).toHaveLength(1);
      expect(state.messageBoxes[0]).toMatchObject({
        title: '要提供生产环境档案的令牌吗？',
        buttons: ['取消', '提供 prod 档案'],
        defaultId: 0,
        cancelId: 0,
      });
      expect(String(state.messageBoxes[0]?.['detail'])).toContain('生产环境密钥');
      expect(reply).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: '没有确认提供 prod 档案；服务器未启动' } });
    } finally {
      await setLanguage({ language: 'en' });
    }
  });

  it.each([
    ['another WebContents', { senderId: 999 }],
    ['a subframe of our window', { subframe: true }],
    ['a remote origin', { url: 'https://evil.example/index.html' }],
  ])('does not let %s switch it', async (_label, overrides) => {
    const before = state.menuTemplate;
    expect(await setLanguage({ language: 'zh-CN' }, overrides)).toEqual({ ok: false, error: { code: 'FORBIDDEN_SENDER', message: expect.any(String) } });
    expect(state.menuTemplate).toBe(before);
    expect(running.services.language.current()).toBe('en');
  });

  it('refuses a language the catalogues do not have, and the menu stays as it was', async () => {
    const before = state.menuTemplate;
    for (const request of [{ language: 'fr' }, { language: 'ZH-CN' }, { language: ['zh-CN'] }, {}, 'zh-CN']) {
      const reply = (await setLanguage(request)) as { ok: boolean; error?: { code: string } };
      expect(reply.ok, JSON.stringify(request)).toBe(false);
      expect(reply.error?.code).toBe('INVALID_INPUT');
    }
    expect(state.menuTemplate).toBe(before);
    expect(topLabels()).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });

  // Last: it starts a second app, whose window is then the trusted one.
  it('starts in the OS language, before the page says anything', async () => {
    expect(topLabels()).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    state.systemLanguages = ['zh-Hans-CN', 'en-US'];
    try {
      await startTokenLab({ preloadPath: '/opt/tokenlab/preload/index.js', rendererDir });
      expect(topLabels()).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    } finally {
      state.systemLanguages = ['en-US'];
    }
  });
});

describe('the dev server (ELECTRON_RENDERER_URL)', () => {
  const startUnpackaged = async (devServerUrl: string) => {
    const lines: string[] = [];
    Object.assign(electron.app, { isPackaged: false });
    try {
      const started = await startTokenLab({ preloadPath: '/opt/tokenlab/preload/index.js', rendererDir, devServerUrl, log: (l) => lines.push(l) });
      return { url: started.rendererUrl, loaded: state.windows.at(-1)!.loaded, lines };
    } finally {
      Object.assign(electron.app, { isPackaged: true });
    }
  };

  it('is loaded when the app is unpackaged and the server is on loopback', async () => {
    const run = await startUnpackaged('http://localhost:5173');
    expect(run.url).toBe('http://localhost:5173/');
    expect(run.loaded).toEqual(['http://localhost:5173/']);
  });

  it('is ignored, with a log line, when it is not on loopback, even unpackaged', async () => {
    const run = await startUnpackaged('https://evil.example/');
    expect(run.url).toBe('app://tokenlab/index.html');
    expect(run.loaded).toEqual(['app://tokenlab/index.html']);
    expect(run.lines).toContain('ELECTRON_RENDERER_URL ignored (not a loopback http(s) server): loading the app:// page');
    expect(run.lines.join('\n')).not.toContain('evil.example');
  });
});

describe('a second launch', () => {
  it('quits before opening anything when another TokenLab holds the lock', () => {
    state.lockAvailable = false;
    state.calls.length = 0;
    expect(prepareApp()).toBe(false);
    expect(state.calls.slice(-2)).toEqual(['requestSingleInstanceLock', 'quit']);
  });
});
