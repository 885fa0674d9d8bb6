/**
 * `--profile NAME` for `verify` and `generate`: the stored profile's identifiers and secret.
 *
 * The secret comes from the keychain into this process's memory and goes straight to the
 * engine; it is never printed. Errors name the profile and say what to do (unknown name,
 * secret missing, keychain locked).
 */
import type { CliIo } from './io';
import { openCliVault, reportCorruption, type CliVaultIo } from './cliVault';

export interface ProfileCredentials {
  provider: 'zego' | 'commsease';
  appId?: number;
  appKey?: string;
  secret: string;
  name: string;
}

export async function loadProfileCredentials(name: string, io: CliIo): Promise<ProfileCredentials> {
  const cli = openCliVault(io as CliVaultIo);
  const profile = await cli.vault.findByName(name);
  reportCorruption(cli, io);
  const secret = await cli.vault.readSecret(profile.id);
  return profile.provider === 'zego'
    ? { provider: 'zego', appId: profile.appId ?? undefined, secret, name: profile.name }
    : { provider: 'commsease', appKey: profile.appKey ?? undefined, secret, name: profile.name };
}
