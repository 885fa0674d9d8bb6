// The assumption sentences through the catalogue: English word for word what the summary carries (and
// --json prints), zh-CN in Chinese, on every platform with every switch flipped both ways.
import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/cli/cliText';
import { defaultRegistry } from '../../../src/shared/families/registry';
import { assumptionText, simAssumptionLines } from '../../../src/shared/sim/assumptions';
import { parseScenario } from '../../../src/shared/sim/parseScenario';
import { SIM_PLATFORMS, type Scenario } from '../../../src/shared/sim/scenario';

function scenarios(platform: string): Scenario[] {
  const rules = defaultRegistry.platform(platform)!.rules;
  const switchable = rules.assumptions.filter((a) => a.toggles !== undefined).map((a) => a.id);
  const out: Scenario[] = [];
  for (const flip of [false, true]) {
    for (const sdkClock of ['device', 'server'] as const) {
      for (const onExpiry of ['kick', 'refuse-next'] as const) {
        const switches = Object.fromEntries(switchable.map((id) => [id, flip !== rules.assumptions.find((a) => a.id === id)!.defaultOn]));
        const parsed = parseScenario({
          platform,
          tokenTtlSeconds: 3600,
          durationSeconds: 60,
          assumptions: { sdkClock, expressImmediateWarning: flip, warnAfterShortRenewal: flip, commsEaseExpiryDropsConnection: flip, ...(switchable.length ? { switches } : {}) },
          ...(platform === 'express' ? { express: { onExpiry } } : {}),
        });
        if (!parsed.ok) throw new Error(`${platform}: ${parsed.errors.join('; ')}`);
        out.push(parsed.scenario);
      }
    }
  }
  return out;
}

describe('assumption sentences', () => {
  it.each(SIM_PLATFORMS)('%s: the catalogue English is the engine English; zh-CN is Chinese', (platform) => {
    const en = translator('en');
    const zh = translator('zh-CN');
    for (const s of scenarios(platform)) {
      for (const line of simAssumptionLines(s)) {
        expect(en(`simulator.assumption.${line.key}`, { defaultValue: '(missing)' })).not.toBe('(missing)');
        expect(assumptionText(en, line)).toBe(line.text);
        const chinese = assumptionText(zh, line);
        expect(chinese).toMatch(/[\u4e00-\u9fff]/);
        // The switch a sentence names reads the same in both languages.
        for (const tag of line.text.match(/\[assumptions\.[^\]]+\]/g) ?? []) expect(chinese).toContain(tag);
      }
    }
  });

  it('every family rule has its Chinese text (and label when it has one)', () => {
    const zh = translator('zh-CN');
    for (const { rules } of defaultRegistry.platforms) {
      for (const a of rules.assumptions) {
        expect(zh(`simulator.assumptionRule.${a.id}.text`, { defaultValue: a.text })).not.toBe(a.text);
        if (a.label !== undefined) expect(zh(`simulator.assumptionRule.${a.id}.label`, { defaultValue: a.label })).not.toBe(a.label);
      }
    }
  });
});
