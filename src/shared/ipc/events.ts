/**
 * Events main pushes to the renderer (menu commands, clipboard cleared), with their payloads.
 *
 * The preload subscribes only to names in this list, so a compromised main-side module cannot
 * reach arbitrary renderer listeners and the renderer cannot listen on arbitrary channels.
 * To add one: a line in APP_EVENTS; main sends it with `sendAppEvent` (src/main/electron).
 */
import { z } from 'zod';
import { requestLogEntrySchema } from '../tokenServer/requestLog';

/** Commands from the application menu / accelerators, handled by the renderer. */
export const APP_COMMANDS = [
  'paste-and-inspect',
  'new-profile',
  'generate-token',
  'focus-search',
  'open-profiles',
  'open-simulator',
  'open-board',
] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

export const APP_EVENTS = {
  /** A menu item or accelerator asked for a renderer action. */
  'app:command': z.strictObject({ command: z.enum(APP_COMMANDS) }),
  /** The clipboard auto-clear ran and removed our text. */
  'clipboard:cleared': z.strictObject({ at: z.number() }),
  /** One request line of the local token server (no token text, no key). */
  'tokenServer:logged': requestLogEntrySchema,
} as const;

export type AppEvents = typeof APP_EVENTS;
export type AppEventName = keyof AppEvents & string;
export type AppEventPayload<E extends AppEventName> = z.output<AppEvents[E]>;

export const APP_EVENT_NAMES = Object.keys(APP_EVENTS) as AppEventName[];

export function isAppEventName(name: unknown): name is AppEventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(APP_EVENTS, name);
}
