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
import { LIVE_PLATFORMS, liveAssumptionText, liveDetailText, upcomingLiveEvents, type LiveEvent, type LivePlatform } from '../../../../../shared/sim/liveEvents';
import { defaultRegistry } from '../../../../../shared/families/registry';
import { EXPRESS_EXPIRY_BEHAVIOURS, RENEWAL_POLICIES, type ExpressExpiryBehaviour, type RenewalPolicy } from '../../../../../shared/sim/scenario';
import { inspectToken } from '../../../../../shared/tokens/inspect';
import type { TokenFormat } from '../../../../../shared/tokens/types';
import { formatDuration } from '../../../../../shared/i18n';
import { reasonText } from '../../../../../shared/tokens/reasonText';
import { useFamilyLabel } from '../../../lib/i18n/useFamilyTexts';
import { TimeDetails } from '../../../components/TimeDetails';
import { useNowSeconds } from '../../../lib/clock/ClockContext';
import { useLocale } from '../../../lib/i18n/LocaleProvider';
import { parseLeadSeconds } from '../leadSeconds';
import type { LiveModeStore } from '../liveModeStore';
import { platformLabel, policyLabel, type T } from '../simText';

type Locale = ReturnType<typeof useLocale>;

/** "in 4m 12s" / "3h ago" / "now", in the page's language. */
function moment({ t, relative }: Locale, at: number, now: number): string {
  return at === now ? t('time.now') : relative(at, now);
}

function expressLabel(t: T, b: ExpressExpiryBehaviour): string {
  return t(`simulator.scenarioOption.express.onExpiry.${b}`);
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
  const locale = useLocale();
  const { t, relative, number } = locale;

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
      <p className="muted">{t('simulator.live.intro')}</p>
      <div className="sim-live-grid">
        <div className="sim-live-settings">
          <div className="field">
            <label htmlFor="sim-live-token">{t('simulator.live.token')}</label>
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
            <label htmlFor="sim-live-platform">{t('simulator.live.platform')}</label>
            <select id="sim-live-platform" value={platform} onChange={(e) => actions.setPlatform(e.target.value as LivePlatform)}>
              {LIVE_PLATFORMS.map((p) => (
                <option key={p} value={p}>
                  {platformLabel(t, p)}
                </option>
              ))}
            </select>
            {s.platform === null && inspection && inspection.format !== 'unknown' && <p className="field-hint">{t('simulator.live.platformFromToken')}</p>}
          </div>
          {defaultRegistry.platform(platform)?.rules.expiryChoices !== undefined && (
            <div className="field">
              <label htmlFor="sim-live-express">{t('simulator.live.expressAtExpiry')}</label>
              <select id="sim-live-express" value={s.expressOnExpiry} onChange={(e) => actions.setExpressOnExpiry(e.target.value as ExpressExpiryBehaviour)}>
                {EXPRESS_EXPIRY_BEHAVIOURS.map((b) => (
                  <option key={b} value={b}>
                    {expressLabel(t, b)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor="sim-live-policy">{t('simulator.live.policy')}</label>
            <select id="sim-live-policy" value={s.policy} onChange={(e) => actions.setPolicy(e.target.value as RenewalPolicy)}>
              {RENEWAL_POLICIES.map((p) => (
                <option key={p} value={p}>
                  {policyLabel(t, p, platform)}
                </option>
              ))}
            </select>
          </div>
          {s.policy === 'before-expiry' && (
            <div className="field">
              <label htmlFor="sim-live-lead">{t('simulator.live.lead')}</label>
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
                  {t(`simulator.live.lead${lead.problem === 'empty' ? 'Empty' : lead.problem === 'whole' ? 'Whole' : 'Max'}`, { max: number(lead.max) })}
                </p>
              )}
            </div>
          )}
          <button type="button" className="button secondary" disabled={!plan} onClick={() => actions.restart(now)}>
            {t('simulator.live.restart')}
          </button>
        </div>

        <section className="sim-live-results" aria-label={t('simulator.live.countdown')}>
          {!plan && <p className="empty">{t(inspection ? 'simulator.live.noCountdown' : 'simulator.live.pasteToStart')}</p>}
          {plan && expiresAt !== null && (
            <>
              <div className={`sim-live-countdown${plan.secondsLeft <= 0 ? ' expired' : plan.secondsLeft <= 30 ? ' will-expire' : ''}`}>
                <span className="sim-live-countdown-text num" role="timer" aria-label={t('simulator.live.timeToExpiry')}>
                  {/* At the second of expiry it reads "expired 0s ago", not "in 0s". */}
                  {expiresAt > now ? t('time.expiresRelative', { relative: relative(expiresAt, now) }) : t('time.expiredRelative', { relative: relative(Math.min(expiresAt, now - 0.001), now) })}
                </span>
                <TimeDetails at={expiresAt} kind="expiry" />
                <p className="field-hint">
                  {plan.lifetimeSeconds !== null ? t('simulator.live.lifetime', { duration: formatDuration(plan.lifetimeSeconds, locale.language) }) : ''}
                  {t('simulator.live.runStarted', { when: moment(locale, s.loginAt ?? now, now) })}
                  {toCome === 0 ? t('simulator.live.nothingToCome') : t('simulator.live.toCome', { count: toCome })}
                </p>
              </div>
              <ol className="sim-live-events" aria-label={t('simulator.live.events')}>
                {plan.events.map((e, i) => (
                  <LiveEventRow key={`${e.type}-${i}`} event={e} now={now} locale={locale} />
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
  const { t, dateTime, language } = useLocale();
  const familyLabel = useFamilyLabel();
  const now = useNowSeconds();
  if (!inspection) {
    return (
      <p id={id} className="field-hint">
        {t('simulator.live.nothingPasted')}
      </p>
    );
  }
  if (inspection.format === 'unknown' || inspection.expiresAt === null) {
    return (
      <p id={id} className="field-error" role="alert">
        {t('simulator.live.cannotCount', { reason: reasonText(inspection, { t: (key, options) => t(key, options), language, now }) })}
      </p>
    );
  }
  return (
    <p id={id} className="field-hint">
      {familyLabel(inspection.format)}
      {inspection.issuedAt !== null ? t('simulator.live.issued', { time: dateTime(inspection.issuedAt) }) : ''}
      {t('simulator.live.expires', { time: dateTime(inspection.expiresAt) })}
    </p>
  );
}

function LiveEventRow({ event: e, now, locale }: { event: LiveEvent; now: number; locale: Locale }) {
  const { t, dateTime, language } = locale;
  return (
    <li className={`sim-live-event${e.passed ? ' passed' : ''}`} data-passed={e.passed}>
      <div className="sim-live-event-head">
        <span className="visually-hidden">{t(e.passed ? 'simulator.live.passed' : 'simulator.live.stillToCome')}</span>
        <span className="mono sim-live-event-type">{e.type}</span>
        <span className="num">{dateTime(e.at)}</span>
        <span className="num sim-live-event-when">{moment(locale, e.at, now)}</span>
        {e.ifNotRenewed && <span className="badge sim-live-if">{t('simulator.live.ifNotRenewed')}</span>}
        {e.code !== null && <span className="mono">{t('simulator.live.code', { code: e.code })}</span>}
      </div>
      <p className="sim-live-event-detail">{liveDetailText(t, e, language)}</p>
      {e.assumption && <p className="field-hint">{t('simulator.live.assumption', { text: liveAssumptionText(t, e) })}</p>}
    </li>
  );
}
