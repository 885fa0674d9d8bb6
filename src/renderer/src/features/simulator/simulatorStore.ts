/**
 * The simulator screen's state: two scenarios (A and B, for comparison), their results, the
 * virtual clock, the selected event, and the profile whose credentials mint the tokens.
 *
 * Built once with the app's other stores (createAppStores), so a simulation, its clock and the
 * mode survive navigating to another screen and back. The profiles to mint with come from the
 * app's profiles store; the one IPC call here is `run`'s, never a component's.
 * A scenario is kept as written (`ScenarioInput`); its validation is derived on demand with
 * `parseScenario`, so the form and `run` can never disagree about what is wrong.
 */
import { createStore } from 'zustand/vanilla';
import type { IpcError } from '../../../../shared/ipc/reply';
import type { SimEvent } from '../../../../shared/sim/events';
import type { Outage, Scenario, ScenarioInput } from '../../../../shared/sim/scenario';
import type { SimIdentity } from '../../../../shared/sim/simTokenMinter';
import type { SimSummary } from '../../../../shared/sim/summary';
import type { StoreDeps } from '../../app/storeDeps';
import { presetById, type PresetId } from '../../../../shared/sim/presets';
import { withoutOtherPlatformSettings } from '../../../../shared/sim/scenario';
import { exportSimulation, type ImportRefusal } from './simulationFile';
import { advance, clampSpeed, nextEventTime } from './virtualClock';

export type SlotId = 'a' | 'b';
export const SLOTS: readonly SlotId[] = ['a', 'b'];

export interface SimRun {
  /** The validated scenario it ran (defaults filled in). */
  scenario: Scenario;
  events: SimEvent[];
  summary: SimSummary;
  assumptions: string[];
  /** null for a run imported from a file. */
  identity: SimIdentity | null;
}

export interface SlotState {
  scenario: ScenarioInput;
  /** The preset it started from, until edited. */
  preset: PresetId | null;
  /** The preset it started from, kept through edits (null for an imported or hand-made one). */
  basedOn: PresetId | null;
  run: SimRun | null;
  running: boolean;
  error: IpcError | null;
}

export interface ClockState {
  /** Virtual seconds since the scenarios' start. */
  t: number;
  playing: boolean;
  /** Virtual seconds per real second, 1–1000. */
  speed: number;
}

/** Simulation on a virtual clock, or a real pasted token on the real clock. */
export type SimulatorMode = 'simulation' | 'live';

/** A zoomed range of virtual time; null shows the whole run. */
export type TimelineZoom = { from: number; to: number } | null;

export interface SimulatorState {
  mode: SimulatorMode;
  slots: Record<SlotId, SlotState>;
  /** Which scenario the form edits. */
  editing: SlotId;
  compare: boolean;
  /** Mint with this profile's credentials (in main); null: throwaway credentials from the seed. */
  profileId: string | null;
  /** The client whose lanes the timeline shows. */
  client: number;
  clock: ClockState;
  zoom: TimelineZoom;
  selected: { slot: SlotId; index: number } | null;
  /** Why the last import was refused. */
  importError: string | null;
  /** What words `importError` in the reader's language. */
  importRefusal: ImportRefusal | null;

  setMode(mode: SimulatorMode): void;
  setZoom(zoom: TimelineZoom): void;
  setProfile(id: string | null): void;
  setEditing(slot: SlotId): void;
  setCompare(on: boolean): void;
  applyPreset(id: PresetId, slot?: SlotId): void;
  /** Set one scenario field by path (`['renewal', 'latencyMs']`); `undefined` restores its default. */
  setField(path: readonly (string | number)[], value: unknown): void;
  addOutage(): void;
  removeOutage(index: number): void;
  /** Run the edited scenario (both, when comparing). Nothing is sent while a scenario has a bad field. */
  run(): Promise<void>;
  setClient(client: number): void;
  play(): void;
  pause(): void;
  setSpeed(speed: number): void;
  scrub(t: number): void;
  stepToNextEvent(): void;
  /** Playback: `realMs` of wall time passed. */
  tick(realMs: number): void;
  select(slot: SlotId, index: number | null): void;
  /** Load an exported simulation or a bare scenario file into the edited slot; resolves whether it was taken. */
  importText(text: string): Promise<boolean>;
  exportText(slot: SlotId): string;
}

