/**
 * Handlers of `commsease:*`: thin calls into the CommsEase services. Requests arrive validated
 * (zod); every token goes into main and only verdicts and masked reports come back out.
 */
import type { commseaseChannels } from '../../../shared/ipc/channels/commsease';
import type { CommsEaseServices } from '../../commsease/commseaseServices';
import type { HandlersFor } from '../handlerTypes';

export interface CommsEaseHandlerDeps {
  commsease: CommsEaseServices;
}

export function createCommsEaseHandlers(deps: CommsEaseHandlerDeps): HandlersFor<typeof commseaseChannels> {
  const { staticTokens, staticApi, callbacks, cases } = deps.commsease;
  return {
    'commsease:staticList': async ({ profileId }) => ({ accids: await staticTokens.accids(profileId) }),
    'commsease:staticSet': async ({ profileId, accid, token }) => {
      await staticTokens.set(profileId, accid, token);
      return { accid, stored: true as const };
    },
    'commsease:staticCheck': async ({ profileId, accid, token }) => ({ verdict: await staticTokens.check(profileId, accid, token) }),
    'commsease:staticRemove': async ({ profileId, accid }) => ({ removed: await staticTokens.remove(profileId, accid) }),
    'commsease:staticCreate': ({ profileId, accid, token }) => staticApi.create({ profileId, accid, token: token ?? null }),
    'commsease:staticUpdate': ({ profileId, accid, token, confirmation }) => staticApi.update({ profileId, accid, token, confirmation }),
    'commsease:staticRefresh': ({ profileId, accid, confirmation }) => staticApi.refresh({ profileId, accid, confirmation }),
    'commsease:callbackSend': (request) => callbacks.send(request),
    'commsease:callbackVerify': (request) => callbacks.verify(request),
    'commsease:casesList': ({ profileId }) => cases.list(profileId),
    'commsease:caseSave': async ({ profileId, testCase }) => ({ testCase: await cases.save(profileId, testCase) }),
    'commsease:caseDelete': async ({ profileId, id }) => {
      await cases.remove(profileId, id);
      return { removedId: id };
    },
    'commsease:casesRun': async ({ profileId, url, ids }) => ({ results: await callbacks.runCases({ profileId, url, ...(ids ? { ids } : {}) }) }),
  };
}
