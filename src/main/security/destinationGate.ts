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
import type { Language } from '../../shared/i18n';
import { mainT, MainTextError } from '../i18n/mainText';
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
    throw new MainTextError('INVALID_INPUT', 'destinationNotUrl');
  }
}

/** The questions, worded from the catalogue (main.destination) in the asker's language. */
export function destinationQuestion(profile: GateProfile, origin: string, purpose: DestinationPurpose, language: Language = 'en'): ConfirmQuestion {
  const t = mainT(language);
  const who = t('destination.who', { name: profile.name, env: profile.env });
  const kind = purpose === 'callback' ? 'callback' : 'api';
  return {
    title: t(`destination.${kind}.title`),
    message: t(`destination.${kind}.message`, { who, origin, vendor: VENDOR_API_ORIGIN }),
    detail: t(`destination.${kind}.detail`),
    confirmLabel: t('confirm.send'),
    cancelLabel: t('confirm.cancel'),
  };
}

export interface DestinationGateDeps {
  approvals: DestinationApprovals;
  confirm: ConfirmPort;
  /** The language the question is asked in (default English). */
  language?: () => Language;
}

export function createDestinationGate(deps: DestinationGateDeps): DestinationGate {
  return {
    async require(profile, url, purpose) {
      const origin = originOf(url);
      if (purpose === 'api' && origin === VENDOR_API_ORIGIN) return;
      if (await deps.approvals.isApproved(profile.id, origin, purpose)) return;
      const yes = await deps.confirm.confirm(destinationQuestion(profile, origin, purpose, deps.language?.() ?? 'en'));
      if (!yes) {
        throw new MainTextError('NOT_CONFIRMED', purpose === 'callback' ? 'callbackNotApproved' : 'apiNotApproved', { name: profile.name, origin });
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
