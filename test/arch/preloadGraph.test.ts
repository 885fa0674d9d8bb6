/**
 * The preload ships names, not schemas: the modules it loads at run time (type-only imports
 * are erased by the bundler) must not reach zod or the channel schemas. Main validates every
 * request and reply; a schema in the preload is dead weight parsed at every window start.
 * (The e2e performance test prints the built size.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/vectors';

// `import … from 'x'`, `export … from 'x'`, `import 'x'`; the named list tells type-only ones apart.
const STATEMENT = /^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm;

/** Specifiers this file loads at run time (not `import type`, not `import { type A, type B }`). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs: string[] = [];
  for (const m of text.matchAll(STATEMENT)) {
    if (m[5]) {
      specs.push(m[5]);
      continue;
    }
    if (m[2]) continue;
    const clause = m[3] ?? '';
    const named = /\{([^}]*)\}/.exec(clause);
    const hasDefaultOrStar = clause.replace(/\{[^}]*\}/, '').replace(/,/g, '').trim() !== '';
    const valueNames = named ? named[1]!.split(',').map((s) => s.trim()).filter((s) => s !== '' && !s.startsWith('type ')) : [];
    if (hasDefaultOrStar || valueNames.length > 0) specs.push(m[4]!);
  }
  return specs;
}

function resolveLocal(from: string, spec: string): string {
  const base = resolve(dirname(from), spec);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, resolve(base, 'index.ts'), base]) if (existsSync(candidate)) return candidate;
  throw new Error(`cannot resolve ${spec} from ${from}`);
}

function runtimeGraph(entry: string): { modules: string[]; packages: string[] } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of runtimeImports(file)) {
      if (spec.startsWith('.')) visit(resolveLocal(file, spec));
      else packages.add(spec);
    }
  };
  visit(entry);
  return { modules: [...seen].map((f) => relative(REPO_ROOT, f)).sort(), packages: [...packages].sort() };
}

describe('the preload bundle', () => {
  const graph = runtimeGraph(resolve(REPO_ROOT, 'src/preload/index.ts'));

  it('loads electron and nothing else from packages (no zod)', () => {
    expect(graph.packages).toEqual(['electron']);
  });

  it('reaches neither the contract nor any schema at run time', () => {
    const schemaModules = graph.modules.filter((m) => /src\/shared\/ipc\/(contract|events|channel|channels\/|schemas\/)/.test(m));
    expect(schemaModules).toEqual([]);
    expect(graph.modules).toContain('src/shared/ipc/manifest.ts');
  });

  it('the scanner tells type-only imports apart (so the checks above mean something)', () => {
    const contract = runtimeGraph(resolve(REPO_ROOT, 'src/shared/ipc/contract.ts'));
    expect(contract.packages).toContain('zod');
    expect(runtimeGraph(resolve(REPO_ROOT, 'src/shared/ipc/manifest.ts')).modules).toEqual(['src/shared/ipc/manifest.ts']);
  });
});
