/**
 * The keychain account names TokenLab uses, all in one place (service name `TokenLab`).
 *
 *   profile:<profileId>            the profile's ZEGO ServerSecret or CommsEase AppSecret
 *   static:<profileId>:<accid>     a CommsEase static token for one accid of that profile
 *   callbackcase:<profileId>:<caseId>  the token of a saved CommsEase login-callback test case
 *   pin:<pinId>                    a token pinned on the countdown board
 *
 * The CLI and the app use the same names, so a profile added in one is usable in the other.
 * `<profileId>` is 16 hex characters; accids are used as they are (the keychain account is
 * an opaque string; only `:` after the profile id separates the parts).
 */
export const KEYCHAIN_SERVICE = 'TokenLab';

export function profileSecretAccount(profileId: string): string {
  return `profile:${profileId}`;
}

export function staticTokenAccount(profileId: string, accid: string): string {
  return `static:${profileId}:${accid}`;
}

/** Prefix of every static-token account of one profile (for deleting them all). */
export function staticTokenAccountPrefix(profileId: string): string {
  return `static:${profileId}:`;
}

export function callbackCaseAccount(profileId: string, caseId: string): string {
  return `callbackcase:${profileId}:${caseId}`;
}

/**
 * Every account a profile owns, as exact names or prefixes: deleting the profile deletes them
 * all. Add a line here when a new kind of per-profile secret is stored.
 */
export function profileOwnedAccounts(profileId: string): { exact: string[]; prefixes: string[] } {
  return {
    exact: [profileSecretAccount(profileId)],
    prefixes: [staticTokenAccountPrefix(profileId), `callbackcase:${profileId}:`],
  };
}

export function pinAccount(pinId: string): string {
  return `pin:${pinId}`;
}

/** What a keychain account under our service is for, read back from its name. */
export type AccountOwner =
  | { kind: 'profile-secret'; profileId: string }
  | { kind: 'static-token'; profileId: string; accid: string }
  | { kind: 'callback-case-token'; profileId: string; caseId: string }
  | { kind: 'pinned-token'; pinId: string };

const PROFILE_ID = '[0-9a-f]{16}';
const ACCOUNT_PATTERNS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => AccountOwner]> = [
  [new RegExp(`^profile:(${PROFILE_ID})$`), (m) => ({ kind: 'profile-secret', profileId: m[1] as string })],
  [new RegExp(`^static:(${PROFILE_ID}):(.+)$`, 's'), (m) => ({ kind: 'static-token', profileId: m[1] as string, accid: m[2] as string })],
  [new RegExp(`^callbackcase:(${PROFILE_ID}):(.+)$`, 's'), (m) => ({ kind: 'callback-case-token', profileId: m[1] as string, caseId: m[2] as string })],
  [/^pin:([0-9a-f]{16})$/, (m) => ({ kind: 'pinned-token', pinId: m[1] as string })],
];

/**
 * The owner an account name says it has, or null for a name TokenLab does not write (the
 * availability probe, or something another version left): those are never called orphans.
 */
export function accountOwner(account: string): AccountOwner | null {
  for (const [pattern, owner] of ACCOUNT_PATTERNS) {
    const match = pattern.exec(account);
    if (match) return owner(match);
  }
  return null;
}
