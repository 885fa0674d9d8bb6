/**
 * The simulator's live mode: a real token's real countdown, and what the SDK and the app will
 * do with it — each event with its absolute time and "in 4 m 12 s", crossed off as it passes.
 *
 * The token is decoded here with the engine (`inspectToken`, no secret: the expiry is readable
 * without one), the plan comes from the pure `upcomingLiveEvents`, and time from the app's
 * shared one-timer clock, so a test drives the whole screen with a manual clock.
 */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { LIVE_PLATFORMS, upcomingLiveEvents, type LiveEvent, type LivePlatform } from '../../../../../shared/sim/liveEvents';
import { defaultRegistry } from '../../../../../shared/families/registry';
import { EXPRESS_EXPIRY_BEHAVIOURS, RENEWAL_POLICIES, type ExpressExpiryBehaviour, type RenewalPolicy } from '../../../../../shared/sim/scenario';
import { inspectToken } from '../../../../../shared/tokens/inspect';
import type { TokenFormat } from '../../../../../shared/tokens/types';
import { describeExpiry, formatDuration } from '../../../../../shared/time/humanize';
import { formatLabel } from '../../../components/verdictText';
import { EXPRESS_EXPIRY_LABELS, PLATFORM_LABELS, POLICY_LABELS } from '../simLabels';
import { TimeDetails } from '../../../components/TimeDetails';
import { useNowSeconds } from '../../../lib/clock/ClockContext';
import { formatLocal } from '../../../lib/time/absoluteTime';
import { describeMoment } from '../../../lib/time/relativeTime';
import { parseLeadSeconds } from '../leadSeconds';
import type { LiveModeStore } from '../liveModeStore';

/** Without "will expire" (CommsEase) the same policy is a token provider asked at each reconnect. */
function policyLabel(policy: RenewalPolicy, platform: LivePlatform): string {
  const asksProvider = defaultRegistry.platform(platform)?.rules.providerAsksBeforeReconnect === true;
  return policy === 'on-will-expire' && asksProvider ? 'Fresh token at each reconnect (token provider)' : POLICY_LABELS[policy];
}

/** The token's family's first watchable platform; the first of all for a format no family claims. */
function platformFor(format: TokenFormat): LivePlatform {
  const own = defaultRegistry.get(format)?.lifecycle.platforms.find((p) => LIVE_PLATFORMS.includes(p.id));
  return own?.id ?? LIVE_PLATFORMS[0]!;
}

