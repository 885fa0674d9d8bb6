/**
 * The process boundary, checked by scanning imports (so CI fails even if lint is skipped):
 * the renderer and src/shared never reach Node, Electron or keytar; keytar lives in one file;
 * electron only in the main wiring and the preload.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/vectors';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|cts)$/.test(name) ? [path] : [];
  });
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^import\s*['"]([^'"]+)['"]/gm;
const NODE_BUILTINS = new Set(['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'buffer', 'stream', 'url', 'util', 'events', 'readline']);

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => (m[1] ?? m[2] ?? m[3] ?? m[4]) as string);
}

const all = sourceFiles(join(REPO_ROOT, 'src')).map((file) => ({ file: relative(REPO_ROOT, file), imports: importsOf(file) }));
const under = (prefix: string) => all.filter((f) => f.file.startsWith(prefix));
const isNodeOrPrivileged = (spec: string) =>
  spec.startsWith('node:') || NODE_BUILTINS.has(spec) || spec === 'electron' || spec.startsWith('electron/') || spec === 'keytar';

describe('process boundary', () => {
  it('finds the source tree', () => expect(all.length).toBeGreaterThan(10));

  for (const folder of ['src/shared/', 'src/renderer/']) {
    it(`${folder} imports no Node built-in, electron or keytar`, () => {
      const bad = under(folder).flatMap((f) => f.imports.filter(isNodeOrPrivileged).map((spec) => `${f.file} → ${spec}`));
      expect(bad).toEqual([]);
    });
    it(`${folder} imports nothing from main, preload or cli`, () => {
      const bad = under(folder).flatMap((f) =>
        f.imports.filter((spec) => /(^|\/)(main|preload|cli)\//.test(spec) && spec.startsWith('.')).map((spec) => `${f.file} → ${spec}`),
      );
      expect(bad).toEqual([]);
    });
  }

  it('only src/main/vault/keychain.ts imports keytar', () => {
    const users = all.filter((f) => f.imports.includes('keytar')).map((f) => f.file);
    expect(users.every((f) => f === 'src/main/vault/keychain.ts')).toBe(true);
  });

  it('electron is imported only by the main wiring and the preload', () => {
    const users = all.filter((f) => f.imports.some((s) => s === 'electron' || s.startsWith('electron/'))).map((f) => f.file);
    const allowed = (f: string) => f === 'src/main/index.ts' || f.startsWith('src/main/electron/') || f.startsWith('src/preload/');
    expect(users.filter((f) => !allowed(f))).toEqual([]);
  });

  it('the CLI never imports electron (it must run without a display)', () => {
    const reach = new Set<string>();
    const byPath = new Map(all.map((f) => [f.file, f]));
    const visit = (file: string) => {
      if (reach.has(file)) return;
      reach.add(file);
      for (const spec of byPath.get(file)?.imports ?? []) {
        if (!spec.startsWith('.')) continue;
        const base = join(file, '..', spec);
        const target = ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((p) => byPath.has(p));
        if (target) visit(target);
      }
    };
    visit('src/cli/main.ts');
    const withElectron = [...reach].filter((f) => byPath.get(f)?.imports.includes('electron'));
    expect(withElectron).toEqual([]);
  });

  it('only src/main/electron/registerIpc.ts imports ipcMain', () => {
    const users = all.filter((f) => /\bipcMain\b/.test(readFileSync(join(REPO_ROOT, f.file), 'utf8')) && f.imports.includes('electron'));
    expect(users.map((f) => f.file).filter((f) => f !== 'src/main/electron/registerIpc.ts')).toEqual([]);
  });
});
