/**
 * Handler of `sim:run`: runs the simulator in main, with a profile's credentials when asked.
 *
 * The secret goes from the keychain straight into the token minter; the reply carries only
 * events (with their tokens), the summary and the public identity (AppID / AppKey). The run
 * yields to the event loop between slices: main stays responsive while it works.
 */
import type { CryptoPort } from '../../../shared/crypto/cryptoPort';
import { SIM_IPC_MAX_EVENTS, type simChannels } from '../../../shared/ipc/channels/sim';
import type { Scenario } from '../../../shared/sim/scenario';
import type { SimEvent } from '../../../shared/sim/events';
import { startSimulation } from '../../../shared/sim/simulate';
import type { SimCredentials } from '../../../shared/sim/simTokenMinter';
import type { SimulationService } from '../../services/simulationService';
import type { HandlersFor } from '../handlerTypes';

const SLICE_EVENTS = 10_000;

export interface SimHandlerDeps {
  simulation: SimulationService;
  crypto: CryptoPort;
}

export function createSimHandlers(deps: SimHandlerDeps): HandlersFor<typeof simChannels> {
  const credentialsOf = (profileId: string, scenario: Scenario): Promise<SimCredentials> =>
    deps.simulation.credentialsFor({ id: profileId }, scenario.platform);
  return {
    'sim:run': async ({ scenario, profileId }) => {
      const capped: Scenario = { ...scenario, maxEvents: Math.min(scenario.maxEvents, SIM_IPC_MAX_EVENTS) };
      const credentials = profileId === undefined ? undefined : await credentialsOf(profileId, scenario);
      const events: SimEvent[] = [];
      // The reply carries every token: each is read (so minted) as its event comes, inside the
      // slices, rather than all at once while the reply is serialised with main blocked.
      const run = startSimulation(capped, { crypto: deps.crypto, ...(credentials ? { credentials } : {}) }, (e) => {
        if (e.type === 'token_issued') void e.token;
        events.push(e);
      });
      // In slices, so the main process keeps answering other windows' calls during a big run.
      while (!run.advance(SLICE_EVENTS)) await new Promise<void>((resolve) => setImmediate(resolve));
      return { events, ...run.result() };
    },
  };
}
