/**
 * "Is this the right provider?" is answered by the registry, not by string comparisons: no
 * source file outside src/shared/families/ (and the registry) may hold a string literal that
 * is a registered family id, CLI name or simulator platform id ('zego', 'zego-token04',
 * 'zim', …). Read with the TypeScript parser, so comments and longer texts that merely
 * mention a vendor do not count.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../src/shared/families/registry';
import { REPO_ROOT } from '../support/vectors';

/** Every name that identifies a family or one of its platforms. */
const NAMES = new Set([
  ...defaultRegistry.families.flatMap((f) => [f.id, ...f.cliNames]),
  ...defaultRegistry.platforms.map((p) => p.rules.id),
  'zego',
  'commsease',
  'zim',
  'express',
]);

/**
 * Not yet moved onto the registry, each with its reason. The list may only shrink; a new file
 * here needs a reason a reviewer accepts.
 */
const NOT_YET_MOVED: Record<string, string> = {
  // The CommsEase tools screen (static tokens, server API, callbacks) is that vendor's own
  // feature: its nav id is a screen name, not a family comparison.
  'src/renderer/src/app/navStore.ts': 'screen id of the CommsEase tools',
  'src/renderer/src/app/Shell.tsx': 'screen id of the CommsEase tools',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The string literals of a file that are exactly a family or platform name, with their lines. */
function familyNamesIn(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && NAMES.has(node.text)) {
      found.push(`${node.text} (line ${source.getLineAndCharacterOfPosition(node.getStart()).line + 1})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const files = sourceFiles(join(REPO_ROOT, 'src')).map((path) => relative(REPO_ROOT, path));
const outsideFamilies = files.filter((f) => !f.startsWith('src/shared/families/'));

describe('family names live in the families', () => {
  it('scans the whole source tree', () => {
    expect(outsideFamilies.length).toBeGreaterThan(100);
    expect(files.some((f) => f.startsWith('src/shared/families/zego-token04/'))).toBe(true);
  });

  it('no file outside src/shared/families compares or names a family by its id', () => {
    const offenders = outsideFamilies
      .filter((f) => !(f in NOT_YET_MOVED))
      .flatMap((f) => familyNamesIn(join(REPO_ROOT, f)).map((hit) => `${f}: ${hit}`));
    expect(offenders).toEqual([]);
  });

  it('the not-yet-moved list names only files that still need it', () => {
    const stale = Object.keys(NOT_YET_MOVED).filter((f) => !files.includes(f) || familyNamesIn(join(REPO_ROOT, f)).length === 0);
    expect(stale).toEqual([]);
  });
});
