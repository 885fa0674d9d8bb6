/**
 * What a freshly minted token was made for, among the values its signature binds but its
 * bytes do not carry (an Agora 006 token's channel and uid: its family's `requiredToVerify`
 * inputs). The board sends them with the token; main verifies the token with them against
 * the profile and only then names the row's user and room by them.
 */
import type { ExpectKey, TokenFamily } from '../../../../shared/families/family';
import type { FamilyRegistry } from '../../../../shared/families/registry';
import type { HistoryAddItem } from '../../../../shared/ipc/channels/history';

type BoundExpect = NonNullable<HistoryAddItem['expect']>;
const SENT: readonly ExpectKey[] = ['channel', 'uid', 'userId'];

export function boundExpectations(
  registry: FamilyRegistry,
  tokenFormat: string,
  minting: TokenFamily | undefined,
  request: unknown,
  credentials: unknown,
): BoundExpect | null {
  const bound = registry.get(tokenFormat)?.verifyInputs.filter((i) => i.requiredToVerify === true).map((i) => i.key) ?? [];
  if (!minting || bound.length === 0) return null;
  const parsed = minting.generator.requestSchema.safeParse(request);
  if (!parsed.success) return null;
  const expected = minting.generator.expectFor(parsed.data, credentials);
  const out: BoundExpect = {};
  for (const key of SENT) {
    const value = expected[key];
    if (value !== undefined && (bound.includes(key) || key === 'userId')) out[key as keyof BoundExpect] = value;
  }
  return bound.some((key) => out[key as keyof BoundExpect] !== undefined) ? out : null;
}
