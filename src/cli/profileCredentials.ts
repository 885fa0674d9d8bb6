/**
 * `--profile NAME` for `verify`, `generate` and `simulate`: the stored profile's family,
 * identifiers and secret, through the vault's one-turn read.
 *
 * The secret comes from the keychain into this process's memory and goes straight to the
 * services; it is never printed. Errors name the profile and say what to do (unknown name,
 * secret missing, keychain locked).
 */
import type { CliIo } from './io';
import { openCliVault, reportCorruption, type CliVaultIo } from './cliVault';

export interface ProfileCredentials {
  family: string;
  name: string;
  credentials: Readonly<Record<string, string | number>>;
  secret: string;
}

export async function loadProfileCredentials(name: string, io: CliIo): Promise<ProfileCredentials> {
  const cli = openCliVault(io as CliVaultIo);
  try {
    const { profile, secret } = await cli.vault.anyCredentialsByName(name);
    return { family: profile.family, name: profile.name, credentials: profile.credentials, secret };
  } finally {
    reportCorruption(cli, io);
  }
}
