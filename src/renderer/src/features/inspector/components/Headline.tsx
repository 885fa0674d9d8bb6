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
import { useFamilyLabel } from '../../../lib/i18n/useFamilyTexts';

/** Long identifiers (a 32-hex Agora App ID) keep the line short: head…tail, the whole value as the title. */
const LONG = 20;
const shorten = (id: string): string => (id.length > LONG ? `${id.slice(0, 8)}…${id.slice(-4)}` : id);

export function Headline({ inspection }: { inspection: Inspection }) {
  const registry = useRegistry();
  const now = useNowSeconds();
  const { t, dateTime, relative } = useLocale();
  const familyLabel = useFamilyLabel();
  const h = inspectionHeadline(inspection, registry);
  const parts: { key: string; text: string; full?: string; mono?: boolean }[] = [{ key: 'family', text: familyLabel(inspection.format) }];
  const id = (key: string, phrase: (value: string) => string, value: string) =>
    parts.push({ key, text: phrase(shorten(value)), mono: true, ...(value.length > LONG ? { full: phrase(value) } : {}) });
  if (h.user) id('user', (user) => t('headline.user', { user }), h.user);
  if (h.app) id('app', (app) => t('headline.app', { app }), h.app);
  const channel = h.channel;
  if (channel) id('channel', (v) => t(channel.kind === 'room' ? 'headline.room' : 'headline.channel', { [channel.kind]: v }), channel.id);
  return (
    <h2 className="headline" aria-label={t('headline.label')}>
      <VerdictBadge verdict={h.verdict} large />
      {parts.map((p) => (
        <span key={p.key} className={`headline-part${p.mono ? ' mono' : ''}`} data-part={p.key} title={p.full}>
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
