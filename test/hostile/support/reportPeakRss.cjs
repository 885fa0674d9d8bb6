// Preloaded (`node -r`) into a CLI child process by the hostile tests and the bench: on exit,
// writes the process's peak resident memory (kilobytes) to the file named by TOKENLAB_PEAK_RSS_FILE.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS preload for `node -r`
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  const file = process.env.TOKENLAB_PEAK_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
