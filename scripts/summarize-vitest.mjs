// Prints CI's closing line "N passed, N failed[, N skipped]" from vitest's JSON report.
// Failed non-vitest steps (lint, typecheck, build, security scan) count as failures too,
// and a missing report (vitest crashed) is a failure, never a silent pass.
import { existsSync, readFileSync } from 'node:fs';

const [reportPath, stepFailuresRaw] = process.argv.slice(2);
const stepFailures = Number(stepFailuresRaw ?? 0);
let passed = 0;
let failed = stepFailures;
let skipped = 0;
if (reportPath && existsSync(reportPath)) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  if (report.success === false && (report.numFailedTests ?? 0) === 0) failed += 1;
} else {
  console.error('vitest produced no report: counting it as a failure');
  failed += 1;
}
if (stepFailures > 0) console.error(`${stepFailures} non-test step(s) failed (lint, typecheck, build or security scan): see above`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
