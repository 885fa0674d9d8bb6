/**
 * The export / import format of a simulation: the scenario as written plus, when it was run,
 * its events and summary, so a colleague can open the same timeline without re-running it.
 *
 * Writing needs no schema; reading does (simulationImport.ts), and is loaded when used so the
 * validators stay out of what the window loads at start.
 */
import type { SimEvent } from '../../../../shared/sim/events';
import type { ScenarioIssue } from '../../../../shared/sim/parseScenario';
import type { Scenario, ScenarioInput } from '../../../../shared/sim/scenario';
import type { SimSummary } from '../../../../shared/sim/summary';

export const SIMULATION_FILE_FORMAT = 'tokenlab-simulation';
export const SIMULATION_FILE_VERSION = 1;

export interface SimulationFile {
  format: typeof SIMULATION_FILE_FORMAT;
  version: typeof SIMULATION_FILE_VERSION;
  scenario: ScenarioInput;
  events?: SimEvent[];
  summary?: SimSummary;
  assumptions?: string[];
}

export type ImportedSimulation =
  | { ok: true; scenarioInput: ScenarioInput; scenario: Scenario; run: { events: SimEvent[]; summary: SimSummary; assumptions: string[] } | null }
  | { ok: false; /** In English. */ message: string; /** What words it (`simulator.importReason.*`); a scenario's bad fields as its issues. */ reason: ImportRefusal };

/** Why a file is refused, for the screen to word in the reader's language. */
export interface ImportRefusal {
  key: string;
  params?: Readonly<Record<string, string | number>>;
  issues?: readonly ScenarioIssue[];
}

export function exportSimulation(scenario: ScenarioInput, run: { events: SimEvent[]; summary: SimSummary; assumptions: string[] } | null): string {
  const file: SimulationFile = {
    format: SIMULATION_FILE_FORMAT,
    version: SIMULATION_FILE_VERSION,
    scenario,
    ...(run ? { events: run.events, summary: run.summary, assumptions: run.assumptions } : {}),
  };
  return JSON.stringify(file, null, 1);
}
