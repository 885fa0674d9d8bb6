/**
 * Copy text to the clipboard and clear it again after a delay — only if it is still ours.
 *
 * Tokens and checksums are derived from secrets; leaving them on the clipboard invites a
 * paste into the wrong chat. Clearing blindly would destroy whatever the user copied since,
 * so the timer compares first. Pure logic: the clipboard, timers and clock are injected
 * (electron's `clipboard` in production, a fake in tests).
 */

/** Electron's clipboard (asynchronous since Electron 45) or a fake; sync fakes work too. */
export interface ClipboardPort {
  readText(): Promise<string> | string;
  writeText(text: string): Promise<void> | void;
}

export interface TimerPort {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ClipboardAutoClear {
  /** Copy `text`; clear it after `clearAfterSeconds` (0 = never) if the clipboard still holds it. */
  write(text: string, clearAfterSeconds: number): Promise<{ clearsAt: number | null }>;
  /** On quit: clear now if the clipboard still holds our text, and cancel the timer. */
  clearNowIfOurs(): Promise<boolean>;
}

export interface ClipboardAutoClearDeps {
  clipboard: ClipboardPort;
  timers: TimerPort;
  /** Epoch seconds. */
  now: () => number;
  /** Called after an automatic clear (main forwards it to the renderer as `clipboard:cleared`). */
  onCleared?: (at: number) => void;
}

export function createClipboardAutoClear(deps: ClipboardAutoClearDeps): ClipboardAutoClear {
  let pending: { text: string; handle: unknown } | null = null;

  function cancel(): void {
    if (pending) deps.timers.clearTimeout(pending.handle);
    pending = null;
  }

  async function clearIfOurs(text: string): Promise<boolean> {
    if ((await deps.clipboard.readText()) !== text) return false;
    await deps.clipboard.writeText('');
    return true;
  }

  return {
    async write(text, clearAfterSeconds) {
      cancel();
      await deps.clipboard.writeText(text);
      if (clearAfterSeconds <= 0) return { clearsAt: null };
      const handle = deps.timers.setTimeout(() => {
        if (pending?.handle !== handle) return;
        pending = null;
        clearIfOurs(text).then(
          (cleared) => {
            if (cleared) deps.onCleared?.(deps.now());
          },
          () => {}, // a clipboard that cannot be read now is left alone
        );
      }, clearAfterSeconds * 1000);
      pending = { text, handle };
      return { clearsAt: deps.now() + clearAfterSeconds };
    },
    async clearNowIfOurs() {
      const current = pending;
      cancel();
      return current ? clearIfOurs(current.text).catch(() => false) : false;
    },
  };
}
