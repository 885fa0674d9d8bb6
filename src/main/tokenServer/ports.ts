/**
 * The narrow ports the token server is built on, so the minting behind it can change in one
 * place (today: the vault + engine adapter in vaultTokenMinter.ts; later: the token-family
 * registry's signing service) without touching the HTTP server or the faults.
 */
import type { FamilyParameter } from '../../shared/tokenServer/tokenQuery';

/** Main's yes/no questions (src/main/security/confirmPort.ts): a native dialog in the app, the terminal in the CLI. */
export type { ConfirmPort } from '../security/confirmPort';

export interface FamilyInfo {
  id: string;
  label: string;
  /** Query parameters the family accepts besides family/profile/user/ttl. */
  parameters: readonly FamilyParameter[];
}

export interface MintInput {
  profile: string;
  user: string;
  ttlSeconds: number;
  /** The family's own parameters, already checked against `FamilyInfo.parameters`. */
  params: Record<string, string>;
  /** Creation time, epoch seconds (the "expired" fault moves it into the past). */
  issuedAt: number;
  /** The "other app" fault: sign for a different AppID / AppKey than the profile's. */
  otherApp: boolean;
}

export interface MintedToken {
  token: string;
  /** Epoch seconds. */
  expiresAt: number;
  family: string;
}

export interface TokenMinter {
  families(): readonly FamilyInfo[];
  mint(input: MintInput): Promise<MintedToken>;
}

export interface ProfileFacts {
  family: string;
  /** Tagged `prod` (or `production`): refused unless enabled for this run with a confirmation. */
  prodTagged: boolean;
}

export interface ProfileGate {
  /** Throws PROFILE_NOT_FOUND for an unknown name. */
  describe(profileName: string): Promise<ProfileFacts>;
}
