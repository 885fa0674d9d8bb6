/**
 * A JSON document in the data folder, as every store there needs it: validated on the way in
 * and on the way out, changed only under the file's inter-process lock, and — when damaged —
 * salvaged entry by entry instead of being thrown away whole.
 *
 * Damage (not JSON, cut short, an entry of the wrong shape, a duplicate) is repaired under the
 * lock: the original text is copied to `<name>.corrupt-<UTC stamp>` first, then the file is
 * rewritten with every entry that still passes the store's schema, and the repair is reported
 * (how many entries came back, how many are only in the copy). A write that would not read back
 * is refused before it reaches the disk, so one bad value cannot make the file unreadable.
 */
import { basename } from 'node:path';
import type { z } from 'zod';
import { TokenLabError } from '../../shared/errors';
import { describeZodError } from '../../shared/ipc/describeZodError';
import type { DataFile } from './dataFile';
import { parseJsonLeniently } from './lenientJson';

/** What a store makes of a damaged file: the entries that pass its schema, and how many did not. */
export interface Salvaged<T> {
  document: T;
  kept: number;
  dropped: number;
}

export interface JsonDocumentSpec<T> {
  /** The whole document, as strict as the store needs it. */
  schema: z.ZodType<T>;
  /** The document of a file that does not exist yet. */
  empty(): T;
  /**
   * Rebuild a document from what a damaged file still holds (`undefined` when nothing parsed):
   * keep each entry that passes its own schema, drop the rest.
   */
  salvage(value: unknown): Salvaged<T>;
  /** "profiles", "history entries": for the report. */
  entries: string;
  /** Default: pretty JSON and a final newline. */
  serialize?(document: T): string;
}

/** A damaged file that was repaired, for the user (vault:status, CLI stderr, logs). */
export interface DamageReport {
  /** The copy of the damaged file as it was found. */
  backupPath: string;
  /** What was wrong and what came back, in one sentence. */
  reason: string;
  kept: number;
  dropped: number;
}

export interface JsonDocumentFile<T> {
  readonly path: string;
  /** The current document (no lock needed to read); a damaged file is repaired first. Treat it as read-only. */
  read(): Promise<T>;
  /**
   * Read-modify-write under the file's lock: `operation` sees the document as it is on disk
   * now, and `save` validates then replaces it atomically. Keychain calls in between are fine.
   */
  transact<R>(operation: (current: T, save: (next: T) => Promise<void>) => Promise<R>): Promise<R>;
  /** Hold the file's lock for a whole operation (see DataFile.locked). */
  locked<R>(operation: () => Promise<R>): Promise<R>;
  /** The repair made during this process's lifetime, if any. */
  damage(): DamageReport | null;
}

export interface JsonDocumentOptions {
  /** Told once per repair. */
  onDamage?(report: DamageReport): void;
}

type Strict<T> = { ok: true; document: T } | { ok: false; reason: string };

/** The part of a DataFile a JSON document needs (tests pass an in-memory one). */
export type DocumentTextFile = Pick<DataFile, 'path' | 'read' | 'write' | 'locked' | 'keepAside'>;

export function openJsonDocument<T>(file: DocumentTextFile, spec: JsonDocumentSpec<T>, options: JsonDocumentOptions = {}): JsonDocumentFile<T> {
  const name = basename(file.path);
  const serialize = spec.serialize ?? ((document: T) => `${JSON.stringify(document, null, 1)}\n`);
  // The last text read or written and its document: an unchanged file is not validated again.
  let cache: { text: string | null; document: T } | null = null;
  let report: DamageReport | null = null;

  function parseStrict(text: string): Strict<T> {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { ok: false, reason: text.trim() === '' ? 'the file is empty' : 'the file is not valid JSON (cut short, or edited by hand?)' };
    }
    const parsed = spec.schema.safeParse(json);
    if (parsed.success) return { ok: true, document: parsed.data };
    const first = parsed.error.issues[0];
    return { ok: false, reason: `unexpected content${first ? ` at ${first.path.join('.') || 'top level'}: ${first.message}` : ''}` };
  }

  function known(text: string | null): T | null {
    if (text === null) return spec.empty();
    if (cache && cache.text === text) return cache.document;
    const strict = parseStrict(text);
    if (!strict.ok) return null;
    cache = { text, document: strict.document };
    return strict.document;
  }

  async function save(next: T): Promise<void> {
    const checked = spec.schema.safeParse(next);
    if (!checked.success) {
      throw new TokenLabError('INTERNAL', `refused to write ${name}: it would not read back (${describeZodError(checked.error)})`);
    }
    const text = serialize(next);
    await file.write(text);
    cache = { text, document: checked.data };
  }

  async function repair(): Promise<T> {
    return file.locked(async () => {
      const text = await file.read();
      const fine = known(text); // another process may have repaired it meanwhile
      if (fine !== null) return fine;
      const damaged = text as string;
      const strict = parseStrict(damaged);
      const salvaged = spec.salvage(parseJsonLeniently(damaged)?.value);
      const backupPath = await file.keepAside(damaged);
      await save(salvaged.document);
      const why = strict.ok ? 'damaged' : strict.reason;
      report = {
        backupPath,
        reason: `${why}; ${salvaged.kept} ${spec.entries} recovered, ${salvaged.dropped} unreadable`,
        kept: salvaged.kept,
        dropped: salvaged.dropped,
      };
      options.onDamage?.(report);
      return salvaged.document;
    });
  }

  async function read(): Promise<T> {
    return known(await file.read()) ?? repair();
  }

  return {
    path: file.path,
    read,
    transact: (operation) => file.locked(async () => operation(await read(), save)),
    locked: (operation) => file.locked(operation),
    damage: () => report,
  };
}

/** Each item of `value` (when it is an array) that passes `schema` and is not a repeat by `key`. */
export function salvageArray<E>(value: unknown, schema: z.ZodType<E>, key: (entry: E) => readonly string[] = () => []): { items: E[]; dropped: number } {
  if (!Array.isArray(value)) return { items: [], dropped: 0 };
  const seen = new Set<string>();
  const items: E[] = [];
  for (const candidate of value) {
    const parsed = schema.safeParse(candidate);
    if (!parsed.success || key(parsed.data).some((k) => seen.has(k))) continue;
    for (const k of key(parsed.data)) seen.add(k);
    items.push(parsed.data);
  }
  return { items, dropped: value.length - items.length };
}

/** `value[field]` when `value` is a plain object, else undefined. */
export function fieldOf(value: unknown, field: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, field)
    ? (value as Record<string, unknown>)[field]
    : undefined;
}

/**
 * Runs each operation after the previous one has settled, whatever its outcome — within this
 * process. With `lock` (a data file's), each also holds that file's inter-process lock.
 */
export function createSerialQueue(lock?: <T>(operation: () => Promise<T>) => Promise<T>): <T>(operation: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(operation: () => Promise<T>): Promise<T> => {
    const run = lock ? () => lock(operation) : operation;
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  };
}
