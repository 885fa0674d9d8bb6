/**
 * The one line a QA engineer reads first: verdict · family · user · app · room/channel ·
 * expiry. Pure data, so the inspector, the batch table and the CLI's text output say the same.
 */
import type { Expectations } from '../families/family';
import type { FamilyRegistry } from '../families/registry';
import type { Inspection, Verdict } from './types';

export interface InspectionHeadline {
  verdict: Verdict;
  /** The family's label from the registry ("ZEGOCLOUD Token04"). */
  familyLabel: string;
  user: string | null;
  app: string | null;
  /** ZEGO room privileges name a room; other families may name a channel. */
  channel: { kind: 'room' | 'channel'; id: string } | null;
  expiresAt: number | null;
  /**
   * Whether the expiry is proven by the secret. Without one (unverified), or when the check
   * failed (wrong secret / tampered, malformed), the expiry comes from a header anyone can edit.
   */
  expiryAuthenticated: boolean;
}

/** Verdicts reached only after the secret authenticated the token's fields. */
const AUTHENTICATED: ReadonlySet<Verdict> = new Set<Verdict>(['valid', 'expired', 'not_yet_valid', 'app_id_mismatch']);

function text(value: unknown): string | null {
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** `expect`: what the reader knows beyond the token (a CommsEase accid is signed, not carried). */
export function inspectionHeadline(inspection: Inspection, registry: FamilyRegistry, expect: Expectations = {}): InspectionHeadline {
  const fields = inspection.fields ?? {};
  // The family knows where its token names the user and the room (LiveKit `sub`, a UserSig's identifier …).
  const family = registry.get(inspection.format);
  const channelId = inspection.privilege?.roomId || family?.roomOf?.(inspection, expect) || text(fields['channel']) || text(fields['channelName']);
  return {
    verdict: inspection.verdict,
    familyLabel: registry.label(inspection.format),
    user: family?.userOf?.(inspection, expect) ?? text(fields['user_id']) ?? text(fields['accid']) ?? text(fields['uid']),
    app: text(fields['app_id']) ?? text(fields['appKey']) ?? text(fields['appId']) ?? text(fields['TLS.sdkappid']) ?? text(fields['iss']),
    channel: channelId ? { kind: inspection.privilege?.roomId ? 'room' : 'channel', id: channelId } : null,
    expiresAt: inspection.expiresAt,
    expiryAuthenticated: inspection.expiresAt !== null && AUTHENTICATED.has(inspection.verdict),
  };
}
