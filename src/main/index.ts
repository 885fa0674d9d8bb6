/**
 * TokenLab's Electron entry: thin wiring only (see electron/startApp.ts for the order of things).
 */
import { join } from 'node:path';
import { app } from 'electron';
import { prepareApp, startTokenLab } from './electron/startApp';

// false: another TokenLab runs and has been asked to show itself; this process quits.
if (prepareApp()) {
  startTokenLab({
    preloadPath: join(__dirname, '../preload/index.js'),
    rendererDir: join(__dirname, '../renderer'),
    devServerUrl: process.env['ELECTRON_RENDERER_URL'],
    log: (line) => console.log(`[tokenlab] ${line}`),
  }).catch((error: unknown) => {
    console.error(`[tokenlab] start-up failed: ${error instanceof Error ? error.name : 'unknown error'}`);
    app.exit(1);
  });
}
