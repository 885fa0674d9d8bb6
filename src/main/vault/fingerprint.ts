/**
 * The fingerprint of a secret: the first 8 hex characters of its SHA-256.
 *
 * Shown next to every profile so two people can check they hold the same secret by reading
 * 8 characters aloud. 32 bits reveal nothing useful about a 32-character secret.
 */
import { createHash } from 'node:crypto';

export function secretFingerprint(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex').slice(0, 8);
}
