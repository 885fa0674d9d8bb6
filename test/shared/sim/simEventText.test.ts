// The shared event sentences: their English is exactly describeSimEvent's on every preset and vendor platform, and zh-CN words them in Chinese.
import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/cli/cliText';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { describeSimEvent } from '../../../src/shared/sim/describeSimEvent';
import type { SimEvent } from '../../../src/shared/sim/events';
import { parseScenario } from '../../../src/shared/sim/parseScenario';
import { PRESETS } from '../../../src/shared/sim/presets';
import { SIM_PLATFORMS } from '../../../src/shared/sim/scenario';
import { simEventText } from '../../../src/shared/sim/simEventText';
import { startSimulation } from '../../../src/shared/sim/simulate';

function eventsOf(input: unknown): SimEvent[] {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const events: SimEvent[] = [];
  const run = startSimulation(parsed.scenario, { crypto: nodeCryptoPort }, (e) => events.push(e));
  while (!run.advance(10_000));
  return events;
}

const runs = [
  ...PRESETS.map((p) => ({ name: p.id, scenario: p.scenario })),
  ...SIM_PLATFORMS.map((platform) => ({ name: platform, scenario: { ...PRESETS[0]!.scenario, platform } })),
];

describe('simEventText', () => {
  it.each(runs)('English is describeSimEvent word for word ($name)', ({ scenario }) => {
    const en = translator('en');
    for (const e of eventsOf(scenario)) expect(simEventText(en, e)).toBe(describeSimEvent(e));
  });

  it('zh-CN words every event of a preset in Chinese', () => {
    const zh = translator('zh-CN');
    const lines = eventsOf(PRESETS.find((p) => p.id === 'slow-server')!.scenario).map((e) => simEventText(zh, e));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/[\u4e00-\u9fff]/);
  });
});
