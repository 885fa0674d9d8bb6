import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

vi.mock('electron', () => ({ Menu: { buildFromTemplate: vi.fn(), setApplicationMenu: vi.fn() } }));

const { appMenuTemplate } = await import('../../../src/main/electron/menu');

function items(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((m) => m.label === label || m.role === label);
  return (menu?.submenu as MenuItemConstructorOptions[]) ?? [];
}

function everyItem(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  // macOS names the first (appMenu) menu after the app, whatever its label.
  return template
    .flatMap((item) => [item, ...(Array.isArray(item.submenu) ? everyItem(item.submenu) : [])])
    .filter((item) => item.type !== 'separator' && item.role !== 'appMenu');
}

function options(platform: NodeJS.Platform, isDev = false, language: 'en' | 'zh-CN' = 'en') {
  const sent: string[] = [];
  const pasted: number[] = [];
  const opts = {
    platform,
    isDev,
    language,
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

  it.each(['linux', 'win32', 'darwin'] as const)('on %s, is Chinese throughout when the app is, roles included (Electron would word those in English)', (platform) => {
    const items = everyItem(appMenuTemplate(options(platform, true, 'zh-CN').opts as never));
    expect(items.length).toBeGreaterThan(20);
    for (const item of items) {
      expect(item.label, JSON.stringify({ role: item.role })).toMatch(/[\u4e00-\u9fff]/);
    }
    const file = appMenuTemplate(options(platform, false, 'zh-CN').opts as never).find((m) => m.label === '文件');
    expect((file?.submenu as MenuItemConstructorOptions[]).map((i) => i.label).filter(Boolean).slice(0, 3)).toEqual(['粘贴并检查', '生成令牌', '新建档案…']);
  });

  it('labels every item in English too, so no role falls back to words of its own', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      for (const item of everyItem(appMenuTemplate(options(platform, true).opts as never))) {
        expect(item.label, JSON.stringify({ role: item.role })).toMatch(/^[A-Z][A-Za-z …]+$/);
      }
    }
  });
});
