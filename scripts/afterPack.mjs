// electron-builder `afterPack` hook (electron-builder.yml): flips TokenLab's Electron fuses in
// the packaged executable. It runs after the app is copied in and before electron-builder
// signs, so the signature covers the flipped fuses.
//
// Fuses are switches compiled into the Electron binary. Each one turned off here is a way to
// make our signed executable run code that is not our app, with the user's trust in it (and,
// once the keychain is unlocked, a path to the secrets the main process reads).
import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';
import { Arch } from 'electron-builder';

/**
 * The fuse settings TokenLab ships with. Fuses not named keep Electron's default.
 * @param {{ electronPlatformName: string, arch: number }} context
 */
export function tokenlabFuses({ electronPlatformName, arch }) {
  const mac = electronPlatformName === 'darwin' || electronPlatformName === 'mas';
  return {
    version: FuseVersion.V1,
    // Flipping fuses breaks a macOS arm64 binary's ad-hoc signature; @electron/fuses re-signs it.
    resetAdHocDarwinSignature: mac && (arch === Arch.arm64 || arch === Arch.universal),
    // ELECTRON_RUN_AS_NODE=1 would turn the executable into a plain Node.js.
    [FuseV1Options.RunAsNode]: false,
    // NODE_OPTIONS=--require=… would run any script inside the main process.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    // --inspect / --inspect-brk would open a debugger into the main process.
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    // app.asar edited after packaging is refused (macOS and Windows check the embedded hash).
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    // Only app.asar is loaded: a loose app/ folder placed beside it is not.
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
  };
}

/**
 * The packaged Electron executable, named as electron-builder names it: the `.app` bundle on
 * macOS, `<productName>.exe` on Windows, `linux.executableName` on Linux.
 * @param {{ appOutDir: string, electronPlatformName: string, packager: { appInfo: { productFilename: string }, executableName?: string } }} context
 */
export function packagedExecutable({ appOutDir, electronPlatformName, packager }) {
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'linux':
      return join(appOutDir, packager.executableName ?? packager.appInfo.productFilename);
    default:
      throw new Error(`afterPack: no fuse rule for platform "${electronPlatformName}"`);
  }
}

/** @param {Parameters<typeof packagedExecutable>[0] & Parameters<typeof tokenlabFuses>[0]} context */
export async function afterPack(context) {
  await flipFuses(packagedExecutable(context), tokenlabFuses(context));
}
