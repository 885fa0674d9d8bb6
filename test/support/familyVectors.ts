/**
 * The newer families' golden vectors (README-agora.md, README-tencent.md): one file per
 * family, positives and negatives together, loaded from ../shared/vectors as vectors.ts does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { VECTORS_DIR } from './vectors';

export interface FamilyVector {
  id: string;
  format: string;
  variant?: string;
  producer?: string;
  mutation?: string;
  inputs: Record<string, unknown>;
  token: string;
  plaintext?: string | null;
  decoded?: Record<string, unknown>;
  expect: {
    verdict: string;
    acceptableVerdicts?: string[];
    now: number;
    clockSkewSeconds: number;
    expectedAppId?: string | number;
    expectedUserId?: string;
    verifyWith?: { channelName: string | null; uid: string | number };
    fields?: Record<string, unknown>;
    warnings?: string[];
    reason?: string;
    trimmed?: boolean;
    privateMapKeyExpired?: boolean | null;
  };
}

export function loadFamilyVectors(file: string): FamilyVector[] {
  const path = resolve(VECTORS_DIR, file);
  if (!existsSync(path)) throw new Error(`vectors not found at ${path}: the checkout must sit beside shared/`);
  return (JSON.parse(readFileSync(path, 'utf8')) as { vectors: FamilyVector[] }).vectors;
}

/** The certificate / secret a vector is judged with (absent for the no-secret cases). */
export function vectorSecret(v: FamilyVector): string | undefined {
  const s = v.inputs['appCertificate'] ?? v.inputs['secret'];
  return typeof s === 'string' ? s : undefined;
}
