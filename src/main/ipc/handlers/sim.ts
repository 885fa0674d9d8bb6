/**
 * Handler of `sim:run`: runs the simulator in main, with a profile's credentials when asked.
 *
 * The secret goes from the keychain straight into the token minter; the reply carries only
 * events (with their tokens), the summary and the public identity (AppID / AppKey). The run
 * yields to the event loop between slices: main stays responsive while it works.
 */
import { TokenLabError } from '../../../shared/errors';
import type { CryptoPort } from '../../../shared/crypto/cryptoPort';
import { SIM_IPC_MAX_EVENTS, type simChannels } from '../../../shared/ipc/channels/sim';
import type { Scenario } from '../../../shared/sim/scenario';
import type { SimEvent } from '../../../shared/sim/events';
import { startSimulation } from '../../../shared/sim/simulate';
import type { SimCredentials } from '../../../shared/sim/simTokenMinter';
import type { ProfileVault } from '../../vault/profileVault';
import type { HandlersFor } from '../handlerTypes';

const SLICE_EVENTS = 10_000;

export interface SimHandlerDeps {
  vault: ProfileVault;
  crypto: CryptoPort;
}

export function createSimHandlers(deps: SimHandlerDeps): HandlersFor<typeof simChannels> {
  const credentialsOf = async (profileId: string, scenario: Scenario): Promise<SimCredentials> => {
    if (scenario.platform === 'commsease-static') {
      throw new TokenLabError('INVALID_INPUT', 'a profile does not apply to commsease-static (static tokens are not minted)');
    }
    const wanted = scenario.platform === 'commsease-dynamic' ? 'commsease' : 'zego';
    const profile = await deps.vault.get(profileId);
    if (profile.provider !== wanted) {
      throw new TokenLabError('INVALID_INPUT', `profile "${profile.name}" is a ${profile.provider} profile; ${scenario.platform} needs a ${wanted} one`);
    }
    const secret = await deps.vault.readSecret(profileId);
    return {
      secret,
      ...(profile.appId !== null ? { appId: profile.appId } : {}),
      ...(profile.appKey !== null ? { appKey: profile.appKey } : {}),
    };
  };
  return {
    'sim:run': async ({ scenario, profileId }) => {
      const capped: Scenario = { ...scenario, maxEvents: Math.min(scenario.maxEvents, SIM_IPC_MAX_EVENTS) };
      const credentials = profileId === undefined ? undefined : await credentialsOf(profileId, scenario);
      const events: SimEvent[] = [];
      const run = startSimulation(capped, { crypto: deps.crypto, ...(credentials ? { credentials } : {}) }, (e) => events.push(e));
      // In slices, so the main process keeps answering other windows' calls during a big run.
      while (!run.advance(SLICE_EVENTS)) await new Promise<void>((resolve) => setImmediate(resolve));
      return { events, ...run.result() };
    },
  };
}
