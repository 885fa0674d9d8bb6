import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

vi.mock('electron', () => ({ Menu: { buildFromTemplate: vi.fn(), setApplicationMenu: vi.fn() } }));

const { appMenuTemplate } = await import('../../../src/main/electron/menu');

function items(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((m) => m.label === label || m.role === label);
  return (menu?.submenu as MenuItemConstructorOptions[]) ?? [];
}

function options(platform: NodeJS.Platform, isDev = false) {
  const sent: string[] = [];
  const pasted: number[] = [];
  const opts = {
    platform,
    isDev,
    language: 'en' as const,
    command: (c: string) => sent.push(c),
    pasteIntoFocused: () => pasted.push(1),
    showDataFolder: vi.fn(),
    showAbout: vi.fn(),
  };
  return { opts, sent, pasted };
}

describe('application menu', () => {
  it('has an Edit menu with the clipboard roles, so copy and paste work in every field', () => {
    const { opts } = options('linux');
    const roles = items(appMenuTemplate(opts as never), 'Edit').map((i) => i.role);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'undo', 'redo']));
  });

  it('sends the same commands as the page shortcuts, without registering those keys twice', () => {
    const { opts, sent } = options('linux');
    const file = items(appMenuTemplate(opts as never), 'File');
    const generate = file.find((i) => i.label === 'Generate Token')!;
    expect(generate.accelerator).toBe('CmdOrCtrl+G');
    expect(generate.registerAccelerator).toBe(false);
    (generate.click as () => void)();
    expect(sent).toEqual(['generate-token']);
  });

  it('"Paste and Inspect" focuses the paste box, then pastes into it', async () => {
    vi.useFakeTimers();
    const { opts, sent, pasted } = options('linux');
    const item = items(appMenuTemplate(opts as never), 'File').find((i) => i.label === 'Paste and Inspect')!;
    (item.click as () => void)();
    expect(sent).toEqual(['paste-and-inspect']);
    expect(pasted).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(pasted).toEqual([1]);
    vi.useRealTimers();
  });

  it('shows developer tools only in development, and the app menu only on macOS', () => {
    const prod = appMenuTemplate(options('linux').opts as never);
    expect(items(prod, 'View').some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(prod.some((m) => m.role === 'appMenu')).toBe(false);
    const dev = appMenuTemplate(options('darwin', true).opts as never);
    expect(items(dev, 'View').some((i) => i.role === 'toggleDevTools')).toBe(true);
    expect(dev[0]?.role).toBe('appMenu');
  });
});
