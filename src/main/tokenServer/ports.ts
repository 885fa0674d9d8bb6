/**
 * The narrow ports the token server is built on, so the minting behind it (the signing
 * service over the vault, signingTokenMinter.ts) can change without touching the HTTP server
 * or the faults.
 */
import type { FamilyRegistry } from '../../shared/families/registry';

/** Main's yes/no questions (src/main/security/confirmPort.ts): a native dialog in the app, the terminal in the CLI. */
export type { ConfirmPort } from '../security/confirmPort';

export interface ProfileFacts {
  /** The registry id of the profile's family. */
  familyId: string;
  /** Tagged `prod` (or `production`): refused unless enabled for this run with a confirmation. */
  prodTagged: boolean;
}

export interface ProfileGate {
  /** Throws PROFILE_NOT_FOUND for an unknown name. */
  describe(profileName: string): Promise<ProfileFacts>;
}

export interface MintInput {
  profile: string;
  /** The family's request, already checked by its schema (lifetime included). */
  request: Record<string, unknown>;
  /** The token's creation time, epoch seconds (the "expired" fault moves it into the past). */
  nowSeconds: number;
  /** The "other app" fault: sign for the profile's app identifier changed in its last character. */
  otherApp: boolean;
}

export interface MintedToken {
  token: string;
  /** Epoch seconds, as the family's inspection of the token reads it. */
  expiresAt: number | null;
  /** false when the "other app" fault could not apply (the profile names no app). */
  otherAppApplied: boolean;
}

export interface TokenMinter {
  /** The families served: every one of the registry. */
  readonly registry: FamilyRegistry;
  mint(input: MintInput): Promise<MintedToken>;
}
