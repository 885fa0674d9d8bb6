/**
 * What one IPC channel is: a request schema and a response schema, checked at runtime.
 *
 * Compile-time types alone cannot protect the main process from a compromised renderer, so
 * each channel carries zod schemas: main validates every request before a handler sees it and
 * every reply before it leaves. The TypeScript types of the renderer API are derived from the
 * same schemas, so the two can never drift apart.
 */
import type { z } from 'zod';

export interface ChannelSpec<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  /** One line for SECURITY.md / README readers: what the call does. */
  summary: string;
  request: Req;
  response: Res;
}

/** Identity helper that keeps the exact schema types for inference. */
export function defineChannel<Req extends z.ZodType, Res extends z.ZodType>(spec: ChannelSpec<Req, Res>): ChannelSpec<Req, Res> {
  return spec;
}

/** A record of channels named `domain:verb`. */
export type ChannelMap = Record<string, ChannelSpec>;

/** What the renderer passes (before zod defaults/transforms). */
export type RequestOf<S extends ChannelSpec> = z.input<S['request']>;
/** What a main-side handler receives (after validation). */
export type ValidRequestOf<S extends ChannelSpec> = z.output<S['request']>;
/** What a handler returns (before the reply is validated). */
export type HandlerResultOf<S extends ChannelSpec> = z.input<S['response']>;
/** What the renderer receives inside `{ ok: true, value }`. */
export type ResponseOf<S extends ChannelSpec> = z.output<S['response']>;

/** `domain:verb` with both parts in camelCase; checked by the contract test. */
export const CHANNEL_NAME_PATTERN = /^[a-z][a-zA-Z0-9]*:[a-z][a-zA-Z0-9]*$/;
