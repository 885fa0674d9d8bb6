/**
 * The CLI's application layer: the same core services the app builds (src/main/services/
 * coreServices.ts), on the same data folder and keychain entries.
 *
 * The keychain is the OS one unless the CliIo carries a `secretStore` (in-process tests pass
 * an in-memory store there; the real keychain is tested in test/main/vault); the families are
 * the shipped ones unless it carries a `registry`.
 */
import { cliT } from './cliText';
import { defaultRegistry, type FamilyRegistry } from '../shared/families/registry';
import { createCoreServices, type CoreServices } from '../main/services/coreServices';
import { createKeychainStore } from '../main/vault/keychain';
import { resolveDataDir } from '../main/vault/dataDir';
import type { SecretStore } from '../main/vault/secretStore';
import type { DestinationGate } from '../main/security/destinationGate';
import type { CliIo } from './io';

/** A CliIo that may bring its own secret store. */
export type CliVaultIo = CliIo & { secretStore?: SecretStore };

/** Everything a command calls: vault, signing, simulation credentials, CommsEase services. */
export type CliVault = CoreServices;

/** `destinations`: the gate a command asks through (the terminal prompt, or `--yes`); default: refuse unapproved ones. */
export function openCliVault(io: CliVaultIo, options: { destinations?: DestinationGate } = {}): CliVault {
  return createCoreServices({
    ...(options.destinations ? { destinations: options.destinations } : {}),
    dataDir: resolveDataDir(io.env),
    secrets: io.secretStore ?? createKeychainStore(),
    nowMs: () => io.now() * 1000,
    randomBytes: (n) => io.randomBytes(n),
    registry: cliRegistry(io),
  });
}

/** The families this run knows. */
export function cliRegistry(io: CliIo): FamilyRegistry {
  return io.registry ?? defaultRegistry;
}

/** Tell the user, on stderr, about a damaged profiles file that was just repaired. */
export function reportCorruption(cli: CliVault, io: CliIo): void {
  const corrupt = cli.store.corruption();
  if (corrupt) {
    io.stderr.write(`tokenlab: ${cliT(io)('cli.profilesDamaged', { path: cli.store.path, reason: corrupt.worded(io.locale?.language ?? 'en'), backup: corrupt.backupPath })}\n`);
  }
}
