/**
 * A yes/no question put to the person at the keyboard by main itself — never by the renderer.
 *
 * The renderer is untrusted, so an approval that matters (sending a stored secret somewhere)
 * cannot be a flag in an IPC request: main asks through this port. The app implements it with
 * a native dialog on its window (src/main/electron/nativeConfirm.ts), the CLI on the terminal
 * (`--yes`, refusing without a TTY), tests with a fake that records the questions.
 */
export interface ConfirmQuestion {
  title: string;
  message: string;
  detail: string;
  /** The yes button's words where "Send" would not fit the question (e.g. "Serve prod profiles"). */
  confirmLabel?: string;
  /** The no button's words in the question's language (default "Cancel"). */
  cancelLabel?: string;
}

export interface ConfirmPort {
  /** true only when the person said yes. */
  confirm(question: ConfirmQuestion): Promise<boolean>;
}

/** Fails closed: what main uses when nothing can ask (no window yet, a headless test). */
export const refuseAllConfirm: ConfirmPort = { confirm: async () => false };
