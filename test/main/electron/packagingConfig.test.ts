import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// electron-builder's own loader and schema check (app-builder-lib is electron-builder's core):
// the config is read exactly as `electron-builder` reads it before packaging.
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';

const ROOT = resolve(__dirname, '../../..');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- electron-builder's Configuration is loosely typed
const config = (await getConfig(ROOT, null, null)) as Record<string, any>;

describe('packaging configuration', () => {
  it('passes electron-builder’s schema validation', async () => {
    await expect(validateConfiguration(config as never, { add() {} } as never)).resolves.toBeUndefined();
  });

  it('builds deb and AppImage, dmg and nsis under the TokenLab identity', () => {
    expect(config['appId']).toBe('app.tokenlab.desktop');
    expect(config['productName']).toBe('TokenLab');
    expect(config['linux'].target).toEqual(['deb', 'AppImage']);
    expect(config['mac'].target).toEqual(['dmg']);
    expect(config['win'].target).toEqual(['nsis']);
    const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
    expect(pkg.productName).toBe(config['productName']);
  });

  it('packages the built app only, and keeps keytar’s native binary loadable', () => {
    expect(JSON.stringify(config['files'])).toContain('"out/**"');
    expect(config['npmRebuild']).toBe(true);
    expect(config['asarUnpack']).toContain('**/*.node');
  });

  it('has an icon large enough for every platform (PNG, at least 512×512)', () => {
    const png = readFileSync(resolve(ROOT, 'build/icon.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
  });
});
