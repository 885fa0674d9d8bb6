// Runs @doyensec/electronegativity on src and fails on findings (the tool itself always exits 0):
// any HIGH finding fails; a MEDIUM finding fails unless SECURITY.md explains its check id.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const out = join(mkdtempSync(join(tmpdir(), 'electronegativity-')), 'report.csv');
const run = spawnSync(
  process.execPath,
  [require.resolve('@doyensec/electronegativity/dist/index.js'), '-i', 'src', '-r', '-v', 'false', '-e', electronVersion, '-o', out],
  { encoding: 'utf8' },
);
if (!existsSync(out)) {
  console.error(run.stdout, run.stderr);
  console.error('electronegativity produced no report');
  process.exit(1);
}

/** Minimal CSV parsing: quoted fields may hold commas. */
function parseCsvLine(line) {
  const fields = [];
  let current = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      fields.push(current.trim());
      current = '';
    } else current += ch;
  }
  fields.push(current.trim());
  return fields;
}

const rows = readFileSync(out, 'utf8').split(/\r?\n/).slice(1).filter(Boolean).map(parseCsvLine);
const security = existsSync('SECURITY.md') ? readFileSync('SECURITY.md', 'utf8') : '';
let failed = 0;
for (const [check, severity, confidence, file, location] of rows) {
  const explained = security.includes(check);
  const verdict = severity === 'HIGH' ? 'FAIL' : severity === 'MEDIUM' && !explained ? 'FAIL' : explained ? 'explained' : 'note';
  if (verdict === 'FAIL') failed++;
  console.log(`${verdict.padEnd(9)} ${severity.padEnd(11)} ${check} ${file}:${location} (${confidence})`);
}
console.log(`electronegativity (Electron ${electronVersion}): ${rows.length} finding(s), ${failed} failing`);
process.exit(failed > 0 ? 1 : 0);
