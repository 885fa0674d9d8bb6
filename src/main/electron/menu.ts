/**
 * The application menu: Edit with the standard roles (so copy/paste work in every field and
 * on macOS at all), View, Window and Help, plus TokenLab's own commands.
 *
 * TokenLab's shortcuts (Ctrl+Shift+V, Ctrl+G, Ctrl+1…7, Ctrl+Shift+C) are handled by the page,
 * so they work identically in the end-to-end tests; the menu shows them but does not register
 * them (`registerAccelerator: false`), and a click sends the same `app:command` event.
 */
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/ipc/events';
import { sendAppEvent } from './appEvents';

export interface AppMenuOptions {
  platform: NodeJS.Platform;
  /** Reload and developer tools appear only in development builds. */
  isDev: boolean;
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

export function appMenuTemplate(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const send = options.command;
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ role: 'appMenu' });
  template.push({
    label: 'File',
    submenu: [
      {
        label: 'Paste and Inspect',
        accelerator: 'CmdOrCtrl+Shift+V',
        registerAccelerator: false,
        click: () => {
          send('paste-and-inspect');
          // Let the page focus and select its paste box first.
          setTimeout(() => options.pasteIntoFocused(), 80);
        },
      },
      commandItem('Generate Token', 'generate-token', send, 'CmdOrCtrl+G'),
      commandItem('New Profile…', 'new-profile', send),
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  });
  template.push({
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  });
  template.push({
    label: 'View',
    submenu: [
      commandItem('Countdown Board', 'open-board', send, 'CmdOrCtrl+3'),
      commandItem('Simulator', 'open-simulator', send, 'CmdOrCtrl+4'),
      commandItem('Profiles', 'open-profiles', send, 'CmdOrCtrl+6'),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(options.isDev ? ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] as MenuItemConstructorOptions[]) : []),
    ],
  });
  template.push({ role: 'windowMenu' });
  template.push({
    role: 'help',
    submenu: [
      { label: 'Show Data Folder', click: () => options.showDataFolder() },
      ...(isMac ? [] : [{ label: 'About TokenLab', click: () => options.showAbout() } as MenuItemConstructorOptions]),
    ],
  });
  return template;
}

/** Build the menu for `window` and set it as the application menu. */
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
