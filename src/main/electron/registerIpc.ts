/**
 * The only module that touches `ipcMain`: one handler per contract channel.
 *
 * Each call is checked against the sender policy (our window's main frame and page only) and
 * then handed to the pure dispatcher, which validates, runs and shapes the reply. Nothing
 * here throws back into the renderer.
 */
import { ipcMain } from 'electron';
import { IPC_CHANNELS } from '../../shared/ipc/contract';
import { errorReply, type IpcReply } from '../../shared/ipc/reply';
import type { IpcDispatch } from '../ipc/dispatch';
import type { IpcEventLike, SenderPolicy } from '../ipc/senderPolicy';

export interface RegisterIpcOptions {
  dispatch: IpcDispatch;
  senders: SenderPolicy;
  /** Operation log (channel + outcome), never payloads. */
  log?: (line: string) => void;
}

/** Registers every channel; returns a function that removes them again. */
export function registerIpc(options: RegisterIpcOptions): () => void {
  for (const channel of IPC_CHANNELS) {
    ipcMain.handle(channel, async (event, request: unknown): Promise<IpcReply<unknown>> => {
      if (!options.senders.isTrusted(event as unknown as IpcEventLike)) {
        options.log?.(`ipc ${channel} → FORBIDDEN_SENDER`);
        return errorReply('FORBIDDEN_SENDER', 'this frame may not call TokenLab');
      }
      return options.dispatch(channel, request);
    });
  }
  return () => {
    for (const channel of IPC_CHANNELS) ipcMain.removeHandler(channel);
  };
}
