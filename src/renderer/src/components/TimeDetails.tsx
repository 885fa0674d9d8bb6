/**
 * One moment written three ways: relative ("expires in 4 m 12 s"), local time and UTC.
 * The relative part follows the shared clock; the absolute parts never change.
 */
import { describeExpiry } from '../../../shared/time/humanize';
import { formatLocal, formatUtc } from '../lib/time/absoluteTime';
import { describeMoment } from '../lib/time/relativeTime';
import { useNowSeconds } from '../lib/clock/ClockContext';

export function TimeDetails({ at, kind }: { at: number; kind: 'expiry' | 'moment' }) {
  const now = useNowSeconds();
  const relative = kind === 'expiry' ? describeExpiry(at, now) : describeMoment(at, now);
  return (
    <span className="time-details">
      <span className="time-relative">{relative}</span>
      <span className="time-absolute">
        {/* Where local time is UTC, one line says both. */}
        {new Date(at * 1000).getTimezoneOffset() === 0 ? (
          <span>{formatUtc(at)} (local time is UTC)</span>
        ) : (
          <>
            <span>{formatLocal(at)}</span>
            <span>{formatUtc(at)}</span>
          </>
        )}
      </span>
    </span>
  );
}
