/**
 * Hostile scenarios for every platform: parseScenario never throws on any input, and a
 * scenario it accepts either runs or fails before its first event with a TokenLabError that
 * says why (e.g. a Twilio TTL over 24 h) — never another exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TokenLabError } from '../../../src/shared/errors';
import { defaultRegistry } from '../../../src/shared/families/registry';
import { parseScenario } from '../../../src/shared/sim/parseScenario';
import { SIM_PLATFORMS } from '../../../src/shared/sim/scenario';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { runSimulation } from '../../../src/shared/sim/simulate';

const switchIds = defaultRegistry.platforms.flatMap((p) => p.rules.assumptions.map((a) => a.id));

describe('scenario fuzzing, every platform', () => {
  it('parseScenario never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom(...SIM_PLATFORMS), (junk, platform) => {
        expect(() => parseScenario(junk)).not.toThrow();
        expect(() => parseScenario({ platform, tokenTtlSeconds: 60, assumptions: { switches: junk } })).not.toThrow();
        expect(() => parseScenario({ platform, tokenTtlSeconds: 60, agora: junk })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('an accepted scenario runs, or fails at once with a TokenLabError', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SIM_PLATFORMS),
        fc.integer({ min: 1, max: 365 * 86_400 }),
        fc.dictionary(fc.constantFrom(...switchIds, 'nope'), fc.boolean(), { maxKeys: 3 }),
        fc.option(fc.integer({ min: -5, max: 100_000 }), { nil: undefined }),
        (platform, ttl, switches, join) => {
          const parsed = parseScenario({ platform, tokenTtlSeconds: ttl, durationSeconds: 600, assumptions: { switches }, ...(join === undefined ? {} : { agora: { joinPrivilegeSeconds: join } }), maxEvents: 2000 });
          if (!parsed.ok) {
            expect(parsed.errors.length).toBeGreaterThan(0);
            return;
          }
          try {
            runSimulation(parsed.scenario, { crypto: nodeCryptoPort });
          } catch (error) {
            expect(error).toBeInstanceOf(TokenLabError);
          }
        },
      ),
      { numRuns: 200 },
    );
  }, 120_000);
});
