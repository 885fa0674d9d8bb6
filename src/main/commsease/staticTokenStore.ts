/**
 * CommsEase static tokens per accid, kept in the OS keychain through the vault, and checked in
 * constant time.
 *
 * A static token is a permanent password for one accid, so it lives in the keychain (account
 * `static:<profileId>:<accid>`, written by the vault, which also lists the accids on the
 * profile), never in a file. Checking a pasted token compares SHA-256 digests of both with a
 * timing-safe comparison, so neither the content nor the length of the stored token leaks
 * through timing. This module adds CommsEase's own limits and the three verdicts.
 */
import type { z } from 'zod';
import type { CryptoPort } from '../../shared/crypto/cryptoPort';
import { mainT, MainTextError, type MainTextParams } from '../i18n/mainText';
import type { staticVerdictSchema } from '../../shared/ipc/channels/commsease';
import { staticTokensEqual } from '../../shared/families/commsease-dynamic/checksum';
import { findControlCharacter } from '../../shared/security/secretText';
import type { ProfileVault } from '../vault/profileVault';

export type StaticTokenVerdict = z.infer<typeof staticVerdictSchema>;

/** CommsEase limits (Register an Account): accid ≤ 32 characters of letters, digits, _ @ . -; token ≤ 128. */
export const ACCID_MAX_LENGTH = 32;
export const STATIC_TOKEN_MAX_LENGTH = 128;

export type StaticTokenVault = Pick<ProfileVault, 'get' | 'setStaticToken' | 'readStaticToken' | 'deleteStaticToken'>;

export interface StaticTokenStore {
  set(profileId: string, accid: string, token: string): Promise<void>;
  /** A token CommsEase drew (create without a token, refresh): kept even past the documented 128 characters. */
  setReturned(profileId: string, accid: string, token: string): Promise<void>;
  check(profileId: string, accid: string, candidate: string): Promise<StaticTokenVerdict>;
  /** true when a token was stored and is now removed. */
  remove(profileId: string, accid: string): Promise<boolean>;
  /** accids with a stored token, sorted. */
  accids(profileId: string): Promise<string[]>;
  /** Main-process only: the stored token. */
  read(profileId: string, accid: string): Promise<string | null>;
}

export function validateAccid(accid: string): string {
  if (accid.length === 0) throw new MainTextError('INVALID_INPUT', 'accidEmpty');
  if (accid.length > ACCID_MAX_LENGTH) throw new MainTextError('INVALID_INPUT', 'accidTooLong', { max: ACCID_MAX_LENGTH });
  if (!/^[A-Za-z0-9_@.-]+$/.test(accid)) {
    throw new MainTextError('INVALID_INPUT', 'accidCharacters');
  }
  return accid;
}

/** Trims copy-paste whitespace; refuses empty and over-long tokens, and control characters. */
export function normalizeStaticToken(token: string): string {
  const trimmed = token.trim();
  if (trimmed.length === 0) throw new MainTextError('INVALID_INPUT', 'tokenEmpty');
  refuseTokenControlCharacters(trimmed);
  if (trimmed.length > STATIC_TOKEN_MAX_LENGTH) {
    throw new MainTextError('INVALID_INPUT', 'staticTokenTooLong', { max: STATIC_TOKEN_MAX_LENGTH });
  }
  return trimmed;
}

/** A token sent in a login callback: the customer's servers decide what it is (a JWT, say), so only a sanity bound. */
export const LOGIN_TOKEN_MAX_LENGTH = 4096;

export function normalizeLoginToken(token: string): string {
  const trimmed = token.trim();
  if (trimmed.length === 0) throw new MainTextError('INVALID_INPUT', 'tokenEmpty');
  refuseTokenControlCharacters(trimmed);
  if (trimmed.length > LOGIN_TOKEN_MAX_LENGTH) throw new MainTextError('INVALID_INPUT', 'loginTokenTooLong', { max: LOGIN_TOKEN_MAX_LENGTH });
  return trimmed;
}


/** The most the keychain entry of a static token holds (the vault's own bound). */
export const RETURNED_TOKEN_MAX_LENGTH = 1024;

/**
 * Why a token CommsEase returned (create without a token, refresh) cannot be kept, or null.
 * Longer than the documented 128 is kept (it is the account's real token now, and losing it
 * would lock the account out); only what the keychain cannot hold faithfully is refused.
 */
export function returnedTokenProblem(token: string): { problem: string; 'problem@zh-CN': string } | null {
  const both = (key: string, params?: MainTextParams) => ({ problem: mainT('en')(key, params), 'problem@zh-CN': mainT('zh-CN')(key, params) });
  if (token.length > RETURNED_TOKEN_MAX_LENGTH) return both('returnedProblem.tooLong', { length: token.length, max: RETURNED_TOKEN_MAX_LENGTH });
  if (token.trim() !== token || findControlCharacter(token) !== null) return both('returnedProblem.unfaithful');
  return null;
}

/** A token with a control character is refused, naming the position (never the value). */
export function refuseTokenControlCharacters(token: string): void {
  const found = findControlCharacter(token);
  if (found !== null) throw new MainTextError('INVALID_INPUT', found.code === 'U+0000' ? 'tokenNul' : 'tokenControl', found);
}

export function createStaticTokenStore(vault: StaticTokenVault, crypto: CryptoPort): StaticTokenStore {
  return {
    async set(profileId, accid, token) {
      await vault.setStaticToken(profileId, validateAccid(accid), normalizeStaticToken(token));
    },
    async setReturned(profileId, accid, token) {
      const problem = returnedTokenProblem(token);
      if (problem !== null) throw new MainTextError('INVALID_INPUT', 'returnedTokenUnstorable', problem);
      await vault.setStaticToken(profileId, validateAccid(accid), token);
    },
    async check(profileId, accid, candidate) {
      const stored = await vault.readStaticToken(profileId, validateAccid(accid));
      if (stored === null) return 'no_token_stored';
      return staticTokensEqual(crypto.sha256Hex(stored), crypto.sha256Hex(candidate.trim()), crypto) ? 'matches' : 'does_not_match';
    },
    async remove(profileId, accid) {
      const had = (await vault.get(profileId)).staticTokenAccids.includes(validateAccid(accid));
      await vault.deleteStaticToken(profileId, accid);
      return had;
    },
    async accids(profileId) {
      return [...(await vault.get(profileId)).staticTokenAccids].sort();
    },
    read: (profileId, accid) => vault.readStaticToken(profileId, validateAccid(accid)),
  };
}
