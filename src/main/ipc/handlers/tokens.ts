/**
 * Handlers of `tokens:*`: inspection and minting through the signing service, which reads
 * secrets in main and returns only tokens and inspections.
 */
import { commsEaseFamily } from '../../../shared/families/commsease-dynamic';
import { zegoRequestFromRoom, zegoToken04Family } from '../../../shared/families/zego-token04';
import type { tokensChannels } from '../../../shared/ipc/channels/tokens';
import type { SigningService } from '../../services/signingService';
import type { HandlersFor } from '../handlerTypes';

export interface TokensHandlerDeps {
  signing: SigningService;
}

export function createTokensHandlers(deps: TokensHandlerDeps): HandlersFor<typeof tokensChannels> {
  const { signing } = deps;
  return {
    'tokens:inspect': async ({ token, ...options }) => {
      const [inspection] = await signing.inspect([token], options);
      if (!inspection) throw new Error('the signing service returned no inspection');
      return { inspection };
    },
    'tokens:inspectMany': async ({ tokens, ...options }) => ({ inspections: await signing.inspect(tokens, options) }),
    'tokens:generate': ({ family, profileId, request }) => signing.generate(family, profileId, request),
    // The older per-vendor channels, kept for the preload API: the same service, the family's request shape.
    'tokens:generateZego': ({ profileId, ...request }) => signing.generate(zegoToken04Family.id, profileId, zegoRequestFromRoom(request)),
    'tokens:generateCommsEase': ({ profileId, ...request }) => signing.generate(commsEaseFamily.id, profileId, request),
  };
}
