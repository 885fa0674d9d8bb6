/**
 * Keyboard shortcuts and menu commands, resolved to one set of actions.
 *
 * The shortcuts are handled in the page (the menu shows them but does not register them), so
 * they work the same in Electron and in the browser-based end-to-end tests.
 */
import { flushSync } from 'react-dom';
import type { AppCommand } from '../../../shared/ipc/events';
import { INSPECTOR_INPUT_ID } from '../features/inspector/InspectorScreen';
import { GENERATOR_FORM_ID } from '../features/generator/GeneratorScreen';
import { effectiveInspection } from '../features/inspector/inspectorStore';
import { SCREENS } from './navStore';
import type { AppStores } from './stores';

/** Focus the paste box with its text selected, so the paste that follows replaces it. */
export function focusPasteBox(stores: AppStores): void {
  if (stores.nav.getState().screen !== 'inspector') flushSync(() => stores.nav.getState().go('inspector'));
  const box = document.getElementById(INSPECTOR_INPUT_ID);
  if (box instanceof HTMLTextAreaElement) {
    box.focus();
    box.select();
  }
}

export function generateNow(stores: AppStores): void {
  if (stores.nav.getState().screen !== 'generator') flushSync(() => stores.nav.getState().go('generator'));
  const form = document.getElementById(GENERATOR_FORM_ID);
  if (form instanceof HTMLFormElement) form.requestSubmit();
}

/** The token the current screen shows: the inspected one, or the one just minted. */
export function currentToken(stores: AppStores): string | null {
  const screen = stores.nav.getState().screen;
  if (screen === 'generator') return stores.generator.getState().minted?.token ?? null;
  if (screen === 'inspector') {
    const state = stores.inspector.getState();
    if (state.rows.length !== 1) return null;
    return effectiveInspection(state, 0)?.token ?? null;
  }
  return null;
}

export function runAppCommand(stores: AppStores, command: AppCommand): void {
  const go = stores.nav.getState().go;
  switch (command) {
    case 'paste-and-inspect':
      focusPasteBox(stores);
      break;
    case 'generate-token':
      generateNow(stores);
      break;
    case 'new-profile':
      flushSync(() => go('profiles'));
      document.getElementById('add-name')?.focus();
      break;
    case 'focus-search':
      focusPasteBox(stores);
      break;
    case 'open-profiles':
      go('profiles');
      break;
    case 'open-simulator':
      go('simulator');
      break;
    case 'open-board':
      go('board');
      break;
  }
}

function isMod(event: KeyboardEvent): boolean {
  return event.ctrlKey || event.metaKey;
}

/** Handles the app's shortcuts; returns true when the key was one of them. */
export function handleShortcut(stores: AppStores, event: KeyboardEvent): boolean {
  if (!isMod(event) || event.altKey) return false;
  const key = event.key.toLowerCase();
  if (event.shiftKey && key === 'v') {
    // No preventDefault: the browser's own paste then lands in the focused, selected box.
    focusPasteBox(stores);
    return true;
  }
  if (event.shiftKey && key === 'c') {
    const token = currentToken(stores);
    if (token === null) return false;
    event.preventDefault();
    void stores.clipboard.getState().copy(token, 'token');
    return true;
  }
  if (!event.shiftKey && key === 'g') {
    event.preventDefault();
    generateNow(stores);
    return true;
  }
  if (!event.shiftKey && /^[1-7]$/.test(event.key)) {
    event.preventDefault();
    stores.nav.getState().go(SCREENS[Number(event.key) - 1]!);
    return true;
  }
  return false;
}
