/**
 * Main's check before a stored secret (or a request signed with one) leaves the machine: the
 * destination's origin must have been approved by the person, in main, for this profile.
 *
 * Two purposes. `callback`: running saved login-callback cases sends their stored tokens to
 * the URL given — a renderer that never saw a token could otherwise aim them at any server.
 * `api`: CommsEase server API calls carry a CheckSum that does not cover the body, so a server
 * receiving one can replay it against the real API for five minutes; CommsEase's documented
 * API base needs no approval, any other one (a proxy, a test server, or whatever an imported
 * profile file named) does. Approvals are remembered per (profile id, origin, purpose); a "no"
 * is not remembered, so the next attempt asks again. Nothing is sent before the answer.
 */
import { TokenLabError } from '../../shared/errors';
import { DEFAULT_COMMSEASE_API_BASE } from '../../shared/ipc/schemas/profile';
import type { ConfirmPort, ConfirmQuestion } from './confirmPort';
import type { DestinationApprovals, DestinationPurpose } from './destinationApprovals';

export interface GateProfile {
  id: string;
  name: string;
  env: string;
}

export interface DestinationGate {
  /** Resolves once `url`'s origin is approved for the profile (asking if it is not yet); otherwise throws NOT_CONFIRMED. */
  require(profile: GateProfile, url: string, purpose: DestinationPurpose): Promise<void>;
  /** Remember an approval given in main another way (the person typed the API base in the profile form or `profile add`). */
  approve(profileId: string, url: string, purpose: DestinationPurpose): Promise<void>;
}

export const VENDOR_API_ORIGIN = new URL(DEFAULT_COMMSEASE_API_BASE).origin;

export function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    throw new TokenLabError('INVALID_INPUT', 'the destination is not a URL');
  }
}

/** The questions, in one place (for the later i18n catalogue). */
export function destinationQuestion(profile: GateProfile, origin: string, purpose: DestinationPurpose): ConfirmQuestion {
  const who = `profile "${profile.name}" [${profile.env}]`;
  if (purpose === 'callback') {
    return {
      title: 'Send stored tokens to this server?',
      message: `Run the saved login-callback test cases of ${who} against ${origin}?`,
      detail:
        'Each request carries the stored login token of its case and a CheckSum made with the AppSecret. Approve only a server you run or trust. ' +
        'TokenLab remembers a "yes" for this profile and this origin.',
    };
  }
  return {
    title: 'Send signed CommsEase API calls to this address?',
    message: `${who} sends its server API calls to ${origin}, not to CommsEase's documented ${VENDOR_API_ORIGIN}.`,
    detail:
      'The CheckSum on these calls does not cover the request body: whoever receives one can replay it against the real CommsEase API, with any body, for five minutes. ' +
      'Approve only your own proxy or test server (an imported profile file can name any address). TokenLab remembers a "yes" for this profile and this origin.',
  };
}

export function createDestinationGate(deps: { approvals: DestinationApprovals; confirm: ConfirmPort }): DestinationGate {
  return {
    async require(profile, url, purpose) {
      const origin = originOf(url);
      if (purpose === 'api' && origin === VENDOR_API_ORIGIN) return;
      if (await deps.approvals.isApproved(profile.id, origin, purpose)) return;
      const yes = await deps.confirm.confirm(destinationQuestion(profile, origin, purpose));
      if (!yes) {
        throw new TokenLabError(
          'NOT_CONFIRMED',
          purpose === 'callback'
            ? `sending the stored tokens of ${profile.name} to ${origin} was not approved; nothing was sent`
            : `signed API calls of ${profile.name} to ${origin} were not approved; nothing was sent`,
        );
      }
      await deps.approvals.approve(profile.id, origin, purpose);
    },
    async approve(profileId, url, purpose) {
      const origin = originOf(url);
      if (purpose === 'api' && origin === VENDOR_API_ORIGIN) return;
      await deps.approvals.approve(profileId, origin, purpose);
    },
  };
}
