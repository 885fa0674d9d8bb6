/** The ground-truth vectors, read from the repo's copy (test/vectors) or TOKENLAB_VECTORS_DIR. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VECTORS_DIR } from '../../support/vectors';

export interface Vector {
  id: string;
  variant?: string;
  format: string;
  token: string;
  inputs: Record<string, string | number | null>;
  expect: { verdict: string; now: number; headerExpire?: number; acceptableVerdicts?: string[]; fields?: Record<string, unknown> };
}

export function loadVectors(file: string): Vector[] {
  return (JSON.parse(readFileSync(join(VECTORS_DIR, file), 'utf8')) as { vectors: Vector[] }).vectors;
}
