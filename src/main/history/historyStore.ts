/**
 * The history of minted and pasted tokens behind the countdown board: metadata in
 * `history.json` in the data folder, pinned token text in the keychain (`pin:<id>`).
 *
 * Every time and name is derived here from the token itself (inspected in main, with the
 * profile's secret when one is named), never taken from the renderer. Every change re-reads the
 * file under its inter-process lock, so two quick adds — or the app and another TokenLab process —
 * cannot lose each other's write. Each entry is validated before it is written; a damaged file
 * gives back every entry that still parses (the original is kept beside it).
 */
import { defaultRegistry, type FamilyRegistry } from '../../shared/families/registry';
import { z } from 'zod';
import { MainTextError } from '../i18n/mainText';
import { zodDetailParams } from '../../shared/ipc/describeZodError';
import {
  HISTORY_LIMIT,
  historyEntrySchema,
  type HistoryAddItem,
  type HistoryEntry,
} from '../../shared/ipc/channels/history';
import type { Expectations } from '../../shared/families/family';
import type { Inspection } from '../../shared/tokens/types';
import type { SecretStore } from '../vault/secretStore';
import { pinAccount } from '../vault/keychainAccounts';
import { createSerialQueue, fieldOf, openJsonDocument, salvageArray, type DocumentTextFile, type JsonDocumentSpec } from '../vault/jsonDataFile';

/** The file history lives in: the vault's `createDataFile` (atomic writes under its inter-process lock). */
export type HistoryFile = DocumentTextFile;

export interface HistoryStoreDeps {
  file: HistoryFile;
  secrets: SecretStore;
  /**
   * Main's inspection of several tokens at once (one keychain read per call): verified when a
   * profile id is given, readable-without-secret otherwise. One inspection per token, in order.
   */
  inspect(tokens: readonly string[], options: { profileId?: string; accid?: string; expect?: Expectations }): Promise<Inspection[]>;
  /** Name and env tag of a profile, or null when it no longer exists. */
  describeProfile(id: string): Promise<{ name: string; env: string } | null>;
  sha256Hex(text: string): string;
  /** 16 lowercase hex characters. */
  randomId(): string;
  /** Epoch seconds. */
  now(): number;
  /** Told the pinned entries after every change to them (the expiry notifier listens). */
  onPinnedChange?(pinned: readonly HistoryEntry[]): void;
  log?(line: string): void;
  /** The token families (who a token is for); default: the shipped ones. */
  registry?: FamilyRegistry;
}

export interface HistoryStore {
  list(): Promise<HistoryEntry[]>;
  add(items: readonly HistoryAddItem[]): Promise<HistoryEntry[]>;
  pin(id: string, token: string): Promise<HistoryEntry>;
  unpin(id: string): Promise<HistoryEntry>;
  pinnedToken(id: string): Promise<string>;
  remove(id: string): Promise<void>;
  clear(): Promise<{ removed: number; kept: number }>;
}

const historyFileSchema = z.strictObject({ schemaVersion: z.literal(1), entries: z.array(historyEntrySchema) });
export type HistoryDocument = z.infer<typeof historyFileSchema>;

/** Times written by TokenLab before they were whole seconds (a fraction of a second): rounded as the engine rounds them now. */
function wholeSecondTimes(candidate: unknown): unknown {
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) return candidate;
  const entry = { ...(candidate as Record<string, unknown>) };
  const round = (field: string, how: (n: number) => number): void => {
    const value = entry[field];
    if (typeof value === 'number' && Number.isFinite(value) && !Number.isInteger(value)) entry[field] = how(value);
  };
  round('issuedAt', Math.floor);
  round('expiresAt', Math.ceil);
  round('addedAt', Math.floor);
  return entry;
}

export const HISTORY_FILE = 'history.json';

/** history.json as a JSON document (also read by the keychain doctor for the pinned entries). */
export const historyDocument: JsonDocumentSpec<HistoryDocument> = {
  schema: historyFileSchema,
  empty: () => ({ schemaVersion: 1, entries: [] }),
  entries: 'historyEntries',
  salvage(value) {
    const candidates = fieldOf(value, 'entries');
    const { items, dropped } = salvageArray(Array.isArray(candidates) ? candidates.map(wholeSecondTimes) : candidates, historyEntrySchema, (e) => [
      `id:${e.id}`,
      `fingerprint:${e.fingerprint}`,
    ]);
    return { document: { schemaVersion: 1, entries: items }, kept: items.length, dropped };
  },
};

