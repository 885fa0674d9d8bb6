import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../../src/main/vault/dataDir';

describe('resolveDataDir (the folder the app and the CLI share)', () => {
  it('lets TOKENLAB_HOME win, made absolute', () => {
    expect(resolveDataDir({ TOKENLAB_HOME: '/tmp/portable', XDG_CONFIG_HOME: '/x' }, 'linux', '/home/a')).toBe('/tmp/portable');
    expect(resolveDataDir({ TOKENLAB_HOME: 'rel' }, 'linux', '/home/a')).toBe(`${process.cwd()}/rel`);
  });

  it('follows Electron userData for productName TokenLab on each platform', () => {
    expect(resolveDataDir({}, 'linux', '/home/a')).toBe('/home/a/.config/TokenLab');
    expect(resolveDataDir({ XDG_CONFIG_HOME: '/home/a/cfg' }, 'linux', '/home/a')).toBe('/home/a/cfg/TokenLab');
    expect(resolveDataDir({ XDG_CONFIG_HOME: 'relative' }, 'linux', '/home/a')).toBe('/home/a/.config/TokenLab');
    expect(resolveDataDir({}, 'darwin', '/Users/a')).toBe('/Users/a/Library/Application Support/TokenLab');
    expect(resolveDataDir({ APPDATA: 'C:/Users/a/AppData/Roaming' }, 'win32', 'C:/Users/a')).toMatch(/Roaming[\\/]TokenLab$/);
  });

  it('ignores an empty TOKENLAB_HOME', () => {
    expect(resolveDataDir({ TOKENLAB_HOME: '  ' }, 'linux', '/home/a')).toBe('/home/a/.config/TokenLab');
  });
});
