/**
 * The inspector: one paste box, decoded as you type.
 *
 * `setText` decodes locally and synchronously (no secret, no IPC), so the result appears on
 * the keystroke. When a profile is chosen, the same tokens are then verified by main
 * (`tokens:inspect` / `tokens:inspectMany`), and those verdicts replace the local ones; a
 * reply that arrives after the text or profile changed again is dropped.
 */
import { createStore } from 'zustand/vanilla';
import { inspectManyBatches } from '../../../../shared/ipc/channels/tokens';
import type { IpcError } from '../../../../shared/ipc/reply';
import type { Inspection, Verdict } from '../../../../shared/tokens/types';
import type { StoreDeps } from '../../app/storeDeps';
import { inspectText, type InspectedRow, type InspectionCache } from './inspectText';

/**
 * Above this many tokens, verification waits for a pause in typing: each request makes main
 * decrypt every token again, and only the last one's answer is shown anyway.
 */
const DEBOUNCE_ABOVE_ROWS = 500;
const DEBOUNCE_MS = 400;

export interface InspectorState {
  text: string;
  /** null: "no secret" — decode only. */
  profileId: string | null;
  /** CommsEase: the accid the signature binds. */
  accid: string;
  rows: InspectedRow[];
  /** Main's verdicts, by row index, for the current text + profile. */
  verified: (Inspection | undefined)[];
  verifying: boolean;
  verifyError: IpcError | null;
  verdictFilter: Verdict | 'all';
  setText(text: string): void;
  setProfile(profileId: string | null): void;
  setAccid(accid: string): void;
  setVerdictFilter(filter: Verdict | 'all'): void;
  clear(): void;
}

/** The inspection to show for a row: main's verdict when there is one, else the local decode. */
export function effectiveInspection(state: Pick<InspectorState, 'rows' | 'verified'>, index: number): Inspection | undefined {
  return state.verified[index] ?? state.rows[index]?.local;
}

export function createInspectorStore({ api, now }: StoreDeps) {
  let cache: InspectionCache = new Map();
  let generation = 0;
  let pending: ReturnType<typeof setTimeout> | null = null;

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
      const { rows, profileId, accid } = get();
      if (profileId === null || rows.length === 0) {
        set({ verified: [], verifying: false, verifyError: null });
        return;
      }
      set({ verifying: true, verifyError: null });
      const options = { profileId, ...(accid.trim() !== '' ? { accid: accid.trim() } : {}) };
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
      accid: '',
      rows: [],
      verified: [],
      verifying: false,
      verifyError: null,
      verdictFilter: 'all',
      setText(text) {
        const result = inspectText(text, now(), cache);
        cache = result.cache;
        set({ text, rows: result.rows, verified: [] });
        scheduleVerify();
      },
      setProfile(profileId) {
        set({ profileId, verified: [] });
        scheduleVerify();
      },
      setAccid(accid) {
        set({ accid, verified: [] });
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
