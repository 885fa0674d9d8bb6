/**
 * The top of every inspection in big type: verdict · family · user · app · room/channel ·
 * absolute expiry with its relative time (marked when no secret proved it).
 */
import type { Inspection } from '../../../../../shared/tokens/types';
import { inspectionHeadline } from '../../../../../shared/tokens/headline';
import { useRegistry } from '../../../app/registry';
import { VerdictBadge } from '../../../components/VerdictBadge';
import { useNowSeconds } from '../../../lib/clock/ClockContext';
import { useLocale } from '../../../lib/i18n/LocaleProvider';

export function Headline({ inspection }: { inspection: Inspection }) {
  const registry = useRegistry();
  const now = useNowSeconds();
  const { t, dateTime, relative } = useLocale();
  const h = inspectionHeadline(inspection, registry);
  const parts: { key: string; text: string; mono?: boolean }[] = [{ key: 'family', text: h.familyLabel }];
  if (h.user) parts.push({ key: 'user', text: t('headline.user', { user: h.user }), mono: true });
  if (h.app) parts.push({ key: 'app', text: t('headline.app', { app: h.app }), mono: true });
  if (h.channel) parts.push({ key: 'channel', text: t(h.channel.kind === 'room' ? 'headline.room' : 'headline.channel', { [h.channel.kind]: h.channel.id }), mono: true });
  return (
    <h2 className="headline" aria-label={t('headline.label')}>
      <VerdictBadge verdict={h.verdict} large />
      {parts.map((p) => (
        <span key={p.key} className={`headline-part${p.mono ? ' mono' : ''}`} data-part={p.key}>
          {p.text}
        </span>
      ))}
      <span className="headline-part" data-part="expiry">
        {h.expiresAt === null ? (
          t('headline.noExpiry')
        ) : (
          <>
            {dateTime(h.expiresAt)}{' '}
            <span className="muted">
              ({t(h.expiresAt > now ? 'time.expiresRelative' : 'time.expiredRelative', { relative: relative(h.expiresAt, now) })})
            </span>
            {!h.expiryAuthenticated && (
              <span className="unauth-mark" title={t('time.unauthenticatedExpiry')}>
                {t('time.unauthenticated')}
              </span>
            )}
          </>
        )}
      </span>
    </h2>
  );
}
