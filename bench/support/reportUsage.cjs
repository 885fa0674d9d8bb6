// Preloaded (`node -r`) into a CLI child process by the batch bench: on exit, writes the
// process's peak RSS (KB) and CPU time of all its threads (µs) to TOKENLAB_USAGE_FILE as JSON.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS preload for `node -r`
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  const file = process.env.TOKENLAB_USAGE_FILE;
  const u = process.resourceUsage();
  if (file) writeFileSync(file, JSON.stringify({ maxRSS: u.maxRSS, userCPU: u.userCPUTime, systemCPU: u.systemCPUTime }));
});
