/**
 * The packaging hook that flips Electron's fuses, against a stand-in `@electron/fuses`
 * (electron-builder cannot package here: no Electron binary). packagingConfig.test.ts runs the
 * real library on a stand-in binary and checks electron-builder finds this hook.
 */
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const flipped = vi.hoisted(() => [] as Array<{ path: string; config: Record<string, unknown> }>);

vi.mock('@electron/fuses', () => ({
  FuseVersion: { V1: '1' },
  FuseV1Options: {
    RunAsNode: 0,
    EnableCookieEncryption: 1,
    EnableNodeOptionsEnvironmentVariable: 2,
    EnableNodeCliInspectArguments: 3,
    EnableEmbeddedAsarIntegrityValidation: 4,
    OnlyLoadAppFromAsar: 5,
    LoadBrowserProcessSpecificV8Snapshot: 6,
    GrantFileProtocolExtraPrivileges: 7,
  },
  flipFuses: async (path: string, config: Record<string, unknown>) => {
    flipped.push({ path, config });
    return 1;
  },
}));

const { afterPack } = await import('../../../scripts/afterPack.mjs');

const ARCH = { x64: 1, arm64: 3, universal: 4 } as const;
const packager = { appInfo: { productFilename: 'TokenLab' }, executableName: 'tokenlab' };
const context = (electronPlatformName: string, arch: number = ARCH.x64) => ({ appOutDir: '/dist/unpacked', electronPlatformName, arch, packager });

beforeEach(() => {
  flipped.length = 0;
});

describe('the afterPack hook', () => {
  it('turns off RunAsNode, NODE_OPTIONS and --inspect, and turns on ASAR integrity and ASAR-only loading', async () => {
    await afterPack(context('linux'));
    expect(flipped).toHaveLength(1);
    expect(flipped[0]!.config).toEqual({
      version: '1',
      resetAdHocDarwinSignature: false,
      0: false, // RunAsNode
      2: false, // EnableNodeOptionsEnvironmentVariable
      3: false, // EnableNodeCliInspectArguments
      4: true, // EnableEmbeddedAsarIntegrityValidation
      5: true, // OnlyLoadAppFromAsar
    });
  });

  it('flips the executable electron-builder produced on each platform', async () => {
    await afterPack(context('linux'));
    await afterPack(context('win32'));
    await afterPack(context('darwin'));
    await afterPack(context('mas'));
    expect(flipped.map((f) => f.path)).toEqual([
      join('/dist/unpacked', 'tokenlab'),
      join('/dist/unpacked', 'TokenLab.exe'),
      join('/dist/unpacked', 'TokenLab.app'),
      join('/dist/unpacked', 'TokenLab.app'),
    ]);
  });

  it('re-signs ad hoc only macOS arm64 and universal builds (flipping breaks their signature)', async () => {
    for (const [platform, arch] of [['darwin', ARCH.arm64], ['darwin', ARCH.universal], ['darwin', ARCH.x64], ['linux', ARCH.arm64], ['win32', ARCH.arm64]] as const) {
      await afterPack(context(platform, arch));
    }
    expect(flipped.map((f) => f.config['resetAdHocDarwinSignature'])).toEqual([true, true, false, false, false]);
  });

  it('refuses a platform it has no rule for rather than shipping unflipped', async () => {
    await expect(afterPack(context('freebsd'))).rejects.toThrow(/freebsd/);
    expect(flipped).toHaveLength(0);
  });
});
