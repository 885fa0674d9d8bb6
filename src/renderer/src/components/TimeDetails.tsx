/**
 * One moment written three ways: relative ("expires in 1h 50m", "expired 2.8 years ago"),
 * local time and UTC, in the page's language. The relative part follows the shared clock.
 * An expiry nobody authenticated (no secret, wrong secret, tampered) says so instead of
 * reading as fact.
 */
import { useNowSeconds } from '../lib/clock/ClockContext';
import { useLocale } from '../lib/i18n/LocaleProvider';

export function TimeDetails({ at, kind, authenticated = true }: { at: number; kind: 'expiry' | 'moment'; authenticated?: boolean }) {
  const now = useNowSeconds();
  const { t, relative, dateTime } = useLocale();
  const when = relative(at, now);
  const text = kind === 'expiry' ? t(at > now ? 'time.expiresRelative' : 'time.expiredRelative', { relative: when }) : when;
  const utc = dateTime(at, 'UTC');
  return (
    <span className="time-details">
      <span className="time-relative">
        {text}
        {!authenticated && (
          <span className="unauth-mark" title={t('time.unauthenticatedExpiry')}>
            {t('time.unauthenticated')}
          </span>
        )}
      </span>
      <span className="time-absolute">
        {/* Where local time is UTC, one line says both. */}
        {new Date(at * 1000).getTimezoneOffset() === 0 ? (
          <span>{t('time.localIsUtc', { time: utc })}</span>
        ) : (
          <>
            <span>{dateTime(at)}</span>
            <span>{utc}</span>
          </>
        )}
      </span>
    </span>
  );
}
