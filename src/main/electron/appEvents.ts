/**
 * Send a main → renderer event from APP_EVENTS, validated like every IPC payload.
 */
import type { WebContents } from 'electron';
import { APP_EVENTS, type AppEventName, type AppEventPayload } from '../../shared/ipc/events';

export function sendAppEvent<E extends AppEventName>(contents: WebContents, event: E, payload: AppEventPayload<E>): void {
  const parsed = APP_EVENTS[event].safeParse(payload);
  if (!parsed.success || contents.isDestroyed()) return;
  contents.send(event, parsed.data);
}
