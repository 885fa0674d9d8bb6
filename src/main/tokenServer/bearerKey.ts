/**
 * The per-run bearer key: 32 random bytes as base64url, and a constant-time check of an
 * `Authorization` header against it (both sides hashed first, so lengths never leak).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RandomBytes } from '../../shared/crypto/cryptoPort';

export const BEARER_KEY_BYTES = 32;

export function newBearerKey(randomBytes: RandomBytes): string {
  return Buffer.from(randomBytes(BEARER_KEY_BYTES)).toString('base64url');
}

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/** Whether `header` is `Bearer <key>` for this key. */
export function bearerMatches(header: string | undefined, key: string): boolean {
  const presented = header !== undefined && header.startsWith('Bearer ') ? header.slice(7).trim() : '';
  return timingSafeEqual(digest(presented), digest(key)) && presented !== '';
}
