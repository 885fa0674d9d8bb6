#!/usr/bin/env node
// The CLI is built with the app (`npm run build`) into out/main/cli.js.
try {
  require('../out/main/cli.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && /out[\\/]main[\\/]cli\.js/.test(String(error.message))) {
    process.stderr.write('tokenlab: not built yet. Run "npm run build" in the TokenLab folder first.\n');
    process.exit(2);
  }
  throw error;
}
