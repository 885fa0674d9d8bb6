/**
 * Ground-truth vectors from the repo's copy in test/vectors, imported as JSON so the
 * renderer tests need no Node file APIs. vitest.config.mts aliases these imports to
 * TOKENLAB_VECTORS_DIR when it is set, as the Node-side loader reads it.
 */
import gcmFile from '../../vectors/zego-token04-gcm.json';
import cbcFile from '../../vectors/zego-token04-cbc.json';
import commsEaseFile from '../../vectors/commsease-dynamic.json';
import negativeFile from '../../vectors/negative.json';

export interface VectorLike {
  id: string;
  variant?: string;
  token: string;
  inputs: Record<string, unknown>;
  expect: { verdict: string; now: number; headerExpire?: number; fields?: Record<string, unknown> };
}

export const gcmVectors = gcmFile.vectors as unknown as VectorLike[];
export const cbcVectors = cbcFile.vectors as unknown as VectorLike[];
export const commsEaseVectors = commsEaseFile.vectors as unknown as VectorLike[];
export const negativeVectors = negativeFile.vectors as unknown as VectorLike[];

export function vector(list: VectorLike[], match: (v: VectorLike) => boolean): VectorLike {
  const found = list.find(match);
  if (!found) throw new Error('no vector matches');
  return found;
}
