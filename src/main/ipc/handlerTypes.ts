/**
 * Types of main-side IPC handlers, derived from the contract.
 *
 * A handler receives the request already validated (zod output) and returns the response
 * (validated again by the dispatcher on the way out). It may throw a `TokenLabError` to reply
 * with a typed error; the dispatcher catches everything else too.
 */
import type { ChannelMap, ChannelSpec, HandlerResultOf, ValidRequestOf } from '../../shared/ipc/channel';
import type { IpcContract } from '../../shared/ipc/contract';

export type ChannelHandler<S extends ChannelSpec> = (request: ValidRequestOf<S>) => Promise<HandlerResultOf<S>> | HandlerResultOf<S>;

/** One handler per channel of a channel record (a domain file, or the whole contract). */
export type HandlersFor<M extends ChannelMap> = { [K in keyof M & string]: ChannelHandler<M[K]> };

/** The complete handler set: the type makes a missing handler a compile error. */
export type IpcHandlers = HandlersFor<IpcContract>;
