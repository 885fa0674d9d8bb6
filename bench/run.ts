/**
 * `npm run bench [name]`: every benchmark in bench/ (or those whose file name contains
 * `name`), one after another. Figures, not pass/fail: they are not part of the test suite.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

async function main(): Promise<void> {
  const only = process.argv[2];
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only))).sort();
  for (const file of files) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(join(__dirname, file)) as { run: () => Promise<void> };
    console.log(`\n# ${file}`);
    await mod.run();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
