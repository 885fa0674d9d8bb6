/**
 * The inspector: one paste box, decoded as you type.
 *
 * `setText` decodes locally and synchronously (no secret, no IPC), so the result appears on
 * the keystroke. When a profile is chosen, the same tokens are then verified by main
 * (`tokens:inspect` / `tokens:inspectMany`), and those verdicts replace the local ones; a
 * reply that arrives after the text or profile changed again is dropped.
 *
 * A large paste (over LARGE_PASTE_CHARS) is decoded in workers, chunk by chunk (decodePool.ts):
 * the rows arrive in order, a chunk at a time, while `decoding` is true, and verification starts
 * once the last one is in. Without workers it is decoded here, at once, as a small one is.
 */
import { createStore } from 'zustand/vanilla';
import { inspectManyBatches } from '../../../../shared/ipc/channels/tokens';
import type { ExpectKey, Expectations } from '../../../../shared/families/family';
import type { IpcError } from '../../../../shared/ipc/reply';
import type { Inspection, Verdict } from '../../../../shared/tokens/types';
import type { StoreDeps } from '../../app/storeDeps';
import { decodePool, type DecodeJob } from './decodePool';
import { inspectText, lazyRows, type InspectedRow, type InspectionCache } from './inspectText';

/**
 * Above this many tokens, verification waits for a pause in typing: each request makes main
 * decrypt every token again, and only the last one's answer is shown anyway.
 */
const DEBOUNCE_ABOVE_ROWS = 500;
const DEBOUNCE_MS = 400;
/** Above this many characters a paste is decoded in workers, in chunks. */
const LARGE_PASTE_CHARS = 256 * 1024;
/** While a large paste is decoded, the rows so far are shown at most this often (the first chunk's at once). */
const ROWS_EVERY_MS = 100;

export interface InspectorState {
  text: string;
  /** null: "no secret" — decode only. */
  profileId: string | null;
  /**
   * The values a signature binds but the token does not carry, as typed, by meaning: the
   * profile's family names them (`verifyInputs` with `requiredToVerify`): CommsEase's accid is
   * `userId`, an Agora 006 token's are `channel` and `uid`.
   */
  bound: Expectations;
  rows: InspectedRow[];
  /** Main's verdicts, by row index, for the current text + profile. */
  verified: (Inspection | undefined)[];
  verifying: boolean;
  /** A large paste is still being decoded (in workers): `rows` has its first chunks only. */
  decoding: boolean;
  verifyError: IpcError | null;
  verdictFilter: Verdict | 'all';
  setText(text: string): void;
  setProfile(profileId: string | null): void;
  setBound(key: ExpectKey, value: string): void;
  setVerdictFilter(filter: Verdict | 'all'): void;
  clear(): void;
}

/**
 * The bound values as `tokens:inspect` takes them: the user (`userId`) as `accid`, the channel
 * and uid as `expect`, kept apart so a channel is never taken for the user. An empty box is
 * "not given" (an RTM 006 token's empty uid is what the family assumes). The channel and uid go
 * as typed: the signature binds their exact bytes, so a stray space is a real mismatch to show.
 */
export function boundRequest(bound: Expectations): { accid?: string; expect?: { channel?: string; uid?: string } } {
  const value = (key: ExpectKey, trim: boolean): string | undefined => {
    const v = trim ? bound[key]?.trim() : bound[key];
    return v === undefined || v === '' ? undefined : v;
  };
  const accid = value('userId', true);
  const channel = value('channel', false);
  const uid = value('uid', false);
  const expect = { ...(channel !== undefined ? { channel } : {}), ...(uid !== undefined ? { uid } : {}) };
  return { ...(accid !== undefined ? { accid } : {}), ...(Object.keys(expect).length > 0 ? { expect } : {}) };
}

/** The inspection to show for a row: main's verdict when there is one, else the local decode. */
export function effectiveInspection(state: Pick<InspectorState, 'rows' | 'verified'>, index: number): Inspection | undefined {
  return state.verified[index] ?? state.rows[index]?.local;
}

