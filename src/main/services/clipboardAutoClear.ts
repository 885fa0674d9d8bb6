/**
 * Clipboard with auto-clear. (Interface; implementation follows.)
 */
export interface ClipboardAutoClear {
  /** Copy `text`; clear it after `clearAfterSeconds` (0 = never) if the clipboard still holds it. */
  write(text: string, clearAfterSeconds: number): { clearsAt: number | null };
}
