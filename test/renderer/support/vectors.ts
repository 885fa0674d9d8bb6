/**
 * Ground-truth vectors from ../shared/vectors (beside the checkout), imported as JSON so the
 * renderer tests need no Node file APIs.
 */
import gcmFile from '../../../../shared/vectors/zego-token04-gcm.json';
import cbcFile from '../../../../shared/vectors/zego-token04-cbc.json';
import commsEaseFile from '../../../../shared/vectors/commsease-dynamic.json';
import negativeFile from '../../../../shared/vectors/negative.json';

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