const DEFAULT_PRESET: PresetId = 'healthy';

function slotFromPreset(id: PresetId): SlotState {
  return { scenario: structuredClone(presetById(id).scenario), preset: id, basedOn: id, run: null, running: false, error: null };
}

/** A copy of `obj` with the value at `path` replaced (or removed, for `undefined`). */
function setIn(obj: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const base: Record<string | number, unknown> | unknown[] = Array.isArray(obj)
    ? [...obj]
    : typeof obj === 'object' && obj !== null
      ? { ...(obj as Record<string, unknown>) }
      : typeof head === 'number'
        ? []
        : {};
  const next = setIn((base as Record<string | number, unknown>)[head], rest, value);
  if (next === undefined && !Array.isArray(base)) delete (base as Record<string | number, unknown>)[head];
  else (base as Record<string | number, unknown>)[head] = next;
  return base;
}

/** The end of the clock's range: the longer of the runs shown. */
export function clockEnd(state: Pick<SimulatorState, 'slots' | 'compare' | 'editing'>): number {
  const shown = state.compare ? SLOTS : [state.editing];
  return Math.max(0, ...shown.map((s) => state.slots[s].run?.summary.simulatedSeconds ?? 0));
}

/** The events of the runs on screen, merged in time order (for stepping). */
function shownEvents(state: SimulatorState): SimEvent[] {
  const runs = (state.compare ? SLOTS : [state.editing]).map((s) => state.slots[s].run?.events ?? []);
  if (runs.length === 1) return runs[0] ?? [];
  return runs.flat().sort((x, y) => x.t - y.t);
}

export type SimulatorStore = ReturnType<typeof createSimulatorStore>;

// The validators (zod schemas) load on first use: this store is built at start-up with the
// app's others, and the window should not parse them before anyone runs or imports anything.
const loadScenarioParser = () => import('../../../../shared/sim/parseScenario');
const loadSimulationImport = () => import('./simulationImport');

