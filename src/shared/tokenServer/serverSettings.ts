/**
 * How a token server run is set up (the CLI flags, the screen's form and `tokenServer:start`
 * share this schema). The faults are separate (faultConfig.ts): they change while it runs.
 */
import { z } from 'zod';
import { MAX_SERVER_TTL_SECONDS, serverFaultsSchema } from './faultConfig';

export const DEFAULT_RATE_LIMIT_PER_SECOND = 1000;
export const DEFAULT_MAX_TTL_SECONDS = 86_400;
export const DEFAULT_TTL_SECONDS = 3600;

/** Loopback addresses the server may bind; anything else is refused (exit 2 in the CLI). */
export const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '::1'] as const;

export function isLoopbackHost(host: string): boolean {
  return (LOOPBACK_HOSTS as readonly string[]).includes(host.toLowerCase()) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** An http(s) origin as browsers send it: scheme://host[:port], nothing else. */
const originSchema = z.string().max(256).regex(/^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/, 'an origin is scheme://host[:port], e.g. http://localhost:5173');

export const serverSettingsSchema = z.strictObject({
  /** 0 = any free port. */
  port: z.number().int().min(0).max(65_535).default(0),
  host: z.string().max(64).refine(isLoopbackHost, 'the token server listens on a loopback address only (127.0.0.1)').default('127.0.0.1'),
  maxTtlSeconds: z.number().int().min(1).max(MAX_SERVER_TTL_SECONDS).default(DEFAULT_MAX_TTL_SECONDS),
  /** What a `ttl` over the maximum gets: cut to it (the answer says so) or a 400. */
  overMaxTtl: z.enum(['clamp', 'refuse']).default('clamp'),
  defaultTtlSeconds: z.number().int().min(1).max(MAX_SERVER_TTL_SECONDS).default(DEFAULT_TTL_SECONDS),
  rateLimitPerSecond: z.number().int().min(1).max(1_000_000).default(DEFAULT_RATE_LIMIT_PER_SECOND),
  /** Browser origins allowed by CORS; empty = CORS off (requests carrying an Origin are refused). */
  corsOrigins: z.array(originSchema).max(20).default([]),
  /** Profile names served; empty = every profile. */
  profiles: z.array(z.string().min(1).max(64)).max(100).default([]),
  /** Serve prod-tagged profiles this run (main asks for a confirmation first). */
  allowProd: z.boolean().default(false),
  faults: serverFaultsSchema.prefault({}),
});

export type ServerSettingsInput = z.input<typeof serverSettingsSchema>;
export type ServerSettings = z.output<typeof serverSettingsSchema>;
