/**
 * Loads the golden vectors from the repo's verbatim copy in test/vectors, as jose loads its
 * cookbook, so a fresh clone tests itself with nothing beside it. TOKENLAB_VECTORS_DIR points
 * the suite elsewhere (e.g. a hidden set). test/arch/vectorsCopy.test.ts keeps the copy
 * byte-identical to ../shared/vectors whenever that folder sits beside the checkout.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '../..');
/** The copy committed with the repo (never edited by hand: copied from the public set). */
export const REPO_VECTORS_DIR = resolve(REPO_ROOT, 'test/vectors');
/** The public set, when the checkout sits beside it (the source of the copy). */
export const SHARED_VECTORS_DIR = resolve(REPO_ROOT, '../shared/vectors');
export const VECTORS_DIR = process.env['TOKENLAB_VECTORS_DIR'] ?? REPO_VECTORS_DIR;

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
  if (!existsSync(path)) throw new Error(`vectors not found at ${path} (test/vectors, or TOKENLAB_VECTORS_DIR when set)`);
  const data = JSON.parse(readFileSync(path, 'utf8')) as { vectors: Vector[] };
  return data.vectors;
}

export const VECTOR_FILES = ['zego-token04-cbc.json', 'zego-token04-gcm.json', 'commsease-dynamic.json', 'negative.json'];