export function LiveMode({ store }: { store: LiveModeStore }) {
  const now = useNowSeconds();
  const s = useStore(
    store,
    useShallow((st) => ({ raw: st.raw, loginAt: st.loginAt, platform: st.platform, policy: st.policy, leadText: st.leadText, expressOnExpiry: st.expressOnExpiry })),
  );
  const actions = store.getState();

  // Decoded once per paste, not every second: only time-independent fields are read
  // (format, issue and expiry instants, the reason a string is unreadable).
  const inspection = useMemo(() => (s.raw.trim() === '' ? null : inspectToken(s.raw, { now: 0, detail: 'verdict' })), [s.raw]);
  const expiresAt = inspection?.format !== 'unknown' ? (inspection?.expiresAt ?? null) : null;
  const platform = s.platform ?? (inspection ? platformFor(inspection.format) : LIVE_PLATFORMS[0]!);
  const lead = parseLeadSeconds(s.leadText);
  const leadUsable = s.policy !== 'before-expiry' || lead.ok;
  const plan =
    inspection && expiresAt !== null && leadUsable
      ? upcomingLiveEvents({
          platform,
          expiresAt,
          issuedAt: inspection.issuedAt,
          now,
          loginAt: s.loginAt ?? now,
          policy: s.policy,
          leadSeconds: lead.ok ? lead.value : 0,
          expressOnExpiry: s.expressOnExpiry,
          sessionEndsAt: defaultRegistry.get(inspection.format)?.lifecycle.sessionEndOf?.(platform, inspection.fields ?? {}, expiresAt) ?? null,
        })
      : null;
  const toCome = plan ? plan.events.filter((e) => !e.passed).length : 0;

  return (
    <div className="sim-live">
      <p className="muted">
        Paste a real token: its countdown runs on your computer&apos;s clock, and the list shows what the SDK and your app will do with it, crossed off as the time comes. The
        token is decoded here without any secret; nothing is sent anywhere.
      </p>
      <div className="sim-live-grid">
        <div className="sim-live-settings">
          <div className="field">
            <label htmlFor="sim-live-token">Real token (ZEGO Token04 or CommsEase dynamic)</label>
            <textarea
              id="sim-live-token"
              className="mono"
              rows={4}
              spellCheck={false}
              value={s.raw}
              aria-describedby="sim-live-token-status"
              onChange={(e) => actions.setToken(e.target.value, now)}
            />
            <TokenStatus id="sim-live-token-status" inspection={inspection} />
          </div>
          <div className="field">
            <label htmlFor="sim-live-platform">Platform rules</label>
            <select id="sim-live-platform" value={platform} onChange={(e) => actions.setPlatform(e.target.value as LivePlatform)}>
              {LIVE_PLATFORMS.map((p) => (
                <option key={p} value={p}>
                  {PLATFORM_LABELS[p]}
                </option>
              ))}
            </select>
            {s.platform === null && inspection && inspection.format !== 'unknown' && <p className="field-hint">Chosen from the token&apos;s format.</p>}
          </div>
          {defaultRegistry.platform(platform)?.rules.expiryChoices !== undefined && (
            <div className="field">
              <label htmlFor="sim-live-express">At expiry (Express)</label>
              <select id="sim-live-express" value={s.expressOnExpiry} onChange={(e) => actions.setExpressOnExpiry(e.target.value as ExpressExpiryBehaviour)}>
                {EXPRESS_EXPIRY_BEHAVIOURS.map((b) => (
                  <option key={b} value={b}>
                    {EXPRESS_EXPIRY_LABELS[b]}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor="sim-live-policy">Your app&apos;s renewal policy</label>
            <select id="sim-live-policy" value={s.policy} onChange={(e) => actions.setPolicy(e.target.value as RenewalPolicy)}>
              {RENEWAL_POLICIES.map((p) => (
                <option key={p} value={p}>
                  {policyLabel(p, platform)}
                </option>
              ))}
            </select>
          </div>
          {s.policy === 'before-expiry' && (
            <div className="field">
              <label htmlFor="sim-live-lead">Renew this many seconds before expiry</label>
              <input
                id="sim-live-lead"
                type="number"
                min={0}
                step={1}
                value={s.leadText}
                aria-invalid={!lead.ok}
                aria-describedby={lead.ok ? undefined : 'sim-live-lead-error'}
                onChange={(e) => actions.setLeadText(e.target.value)}
              />
              {!lead.ok && (
                <p id="sim-live-lead-error" className="field-error">
                  {lead.error}
                </p>
              )}
            </div>
          )}
          <button type="button" className="button secondary" disabled={!plan} onClick={() => actions.restart(now)}>
            Restart the run from now
          </button>
        </div>

        <section className="sim-live-results" aria-label="Live countdown">
          {!plan && <p className="empty">{inspection ? 'No countdown for this token.' : 'Paste a token to start its countdown.'}</p>}
          {plan && expiresAt !== null && (
            <>
              <div className={`sim-live-countdown${plan.secondsLeft <= 0 ? ' expired' : plan.secondsLeft <= 30 ? ' will-expire' : ''}`}>
                <span className="sim-live-countdown-text num" role="timer" aria-label="Time to expiry">
                  {describeExpiry(expiresAt, now)}
                </span>
                <TimeDetails at={expiresAt} kind="expiry" />
                <p className="field-hint">
                  {plan.lifetimeSeconds !== null ? `Lifetime ${formatDuration(plan.lifetimeSeconds)} · ` : ''}
                  Run started {describeMoment(s.loginAt ?? now, now)} as if the app logged in then · {toCome === 0 ? 'nothing still to come' : `${toCome} event${toCome === 1 ? '' : 's'} still to come`}
                </p>
              </div>
              <ol className="sim-live-events" aria-label="Events of the live token">
                {plan.events.map((e, i) => (
                  <LiveEventRow key={`${e.type}-${i}`} event={e} now={now} />
                ))}
              </ol>
            </>
          )}
        </section>
      </div>
    </div>
  );
}

function TokenStatus({ id, inspection }: { id: string; inspection: ReturnType<typeof inspectToken> | null }) {
  if (!inspection) return <p id={id} className="field-hint">Nothing pasted yet.</p>;
  if (inspection.format === 'unknown' || inspection.expiresAt === null) {
    return (
      <p id={id} className="field-error" role="alert">
        Cannot count this down: {inspection.reason}
      </p>
    );
  }
  return (
    <p id={id} className="field-hint">
      {formatLabel(inspection.format)}
      {inspection.issuedAt !== null ? ` · issued ${formatLocal(inspection.issuedAt)}` : ''} · expires {formatLocal(inspection.expiresAt)}
    </p>
  );
}

function LiveEventRow({ event: e, now }: { event: LiveEvent; now: number }) {
  return (
    <li className={`sim-live-event${e.passed ? ' passed' : ''}`} data-passed={e.passed}>
      <div className="sim-live-event-head">
        <span className="visually-hidden">{e.passed ? 'Passed: ' : 'Still to come: '}</span>
        <span className="mono sim-live-event-type">{e.type}</span>
        <span className="num">{formatLocal(e.at)}</span>
        <span className="num sim-live-event-when">{describeMoment(e.at, now)}</span>
        {e.ifNotRenewed && <span className="badge sim-live-if">only if the renewal fails</span>}
        {e.code !== null && <span className="mono">code {e.code}</span>}
      </div>
      <p className="sim-live-event-detail">{e.detail}</p>
      {e.assumption && <p className="field-hint">Assumption: {e.assumption}</p>}
    </li>
  );
}
