/**
 * Who may call IPC: only our own window's main frame, showing our own page.
 *
 * Pure (structural types instead of electron's), so the rule is unit-tested without Electron.
 * A message from a subframe, another WebContents, or a page that navigated elsewhere (which
 * navigation handlers should prevent anyway) is refused: defence in depth, as VS Code and
 * GitHub Desktop do.
 */

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
 * `rendererUrl`: the page we load — a `file://…/index.html` URL in production (matched on the
 * exact path), or the dev server's `http://localhost:PORT/` (matched on origin) in development.
 */
export function createSenderPolicy(rendererUrl: string): SenderPolicy {
  const expected = new URL(rendererUrl);
  const trusted = new Set<number>();

  function urlAllowed(raw: string): boolean {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return false;
    }
    if (expected.protocol === 'file:') return url.protocol === 'file:' && url.pathname === expected.pathname;
    return url.origin === expected.origin;
  }

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
        return urlAllowed(frame.url);
      } catch {
        return false;
      }
    },
  };
}
