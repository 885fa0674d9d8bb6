/**
 * Loads the golden vectors straight from ../shared/vectors (beside the checkout), as jose
 * loads its cookbook. TOKENLAB_VECTORS_DIR points elsewhere (e.g. a hidden set).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '../..');
export const VECTORS_DIR = process.env['TOKENLAB_VECTORS_DIR'] ?? resolve(REPO_ROOT, '../shared/vectors');

export interface VectorExpect {
  verdict: string;
  acceptableVerdicts?: string[];
  now: number;
  clockSkewSeconds: number;
  expectedAppId?: number;
  headerExpire?: number;
  reason?: string;
  hint?: string;
  trimmed?: boolean;
  fields?: Record<string, unknown>;
}

export interface Vector {
  id: string;
  format: 'zego-token04-cbc' | 'zego-token04-gcm' | 'commsease-dynamic';
  variant?: string;
  keyOrder?: string;
  producer?: string;
  inputs: Record<string, unknown> & {
    secret?: string;
    appSecret?: string;
    appKey?: string;
    accid?: string;
  };
  token: string;
  plaintext: string | null;
  expect: VectorExpect;
  crossImplementation?: {
    sameInputsSameTokenFrom?: string[];
    otherOfficialTokens?: Record<string, string>;
  };
}

export function loadVectors(file: string): Vector[] {
  const path = resolve(VECTORS_DIR, file);
  if (!existsSync(path)) throw new Error(`vectors not found at ${path}: the checkout must sit beside shared/`);
  const data = JSON.parse(readFileSync(path, 'utf8')) as { vectors: Vector[] };
  return data.vectors;
}

export const VECTOR_FILES = ['zego-token04-cbc.json', 'zego-token04-gcm.json', 'commsease-dynamic.json', 'negative.json'];