export function createInspectorStore({ api, now }: StoreDeps) {
  let cache: InspectionCache = new Map();
  let generation = 0;
  let pending: ReturnType<typeof setTimeout> | null = null;
  let decodeJob: DecodeJob | null = null;

  return createStore<InspectorState>()((set, get) => {
    /** Verify now for small inputs; after a short pause in changes for big ones. */
    function scheduleVerify(): void {
      if (pending !== null) clearTimeout(pending);
      pending = null;
      if (get().rows.length > DEBOUNCE_ABOVE_ROWS && get().profileId !== null) {
        generation++; // Any reply still on its way is for older text.
        set({ verifying: true });
        pending = setTimeout(() => {
          pending = null;
          void verify();
        }, DEBOUNCE_MS);
        return;
      }
      void verify();
    }

    async function verify(): Promise<void> {
      const mine = ++generation;
      const { rows, profileId, bound, decoding } = get();
      // A paste still being decoded is verified once its last chunk is in (setText).
      if (decoding) return;
      if (profileId === null || rows.length === 0) {
        set({ verified: [], verifying: false, verifyError: null });
        return;
      }
      set({ verifying: true, verifyError: null });
      const options = { profileId, ...boundRequest(bound) };
      const verified: Inspection[] = [];
      if (rows.length === 1) {
        const reply = await api.tokens.inspect({ token: (rows[0] as InspectedRow).token, ...options });
        if (mine !== generation) return;
        if (!reply.ok) {
          set({ verified: [], verifying: false, verifyError: reply.error });
          return;
        }
        verified.push(reply.value.inspection);
      } else {
        for (const tokens of inspectManyBatches(rows.map((r) => r.token))) {
          const reply = await api.tokens.inspectMany({ tokens, ...options });
          if (mine !== generation) return;
          if (!reply.ok) {
            set({ verified: [], verifying: false, verifyError: reply.error });
            return;
          }
          verified.push(...reply.value.inspections);
        }
      }
      set({ verified, verifying: false, verifyError: null });
    }

    return {
      text: '',
      profileId: null,
      bound: {},
      rows: [],
      verified: [],
      verifying: false,
      decoding: false,
      verifyError: null,
      verdictFilter: 'all',
      setText(text) {
        decodeJob?.cancel();
        decodeJob = null;
        const pool = text.length > LARGE_PASTE_CHARS ? decodePool() : null;
        if (pool === null) {
          const result = inspectText(text, now(), cache);
          cache = result.cache;
          set({ text, rows: result.rows, verified: [], decoding: false });
          scheduleVerify();
          return;
        }
        // No verification of older text may land while this one is decoded.
        if (pending !== null) clearTimeout(pending);
        pending = null;
        generation++;
        const at = now();
        const lazyCache: InspectionCache = new Map();
        const rows: InspectedRow[] = [];
        let lineOffset = 0;
        // The first chunk's rows are shown at once; later ones at most every ROWS_EVERY_MS, so the
        // page re-renders the table a few times during a paste rather than once per chunk.
        let shown = false;
        let timer: ReturnType<typeof setTimeout> | null = null;
        const show = () => {
          timer = null;
          if (decodeJob === job) set({ rows: rows.slice() });
        };
        set({ text, rows: [], verified: [], decoding: true, verifying: false, verifyError: null });
        const job = pool.decode(text, at, (chunk, chunkText) => {
          for (const row of lazyRows(chunk, chunkText, rows.length, lineOffset, at, lazyCache)) rows.push(row);
          lineOffset += chunk.lineCount;
          if (!shown) {
            shown = true;
            show();
          } else timer ??= setTimeout(show, ROWS_EVERY_MS);
        });
        decodeJob = job;
        const stopShowing = () => {
          if (timer !== null) clearTimeout(timer);
          timer = null;
        };
        job.done.then(
          () => {
            stopShowing();
            if (decodeJob !== job) return;
            decodeJob = null;
            cache = lazyCache;
            set({ rows, decoding: false });
            scheduleVerify();
          },
          () => {
            stopShowing();
            if (decodeJob !== job) return;
            decodeJob = null;
            // No workers after all: decode here, as a small paste is.
            const result = inspectText(text, at, cache);
            cache = result.cache;
            set({ rows: result.rows, decoding: false });
            scheduleVerify();
          },
        );
      },
      setProfile(profileId) {
        // Another profile may be of another family, which binds other values: they are asked again.
        set({ profileId, bound: {}, verified: [] });
        scheduleVerify();
      },
      setBound(key, value) {
        set({ bound: { ...get().bound, [key]: value }, verified: [] });
        scheduleVerify();
      },
      setVerdictFilter(verdictFilter) {
        set({ verdictFilter });
      },
      clear() {
        get().setText('');
      },
    };
  });
}

export type InspectorStore = ReturnType<typeof createInspectorStore>;
