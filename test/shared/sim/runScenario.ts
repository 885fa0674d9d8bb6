/**
 * Test helper: validate a scenario (failing loudly on a bad one) and run it with node:crypto.
 */
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import type { SimEvent, SimEventType } from '../../../src/shared/sim/events';
import { parseScenario } from '../../../src/shared/sim/parseScenario';
import type { ScenarioInput } from '../../../src/shared/sim/scenario';
import { runSimulation, type SimResult } from '../../../src/shared/sim/simulate';

export function runScenario(input: ScenarioInput): SimResult {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(`bad test scenario: ${parsed.errors.join('; ')}`);
  return runSimulation(parsed.scenario, { crypto: nodeCryptoPort });
}

/** The events of one type, narrowed. */
export function ofType<T extends SimEventType>(events: readonly SimEvent[], type: T): Extract<SimEvent, { type: T }>[] {
  return events.filter((e): e is Extract<SimEvent, { type: T }> => e.type === type);
}

/** `type@t` for each event except token_issued (whose token bytes say nothing about timing). */
export function timeline(events: readonly SimEvent[]): string[] {
  return events.filter((e) => e.type !== 'token_issued').map((e) => `${e.type}@${e.t}`);
}
