/**
 * The history of minted and pasted tokens behind the countdown board: metadata in
 * `history.json` in the data folder, pinned token text in the keychain (`pin:<id>`).
 *
 * Every time and name is derived here from the token itself (inspected in main, with the
 * profile's secret when one is named), never taken from the renderer. Operations run one at a
 * time so two quick adds cannot lose each other's write. A corrupt file is moved aside and
 * history starts empty rather than refusing to start.
 */
import { z } from 'zod';
import { TokenLabError } from '../../shared/errors';
import {
  HISTORY_LIMIT,
  historyEntrySchema,
  type HistoryAddItem,
  type HistoryEntry,
} from '../../shared/ipc/channels/history';
import type { Inspection } from '../../shared/tokens/types';
import type { SecretStore } from '../vault/secretStore';
import { pinAccount } from '../vault/keychainAccounts';
import { createSerialQueue, readJsonOrMoveAside } from '../vault/jsonDataFile';

/** The file history lives in; `write` must be atomic (temp file, fsync, rename). */
export interface HistoryFile {
  read(): Promise<string | null>;
  write(text: string): Promise<void>;
  /** Keep an unreadable file for the user to look at; returns where it went. */
  moveAside(): Promise<string>;
}

export interface HistoryStoreDeps {
  file: HistoryFile;
  secrets: SecretStore;
  /** Main's inspection: verified when a profile id is given, readable-without-secret otherwise. */
  inspect(token: string, options: { profileId?: string; accid?: string }): Promise<Inspection>;
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

const historyFileSchema = z.object({ schemaVersion: z.literal(1), entries: z.array(historyEntrySchema) });

/** Verdicts after which the decrypted fields (user, room, ctime) can be trusted. */
const AUTHENTIC = new Set(['valid', 'expired', 'not_yet_valid']);

export function fingerprintToken(token: string, sha256Hex: (text: string) => string): string {
  return sha256Hex(token.trim()).slice(0, 16);
}

function bySoonestExpiry(a: HistoryEntry, b: HistoryEntry): number {
  return a.expiresAt - b.expiresAt || a.addedAt - b.addedAt;
}

export function createHistoryStore(deps: HistoryStoreDeps): HistoryStore {
  let entries: HistoryEntry[] | null = null;
  const serial = createSerialQueue();
  const log = deps.log ?? (() => {});

  async function load(): Promise<HistoryEntry[]> {
    if (entries) return entries;
    const parsed = await readJsonOrMoveAside(deps.file, historyFileSchema, (kept) =>
      log(`history: unreadable history file kept as ${kept}; starting empty`),
    );
    entries = parsed?.entries ?? [];
    return entries;
  }

  async function save(next: HistoryEntry[], pinsChanged: boolean): Promise<void> {
    await deps.file.write(`${JSON.stringify({ schemaVersion: 1, entries: next }, null, 1)}\n`);
    entries = next;
    if (pinsChanged) deps.onPinnedChange?.(next.filter((e) => e.pinned));
  }

  function find(list: HistoryEntry[], id: string): HistoryEntry {
    const entry = list.find((e) => e.id === id);
    if (!entry) throw new TokenLabError('INVALID_INPUT', 'that token is no longer in the history');
    return entry;
  }

  async function describe(item: HistoryAddItem, now: number): Promise<Omit<HistoryEntry, 'id' | 'fingerprint' | 'pinned'>> {
    const plain = await deps.inspect(item.token, {});
    if (plain.verdict === 'malformed' || plain.expiresAt === null || (plain.format !== 'zego-token04' && plain.format !== 'commsease-dynamic')) {
      throw new TokenLabError('INVALID_INPUT', `not a token with a readable expiry: ${plain.reason}`);
    }
    let verified: Inspection | null = null;
    let profile: { name: string; env: string } | null = null;
    if (item.profileId) {
      try {
        const judged = await deps.inspect(item.token, { profileId: item.profileId, ...(item.accid ? { accid: item.accid } : {}) });
        if (AUTHENTIC.has(judged.verdict)) {
          verified = judged;
          profile = await deps.describeProfile(item.profileId);
        }
      } catch {
        // Keychain locked, profile gone: the entry is still worth keeping, just less detailed.
        verified = null;
      }
    }
    const source = verified ?? plain;
    const fields = source.fields;
    const userId =
      fields && 'user_id' in fields ? fields.user_id : plain.format === 'commsease-dynamic' ? (item.accid ?? null) : null;
    return {
      source: item.source,
      format: plain.format,
      profileId: profile ? (item.profileId ?? null) : null,
      profileName: profile?.name ?? null,
      env: profile?.env ?? null,
      userId,
      roomId: source.privilege ? source.privilege.roomId : null,
      issuedAt: source.issuedAt ?? (fields && 'ctime' in fields ? fields.ctime : null),
      expiresAt: source.expiresAt ?? plain.expiresAt,
      addedAt: now,
    };
  }

  return {
    list: () =>
      serial(async () => [...(await load())].sort(bySoonestExpiry)),

    add: (items) =>
      serial(async () => {
        const current = await load();
        const now = deps.now();
        const byFingerprint = new Map(current.map((e) => [e.fingerprint, e]));
        const added: HistoryEntry[] = [];
        const result: HistoryEntry[] = [];
        for (const item of items) {
          const fingerprint = fingerprintToken(item.token, deps.sha256Hex);
          const existing = byFingerprint.get(fingerprint);
          if (existing) {
            result.push(existing);
            continue;
          }
          const entry: HistoryEntry = { id: deps.randomId(), fingerprint, pinned: false, ...(await describe(item, now)) };
          byFingerprint.set(fingerprint, entry);
          added.push(entry);
          result.push(entry);
        }
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
      serial(async () => {
        const current = await load();
        const entry = find(current, id);
        if (fingerprintToken(token, deps.sha256Hex) !== entry.fingerprint) {
          throw new TokenLabError('INVALID_INPUT', 'this token text does not match the history entry it was meant for');
        }
        await deps.secrets.set(pinAccount(id), token.trim());
        const pinned = { ...entry, pinned: true };
        await save(current.map((e) => (e.id === id ? pinned : e)), true);
        return pinned;
      }),

    unpin: (id) =>
      serial(async () => {
        const current = await load();
        const entry = find(current, id);
        await deps.secrets.delete(pinAccount(id));
        const unpinned = { ...entry, pinned: false };
        await save(current.map((e) => (e.id === id ? unpinned : e)), true);
        return unpinned;
      }),

    pinnedToken: (id) =>
      serial(async () => {
        const entry = find(await load(), id);
        if (!entry.pinned) throw new TokenLabError('INVALID_INPUT', 'only pinned tokens keep their text');
        const token = await deps.secrets.get(pinAccount(id));
        if (token === null) {
          throw new TokenLabError('SECRET_MISSING', 'the pinned token is no longer in the keychain (removed outside TokenLab?)');
        }
        return token;
      }),

    remove: (id) =>
      serial(async () => {
        const current = await load();
        const entry = find(current, id);
        if (entry.pinned) await deps.secrets.delete(pinAccount(id));
        await save(current.filter((e) => e.id !== id), entry.pinned);
      }),

    clear: () =>
      serial(async () => {
        const current = await load();
        const kept = current.filter((e) => e.pinned);
        await save(kept, false);
        return { removed: current.length - kept.length, kept: kept.length };
      }),
  };
}