export function createSimulatorStore({ api }: Pick<StoreDeps, 'api'>) {
  return createStore<SimulatorState>()((set, get) => {
    const patchSlot = (slot: SlotId, patch: Partial<SlotState>): void => {
      const slots = get().slots;
      set({ slots: { ...slots, [slot]: { ...slots[slot], ...patch } } });
    };
    const editScenario = (update: (s: ScenarioInput) => ScenarioInput): void => {
      const slot = get().editing;
      patchSlot(slot, { scenario: update(get().slots[slot].scenario), preset: null });
    };
    const runSlot = async (slot: SlotId, scenario: Scenario): Promise<void> => {
      patchSlot(slot, { running: true, error: null });
      const profileId = get().profileId;
      const reply = await api.sim.run({ scenario, ...(profileId ? { profileId } : {}) });
      if (reply.ok) {
        const { events, summary, assumptions, identity } = reply.value;
        patchSlot(slot, { running: false, run: { scenario, events, summary, assumptions, identity } });
      } else {
        patchSlot(slot, { running: false, error: reply.error });
      }
    };

    return {
      mode: 'simulation',
      slots: { a: slotFromPreset(DEFAULT_PRESET), b: slotFromPreset('never') },
      editing: 'a',
      compare: false,
      profileId: null,
      client: 0,
      clock: { t: 0, playing: false, speed: 60 },
      zoom: null,
      selected: null,
      importError: null,
      importRefusal: null,

      setMode(mode) {
        set({ mode });
      },
      setZoom(zoom) {
        set({ zoom });
      },
      setProfile(id) {
        set({ profileId: id });
      },
      setEditing(slot) {
        set({ editing: slot, importError: null, importRefusal: null });
      },
      setCompare(on) {
        set({ compare: on, editing: on ? get().editing : 'a' });
      },
      applyPreset(id, slot) {
        const target = slot ?? get().editing;
        patchSlot(target, { scenario: structuredClone(presetById(id).scenario), preset: id, basedOn: id });
      },
      setField(path, value) {
        // A new platform keeps only the settings it offers (another's switches would not validate).
        editScenario((s) => {
          const next = setIn(s, path, value) as ScenarioInput;
          return path.length === 1 && path[0] === 'platform' ? withoutOtherPlatformSettings(next) : next;
        });
      },
      addOutage() {
        editScenario((s) => {
          const outages: Outage[] = [...((s.outages as Outage[] | undefined) ?? [])];
          const duration = s.durationSeconds ?? 7200;
          outages.push({ atSeconds: Math.round(duration / 2), forSeconds: 600, kind: 'network' });
          return { ...s, outages };
        });
      },
      removeOutage(index) {
        editScenario((s) => ({ ...s, outages: (s.outages ?? []).filter((_, i) => i !== index) }));
      },
      async run() {
        const { compare, editing, slots } = get();
        const targets = compare ? SLOTS : [editing];
        const { parseScenario } = await loadScenarioParser();
        const parsed = targets.map((slot) => ({ slot, result: parseScenario(slots[slot].scenario) }));
        if (parsed.some((p) => !p.result.ok)) return;
        set({ clock: { ...get().clock, t: 0, playing: false }, selected: null });
        await Promise.all(parsed.map((p) => (p.result.ok ? runSlot(p.slot, p.result.scenario) : Promise.resolve())));
        const clients = Math.min(...targets.map((s) => get().slots[s].run?.summary.clients ?? 1));
        if (get().client >= clients) set({ client: 0 });
      },
      setClient(client) {
        set({ client: Math.max(0, Math.floor(client)), selected: null });
      },
      play() {
        const state = get();
        const end = clockEnd(state);
        if (end <= 0) return;
        // Playing from the end starts over.
        set({ clock: { ...state.clock, playing: true, t: state.clock.t >= end ? 0 : state.clock.t } });
      },
      pause() {
        set({ clock: { ...get().clock, playing: false } });
      },
      setSpeed(speed) {
        set({ clock: { ...get().clock, speed: clampSpeed(speed) } });
      },
      scrub(t) {
        const end = clockEnd(get());
        set({ clock: { ...get().clock, t: Math.min(end, Math.max(0, t)) } });
      },
      stepToNextEvent() {
        const state = get();
        const next = nextEventTime(shownEvents(state), state.clock.t);
        if (next !== null) set({ clock: { ...state.clock, t: next, playing: false } });
      },
      tick(realMs) {
        const state = get();
        if (!state.clock.playing) return;
        const end = clockEnd(state);
        const t = advance(state.clock.t, realMs, state.clock.speed, end);
        set({ clock: { ...state.clock, t, playing: t < end } });
      },
      select(slot, index) {
        set({ selected: index === null ? null : { slot, index } });
      },
      async importText(text) {
        const { importSimulation } = await loadSimulationImport();
        const imported = importSimulation(text);
        if (!imported.ok) {
          set({ importError: imported.message, importRefusal: imported.reason });
          return false;
        }
        const slot = get().editing;
        const run = imported.run ? { ...imported.run, scenario: imported.scenario, identity: null } : null;
        patchSlot(slot, { scenario: imported.scenarioInput, preset: null, basedOn: null, run, error: null, running: false });
        set({ importError: null, importRefusal: null, selected: null, clock: { ...get().clock, t: 0, playing: false } });
        return true;
      },
      exportText(slot) {
        const { scenario, run } = get().slots[slot];
        return exportSimulation(scenario, run ? { events: run.events, summary: run.summary, assumptions: run.assumptions } : null);
      },
    };
  });
}
