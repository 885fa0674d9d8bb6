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
import { i18nFor, type Language } from '../../shared/i18n';
import { wordIssue } from '../../shared/i18n/zodText';
import type { mainEn } from '../../shared/i18n/areas/main';
import { zodDetailParams } from '../../shared/ipc/describeZodError';
import { mainT, MainTextError, type MainTextParams, type MainTranslate } from '../i18n/mainText';
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
  /** What the entries are called in the report: `main.damage.entries.*` ("profiles", "history entries"). */
  entries: DamageEntries;
  /** Default: pretty JSON and a final newline. */
  serialize?(document: T): string;
}

export type DamageEntries = keyof (typeof mainEn)['damage']['entries'];

/** A damaged file that was repaired, for the user (vault:status, CLI stderr, logs). */
export interface DamageReport {
  /** The copy of the damaged file as it was found. */
  backupPath: string;
  /** What was wrong and what came back, in one English sentence (logs, --json). */
  reason: string;
  /** The same sentence in `language` (the page's banner, the CLI's stderr). */
  worded(language: Language): string;
  kept: number;
  dropped: number;
}

/**
 * A zod issue a store's schema words by the catalogue: `params: damageIssue('duplicateId', { id })`
 * beside the English `message`, so a repair report names it in the reader's language.
 */
export function damageIssue(key: DamageIssueKey, params: MainTextParams = {}): { message: string; params: { damageKey: DamageIssueKey; damageParams: MainTextParams } } {
  return { message: mainT('en')(`damage.${key}`, params), params: { damageKey: key, damageParams: params } };
}

export type DamageIssueKey = 'unknownFamily' | 'unknownProvider' | 'profileIdentifiers' | 'badIdentifiers' | 'duplicateId' | 'duplicateName';

/** Why a file was judged damaged, worded later in the reader's language. */
type DamageWhy = (t: MainTranslate, language: Language) => string;

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

type Strict<T> = { ok: true; document: T } | { ok: false; why: DamageWhy };

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
      const key = text.trim() === '' ? 'damage.empty' : 'damage.notJson';
      return { ok: false, why: (t) => t(key) };
    }
    const parsed = spec.schema.safeParse(json);
    if (parsed.success) return { ok: true, document: parsed.data };
    const first = parsed.error.issues[0];
    if (!first) return { ok: false, why: (t) => t('damage.unexpected') };
    const at = first.path.join('.');
    const worded = first.code === 'custom' ? (first.params as { damageKey?: DamageIssueKey; damageParams?: MainTextParams } | undefined) : undefined;
    // A schema's own issue: its English as before, the validation area's words in another language.
    const detail: DamageWhy = worded?.damageKey
      ? (t) => t(`damage.${worded.damageKey}`, worded.damageParams)
      : (_t, language) => (language === 'en' ? first.message : wordIssue(first, (key, o) => i18nFor(language).t(key, o ?? {})));
    return { ok: false, why: (t, language) => (at ? t('damage.unexpectedAt', { at, detail: detail(t, language) }) : t('damage.unexpectedTop', { detail: detail(t, language) })) };
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
      throw new MainTextError('INTERNAL', 'wouldNotReadBack', { name, ...zodDetailParams(checked.error) });
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
      const why: DamageWhy = strict.ok ? (t) => t('damage.damaged') : strict.why;
      const worded = (language: Language): string => {
        const t = mainT(language);
        return t('damage.report', { why: why(t, language), kept: salvaged.kept, entries: t(`damage.entries.${spec.entries}`), dropped: salvaged.dropped });
      };
      report = {
        backupPath,
        reason: worded('en'),
        worded,
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
