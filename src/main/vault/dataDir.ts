/**
 * Where TokenLab keeps its files (profiles.json, history), shared by the app and the CLI.
 *
 * `TOKENLAB_HOME` wins (tests, portable use). Otherwise the folder Electron's `userData`
 * resolves to for productName "TokenLab" — computed here without Electron so the CLI finds
 * the same profiles; src/main/index.ts sets `userData` to this path so the two always agree.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const DATA_DIR_NAME = 'TokenLab';

export function resolveDataDir(
  env: Readonly<Record<string, string | undefined>> = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const override = env['TOKENLAB_HOME'];
  if (override !== undefined && override.trim() !== '') return resolve(override);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', DATA_DIR_NAME);
  if (platform === 'win32') return join(nonEmpty(env['APPDATA']) ?? join(home, 'AppData', 'Roaming'), DATA_DIR_NAME);
  // Linux and other XDG systems; a relative XDG_CONFIG_HOME is invalid per the spec and ignored.
  const xdg = nonEmpty(env['XDG_CONFIG_HOME']);
  return join(xdg !== undefined && xdg.startsWith('/') ? xdg : join(home, '.config'), DATA_DIR_NAME);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
