/**
 * Reading a simulation file: validates everything with the same schemas main uses (scenario
 * and events), so a hand-edited or foreign file cannot put malformed data in the store.
 */
import { z } from 'zod';
import { simEventSchema, simSummarySchema } from '../../../../shared/ipc/schemas/simulation';
import { parseScenario } from '../../../../shared/sim/parseScenario';
import type { ScenarioInput } from '../../../../shared/sim/scenario';
import { SIMULATION_FILE_FORMAT, SIMULATION_FILE_VERSION, type ImportedSimulation } from './simulationFile';

const runSchema = z.strictObject({
  events: z.array(simEventSchema),
  summary: simSummarySchema,
  assumptions: z.array(z.string()),
});

/** A simulation export, or a bare scenario file (the CLI's input) — anything else is refused with a reason. */
export function importSimulation(text: string): ImportedSimulation {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: 'the file is not JSON', reason: { key: 'simulator.importReason.notJson' } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, message: 'the file is not a scenario or a simulation export', reason: { key: 'simulator.importReason.notScenario' } };
  const record = value as Record<string, unknown>;
  const isExport = record['format'] === SIMULATION_FILE_FORMAT;
  if ('format' in record && !isExport) return { ok: false, message: `unknown format "${String(record['format'])}"`, reason: { key: 'simulator.importReason.unknownFormat', params: { format: String(record['format']) } } };
  if (isExport && record['version'] !== SIMULATION_FILE_VERSION) return { ok: false, message: `unsupported version ${String(record['version'])}`, reason: { key: 'simulator.importReason.unsupportedVersion', params: { version: String(record['version']) } } };
  const scenarioInput = (isExport ? record['scenario'] : record) as ScenarioInput;
  const parsed = parseScenario(scenarioInput);
  if (!parsed.ok) return { ok: false, message: `the scenario has bad fields: ${parsed.errors.join('; ')}`, reason: { key: 'simulator.importReason.badFields', issues: parsed.issues } };
  if (!isExport || record['events'] === undefined) return { ok: true, scenarioInput, scenario: parsed.scenario, run: null };
  const run = runSchema.safeParse({ events: record['events'], summary: record['summary'], assumptions: record['assumptions'] });
  if (!run.success) return { ok: false, message: 'the events in the file are not a simulation run (edited by hand?)', reason: { key: 'simulator.importReason.notRun' } };
  return { ok: true, scenarioInput, scenario: parsed.scenario, run: run.data };
}