/** Verdicts after which the decrypted fields (user, room, ctime) can be trusted. */
const AUTHENTIC = new Set(['valid', 'expired', 'not_yet_valid']);

export function fingerprintToken(token: string, sha256Hex: (text: string) => string): string {
  return sha256Hex(token.trim()).slice(0, 16);
}

function bySoonestExpiry(a: HistoryEntry, b: HistoryEntry): number {
  return a.expiresAt - b.expiresAt || a.addedAt - b.addedAt;
}

export function createHistoryStore(deps: HistoryStoreDeps): HistoryStore {
  const log = deps.log ?? (() => {});
  const registry = deps.registry ?? defaultRegistry;
  const file = openJsonDocument(deps.file, historyDocument, {
    onDamage: (report) => log(`history: ${deps.file.path} was damaged (${report.reason}); the original is kept as ${report.backupPath}`),
  });
  // In this process one change at a time; each re-reads the file under its inter-process lock,
  // so a change made meanwhile by another TokenLab process is kept, not overwritten.
  const serial = createSerialQueue();

  async function load(): Promise<HistoryEntry[]> {
    return (await file.read()).entries;
  }

  /** One change: `change` gets the entries as they are on disk now and saves through `save`. */
  function mutate<R>(change: (current: HistoryEntry[], save: (next: HistoryEntry[], pinsChanged: boolean) => Promise<void>) => Promise<R>): Promise<R> {
    return serial(() =>
      file.transact((document, write) =>
        change(document.entries, async (next, pinsChanged) => {
          await write({ schemaVersion: 1, entries: next });
          if (pinsChanged) deps.onPinnedChange?.(next.filter((e) => e.pinned));
        }),
      ),
    );
  }

  /** Validated before it is written: one value history cannot read back must not cost the whole file. */
  /** `item`: its 1-based place in a request of several, else null. */
  function checkedEntry(entry: HistoryEntry, item: number | null): HistoryEntry {
    const parsed = historyEntrySchema.safeParse(entry);
    if (!parsed.success) {
      const detail = zodDetailParams(parsed.error, 2);
      throw item === null ? new MainTextError('INVALID_INPUT', 'historyUnkeepable', detail) : new MainTextError('INVALID_INPUT', 'historyUnkeepableItem', { item, ...detail });
    }
    return parsed.data;
  }

  function find(list: HistoryEntry[], id: string): HistoryEntry {
    const entry = list.find((e) => e.id === id);
    if (!entry) throw new MainTextError('INVALID_INPUT', 'historyGone');
    return entry;
  }

  type Described = Omit<HistoryEntry, 'id' | 'fingerprint' | 'pinned'>;

  /** What each token says about itself, verified per profile (and accid) in one call each. */
  async function describeAll(items: readonly HistoryAddItem[], now: number): Promise<Described[]> {
    const plain = await deps.inspect(
      items.map((i) => i.token),
      {},
    );
    plain.forEach((p, i) => {
      if (p.verdict === 'malformed' || p.expiresAt === null || registry.get(p.format) === undefined) {
        // The reason is the engine's English sentence (the page words reasons itself from their codes).
        throw items.length > 1
          ? new MainTextError('INVALID_INPUT', 'historyNoExpiryItem', { item: i + 1, reason: p.reason })
          : new MainTextError('INVALID_INPUT', 'historyNoExpiry', { reason: p.reason });
      }
    });

    const verified: (Inspection | null)[] = items.map(() => null);
    const profiles = new Map<string, { name: string; env: string } | null>();
    const groups = new Map<string, number[]>();
    items.forEach((item, i) => {
      if (!item.profileId) return;
      const key = `${item.profileId}\u0000${item.accid ?? ''}\u0000${JSON.stringify(item.expect ?? {})}`;
      groups.set(key, [...(groups.get(key) ?? []), i]);
    });
    for (const indexes of groups.values()) {
      const first = items[indexes[0] as number] as HistoryAddItem;
      const profileId = first.profileId as string;
      try {
        const judged = await deps.inspect(
          indexes.map((i) => (items[i] as HistoryAddItem).token),
          { profileId, ...(first.accid ? { accid: first.accid } : {}), ...(first.expect ? { expect: first.expect } : {}) },
        );
        if (!profiles.has(profileId)) profiles.set(profileId, await deps.describeProfile(profileId));
        indexes.forEach((itemIndex, k) => {
          const inspection = judged[k];
          if (inspection && AUTHENTIC.has(inspection.verdict)) verified[itemIndex] = inspection;
        });
      } catch {
        // Keychain locked, profile gone: the entries are still worth keeping, just less detailed.
      }
    }

    return items.map((item, i) => {
      const base = plain[i] as Inspection;
      const judged = verified[i] ?? null;
      const profile = judged && item.profileId ? (profiles.get(item.profileId) ?? null) : null;
      const source = judged ?? base;
      const family = registry.get(base.format);
      const userOf = family?.userOf;
      // What the token was minted or verified for counts only once the signature has confirmed it.
      const given: Expectations = { ...(item.accid ? { userId: item.accid } : {}), ...(judged && item.expect ? item.expect : {}) };
      const userId = userOf ? userOf(source, given) : null;
      const roomId = family?.roomOf?.(source, given) ?? (source.privilege ? source.privilege.roomId : null);
      return {
        source: item.source,
        format: base.format,
        profileId: profile ? (item.profileId ?? null) : null,
        profileName: profile?.name ?? null,
        env: profile?.env ?? null,
        userId,
        roomId,
        issuedAt: source.issuedAt,
        expiresAt: (source.expiresAt ?? base.expiresAt) as number,
        addedAt: now,
      };
    });
  }

  return {
    list: () =>
      serial(async () => [...(await load())].sort(bySoonestExpiry)),

    add: (items) =>
      mutate(async (current, save) => {
        const now = deps.now();
        const byFingerprint = new Map(current.map((e) => [e.fingerprint, e]));
        const fingerprints = items.map((item) => fingerprintToken(item.token, deps.sha256Hex));
        // Each token not yet in history, once (the first time it appears in this request).
        const seen = new Set<string>();
        const fresh = items
          .map((_, i) => i)
          .filter((i) => {
            const fingerprint = fingerprints[i] as string;
            if (byFingerprint.has(fingerprint) || seen.has(fingerprint)) return false;
            seen.add(fingerprint);
            return true;
          });
        const described = fresh.length > 0 ? await describeAll(fresh.map((i) => items[i] as HistoryAddItem), now) : [];
        const added: HistoryEntry[] = fresh.map((itemIndex, k) => {
          const entry = checkedEntry(
            { id: deps.randomId(), fingerprint: fingerprints[itemIndex] as string, pinned: false, ...(described[k] as Described) },
            items.length > 1 ? itemIndex + 1 : null,
          );
          byFingerprint.set(entry.fingerprint, entry);
          return entry;
        });
        const result = fingerprints.map((f) => byFingerprint.get(f) as HistoryEntry);
        if (added.length > 0) {
          let next = [...current, ...added];
          if (next.length > HISTORY_LIMIT) {
            const unpinnedOldestFirst = next.filter((e) => !e.pinned).sort((a, b) => a.addedAt - b.addedAt);
            const drop = new Set(unpinnedOldestFirst.slice(0, next.length - HISTORY_LIMIT).map((e) => e.id));
            next = next.filter((e) => !drop.has(e.id));
          }
          await save(next, false);
        }
        return result;
      }),

    pin: (id, token) =>
      mutate(async (current, save) => {
        const entry = find(current, id);
        if (fingerprintToken(token, deps.sha256Hex) !== entry.fingerprint) {
          throw new MainTextError('INVALID_INPUT', 'historyTextMismatch');
        }
        await deps.secrets.set(pinAccount(id), token.trim());
        const pinned = { ...entry, pinned: true };
        await save(current.map((e) => (e.id === id ? pinned : e)), true);
        return pinned;
      }),

    unpin: (id) =>
      mutate(async (current, save) => {
        const entry = find(current, id);
        await deps.secrets.delete(pinAccount(id));
        const unpinned = { ...entry, pinned: false };
        await save(current.map((e) => (e.id === id ? unpinned : e)), true);
        return unpinned;
      }),

    pinnedToken: (id) =>
      serial(async () => {
        const entry = find(await load(), id);
        if (!entry.pinned) throw new MainTextError('INVALID_INPUT', 'historyOnlyPinned');
        const token = await deps.secrets.get(pinAccount(id));
        if (token === null) {
          throw new MainTextError('SECRET_MISSING', 'historyPinGone');
        }
        return token;
      }),

    remove: (id) =>
      mutate(async (current, save) => {
        const entry = find(current, id);
        if (entry.pinned) await deps.secrets.delete(pinAccount(id));
        await save(current.filter((e) => e.id !== id), entry.pinned);
      }),

    clear: () =>
      mutate(async (current, save) => {
        const kept = current.filter((e) => e.pinned);
        await save(kept, false);
        return { removed: current.length - kept.length, kept: kept.length };
      }),
  };
}
