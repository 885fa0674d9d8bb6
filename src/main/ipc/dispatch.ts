/**
 * The one IPC dispatcher: validate → run → validate the reply → map errors. Never throws.
 *
 * Pure (no electron), so the same function serves the real `ipcMain` registration, the e2e
 * transport and the fuzz/canary tests. Logs carry the channel and the outcome code only —
 * never a payload, because payloads may hold a secret (profiles:add) or a token.
 */
import { ZodError } from 'zod';
import type { ChannelMap } from '../../shared/ipc/channel';
import { IPC_CONTRACT } from '../../shared/ipc/contract';
import { errorReply, type IpcError, type IpcReply } from '../../shared/ipc/reply';
import { isTokenLabError } from '../../shared/errors';
import { describeZodError, zodDetailParams } from '../../shared/ipc/describeZodError';
import type { Language } from '../../shared/i18n';
import { MainTextError, wordError } from '../i18n/mainText';
import type { HandlersFor, IpcHandlers } from './handlerTypes';

export type IpcDispatch = (channel: string, request: unknown) => Promise<IpcReply<unknown>>;

/** Receives one line per call, e.g. `ipc profiles:add → ok` or `ipc tokens:inspect → INVALID_INPUT`. */
export type DispatchLog = (line: string) => void;

export interface DispatcherOptions {
  log?: DispatchLog;
  /** The language a handler's error is worded in for the page (default English). */
  language?: () => Language;
}

/** Map anything thrown by a handler to a reply; unexpected errors say nothing specific. */
function errorToReply(channel: string, error: unknown, language: Language): { ok: false; error: IpcError } {
  if (isTokenLabError(error)) return errorReply(error.code, wordError(error, language));
  if (error instanceof ZodError) return errorReply('INVALID_INPUT', describeZodError(error));
  return errorReply('INTERNAL', `internal error while handling ${channel}`);
}

export function createContractDispatcher<M extends ChannelMap>(
  contract: M,
  handlers: HandlersFor<M>,
  options: DispatcherOptions = {},
): IpcDispatch {
  const log = options.log ?? (() => {});
  const language = options.language ?? (() => 'en' as const);
  return async (channel, request) => {
    const outcome = await dispatchOnce(contract, handlers, channel, request, language);
    log(`ipc ${typeof channel === 'string' && Object.prototype.hasOwnProperty.call(contract, channel) ? channel : '(unknown channel)'} → ${outcome.ok ? 'ok' : outcome.error.code}`);
    return outcome;
  };
}

async function dispatchOnce<M extends ChannelMap>(
  contract: M,
  handlers: HandlersFor<M>,
  channel: string,
  request: unknown,
  language: () => Language,
): Promise<IpcReply<unknown>> {
  try {
    if (typeof channel !== 'string' || !Object.prototype.hasOwnProperty.call(contract, channel)) {
      return errorReply('UNKNOWN_CHANNEL', 'no such IPC channel');
    }
    const spec: ChannelMap[string] = contract[channel] as ChannelMap[string];
    const handler = (handlers as Record<string, unknown>)[channel] as ((req: unknown) => unknown) | undefined;
    if (typeof handler !== 'function') return errorReply('INTERNAL', `no handler registered for ${channel}`);

    const parsedRequest = spec.request.safeParse(request);
    if (!parsedRequest.success) {
      const invalid = new MainTextError('INVALID_INPUT', 'invalidRequest', { channel, ...zodDetailParams(parsedRequest.error) });
      return errorReply('INVALID_INPUT', wordError(invalid, language()));
    }
    let result: unknown;
    try {
      result = await handler(parsedRequest.data);
    } catch (error) {
      return errorToReply(channel, error, language());
    }
    const parsedReply = spec.response.safeParse(result);
    if (!parsedReply.success) {
      return errorReply('INTERNAL', `the reply of ${channel} did not match the contract (${describeZodError(parsedReply.error)})`);
    }
    return { ok: true, value: parsedReply.data };
  } catch {
    // Only reachable through a bug in a schema's own refine/transform: still a reply, not a throw.
    return errorReply('INTERNAL', 'internal error in the IPC dispatcher');
  }
}

/** The production dispatcher over the whole contract. */
export function createIpcDispatcher(handlers: IpcHandlers, options: DispatcherOptions = {}): IpcDispatch {
  return createContractDispatcher(IPC_CONTRACT, handlers, options);
}
