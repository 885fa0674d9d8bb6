/**
 * The application menu: Edit with the standard roles (so copy/paste work in every field and
 * on macOS at all), View, Window and Help, plus TokenLab's own commands.
 *
 * TokenLab's shortcuts (Ctrl+Shift+V, Ctrl+G, Ctrl+1…7, Ctrl+Shift+C) are handled by the page,
 * so they work identically in the end-to-end tests; the menu shows them but does not register
 * them (`registerAccelerator: false`), and a click sends the same `app:command` event.
 */
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/i18n';
import type { AppCommand } from '../../shared/ipc/events';
import { mainT, type MainTranslate } from '../i18n/mainText';
import { sendAppEvent } from './appEvents';

export interface AppMenuOptions {
  platform: NodeJS.Platform;
  /** Reload and developer tools appear only in development builds. */
  isDev: boolean;
  /** The language picked in the app (main.menu in the catalogue); the menu is rebuilt when it changes. */
  language: Language;
  /** Sends a command to the renderer. */
  command(command: AppCommand): void;
  /** After "Paste and Inspect" focused the box: paste the clipboard into it. */
  pasteIntoFocused(): void;
  showDataFolder(): void;
  showAbout(): void;
}

function commandItem(label: string, command: AppCommand, send: (c: AppCommand) => void, accelerator?: string): MenuItemConstructorOptions {
  return {
    label,
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
    click: () => send(command),
  };
}

type Role = NonNullable<MenuItemConstructorOptions['role']>;

/**
 * A standard role with its label in the app's language: Electron words roles itself, in English
 * (or, on macOS, the OS's language), never in the language picked in the app.
 */
function roleItem(role: Role, t: MainTranslate, key: string): MenuItemConstructorOptions {
  return { role, label: t(`menu.${key}`) };
}

export function appMenuTemplate(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const send = options.command;
  const t = mainT(options.language);
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      role: 'appMenu',
      submenu: [
        roleItem('about', t, 'about'),
        { type: 'separator' },
        { role: 'services', label: t('menu.services') },
        { type: 'separator' },
        roleItem('hide', t, 'hide'),
        roleItem('hideOthers', t, 'hideOthers'),
        roleItem('unhide', t, 'unhide'),
        { type: 'separator' },
        roleItem('quit', t, 'quitApp'),
      ],
    });
  }
  template.push({
    label: t('menu.file'),
    submenu: [
      {
        label: t('menu.pasteAndInspect'),
        accelerator: 'CmdOrCtrl+Shift+V',
        registerAccelerator: false,
        click: () => {
          send('paste-and-inspect');
          // Let the page focus and select its paste box first.
          setTimeout(() => options.pasteIntoFocused(), 80);
        },
      },
      commandItem(t('menu.generateToken'), 'generate-token', send, 'CmdOrCtrl+G'),
      commandItem(t('menu.newProfile'), 'new-profile', send),
      { type: 'separator' },
      isMac ? roleItem('close', t, 'close') : roleItem('quit', t, 'quit'),
    ],
  });
  template.push({
    label: t('menu.edit'),
    submenu: [
      roleItem('undo', t, 'undo'),
      roleItem('redo', t, 'redo'),
      { type: 'separator' },
      roleItem('cut', t, 'cut'),
      roleItem('copy', t, 'copy'),
      roleItem('paste', t, 'paste'),
      roleItem('delete', t, 'delete'),
      { type: 'separator' },
      roleItem('selectAll', t, 'selectAll'),
    ],
  });
  template.push({
    label: t('menu.view'),
    submenu: [
      commandItem(t('menu.board'), 'open-board', send, 'CmdOrCtrl+3'),
      commandItem(t('menu.simulator'), 'open-simulator', send, 'CmdOrCtrl+4'),
      commandItem(t('menu.profiles'), 'open-profiles', send, 'CmdOrCtrl+6'),
      { type: 'separator' },
      roleItem('resetZoom', t, 'resetZoom'),
      roleItem('zoomIn', t, 'zoomIn'),
      roleItem('zoomOut', t, 'zoomOut'),
      { type: 'separator' },
      roleItem('togglefullscreen', t, 'toggleFullScreen'),
      ...(options.isDev ? ([{ type: 'separator' }, roleItem('reload', t, 'reload'), roleItem('toggleDevTools', t, 'toggleDevTools')] as MenuItemConstructorOptions[]) : []),
    ],
  });
  template.push({
    role: 'windowMenu',
    label: t('menu.window'),
    submenu: isMac
      ? [roleItem('minimize', t, 'minimize'), roleItem('zoom', t, 'zoom'), { type: 'separator' }, roleItem('front', t, 'front')]
      : [roleItem('minimize', t, 'minimize'), roleItem('close', t, 'close')],
  });
  template.push({
    role: 'help',
    label: t('menu.help'),
    submenu: [
      { label: t('menu.showDataFolder'), click: () => options.showDataFolder() },
      ...(isMac ? [] : [{ label: t('menu.about'), click: () => options.showAbout() } as MenuItemConstructorOptions]),
    ],
  });
  return template;
}

/** Build the menu for `window` in `options.language` and set it as the application menu (again on every language change). */
export function installAppMenu(window: BrowserWindow, options: Omit<AppMenuOptions, 'command' | 'pasteIntoFocused'>): void {
  const menu = Menu.buildFromTemplate(
    appMenuTemplate({
      ...options,
      command: (command) => {
        if (!window.isDestroyed()) sendAppEvent(window.webContents, 'app:command', { command });
      },
      pasteIntoFocused: () => {
        if (!window.isDestroyed()) window.webContents.paste();
      },
    }),
  );
  Menu.setApplicationMenu(menu);
}
