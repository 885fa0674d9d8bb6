import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
// electron-builder's own loader and schema check (app-builder-lib is electron-builder's core):
// the config is read exactly as `electron-builder` reads it before packaging.
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { resolveFunction } from 'app-builder-lib/out/util/resolve';
import { afterPack } from '../../../scripts/afterPack.mjs';

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

describe('Electron fuses at packaging', () => {
  it('are flipped by the afterPack hook, which electron-builder finds from the config', async () => {
    expect(config['afterPack']).toBe('./scripts/afterPack.mjs');
    expect(config['electronFuses']).toBeUndefined(); // one place flips them, not two
    // electron-builder resolves a ./ hook path from the project folder, then takes the named export.
    const hook = await resolveFunction(undefined, resolve(ROOT, config['afterPack']), 'afterPack', ROOT);
    expect(typeof hook).toBe('function');
    expect((hook as unknown as { name: string }).name).toBe('afterPack');
  });

  it('the hook flips the fuse wire of a packaged executable (stand-in binary, real @electron/fuses)', async () => {
    // An Electron binary holds: sentinel, wire version 1, wire length, then one byte per fuse
    // ('0' off, '1' on). This stand-in has Electron's defaults and one fuse newer than the library.
    const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
    const appOutDir = mkdtempSync(join(tmpdir(), 'tokenlab-fuses-'));
    const defaults = '101100011';
    writeFileSync(join(appOutDir, 'tokenlab'), Buffer.concat([Buffer.from('\x7fELF…code…'), Buffer.from(SENTINEL), Buffer.from([1, defaults.length]), Buffer.from(defaults), Buffer.from('…more code')]));
    await afterPack({ appOutDir, electronPlatformName: 'linux', arch: 1, packager: { appInfo: { productFilename: 'TokenLab' }, executableName: 'tokenlab' } });
    const wire = await getCurrentFuseWire(join(appOutDir, 'tokenlab'));
    const state = (i: number) => String.fromCharCode((wire as unknown as Record<number, number>)[i]!);
    // RunAsNode, cookie encryption (default), NODE_OPTIONS, --inspect: 0; ASAR integrity, ASAR
    // only: 1; V8 snapshot, file:// privileges and the newer fuse keep their defaults (0, 1, 1).
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map(state).join('')).toBe('000011011');
    rmSync(appOutDir, { recursive: true, force: true });
  });
});
