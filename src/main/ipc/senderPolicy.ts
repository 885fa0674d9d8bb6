/**
 * Who may call IPC: only our own window's main frame, showing our own page.
 *
 * Pure (structural types instead of electron's), so the rule is unit-tested without Electron.
 * A message from a subframe, another WebContents, or a page that navigated elsewhere (which
 * navigation handlers should prevent anyway) is refused: defence in depth, as VS Code and
 * GitHub Desktop do.
 */

import { isSameRendererPage } from '../security/samePage';

export interface FrameLike {
  url: string;
  processId: number;
  routingId: number;
  parent: FrameLike | null;
}

export interface IpcEventLike {
  sender: { id: number; mainFrame: FrameLike };
  senderFrame: FrameLike | null;
}

export interface SenderPolicy {
  /** Call once our window exists: its WebContents id becomes the only trusted sender. */
  trustWebContents(id: number): void;
  forgetWebContents(id: number): void;
  isTrusted(event: IpcEventLike): boolean;
}

/**
 * `rendererUrl`: the page we load — `app://tokenlab/index.html` in production, the dev server's
 * `http://localhost:PORT/` in development; matched on scheme and host (see samePage.ts).
 */
export function createSenderPolicy(rendererUrl: string): SenderPolicy {
  const trusted = new Set<number>();

  return {
    trustWebContents: (id) => void trusted.add(id),
    forgetWebContents: (id) => void trusted.delete(id),
    isTrusted(event) {
      try {
        const frame = event.senderFrame;
        if (!frame) return false; // the frame navigated or was destroyed
        if (!trusted.has(event.sender.id)) return false;
        const main = event.sender.mainFrame;
        if (frame.parent !== null) return false;
        if (frame.processId !== main.processId || frame.routingId !== main.routingId) return false;
        return isSameRendererPage(rendererUrl, frame.url);
      } catch {
        return false;
      }
    },
  };
}
