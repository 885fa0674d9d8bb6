/**
 * `clipboard:*` — copy text (a token, a checksum) and clear it again after a delay.
 *
 * The sandboxed renderer has no clipboard API of its own worth trusting for secrets-derived
 * text; main writes it and clears it after `clearAfterSeconds` only if the clipboard still
 * holds our text, so it never wipes something the user copied since.
 */
import { z } from 'zod';
import { defineChannel } from '../channel';

export const DEFAULT_CLIPBOARD_CLEAR_SECONDS = 60;

export const clipboardChannels = {
  'clipboard:writeText': defineChannel({
    summary: 'copy text; auto-clear after N seconds (default 60, 0 = never) if still ours',
    request: z.strictObject({
      text: z.string().min(1).max(1_000_000),
      clearAfterSeconds: z.number().int().min(0).max(86_400).optional(),
    }),
    response: z.strictObject({
      /** Epoch seconds when it will be cleared; null when it will not. */
      clearsAt: z.number().nullable(),
    }),
  }),
} as const;
