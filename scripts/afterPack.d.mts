// Types for scripts/afterPack.mjs (electron-builder loads the .mjs; tests import it from TypeScript).
import type { FuseV1Config } from '@electron/fuses';

export interface AfterPackContextLike {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}

export function tokenlabFuses(context: Pick<AfterPackContextLike, 'electronPlatformName' | 'arch'>): FuseV1Config;
export function packagedExecutable(context: Omit<AfterPackContextLike, 'arch'>): string;
export function afterPack(context: AfterPackContextLike): Promise<void>;
