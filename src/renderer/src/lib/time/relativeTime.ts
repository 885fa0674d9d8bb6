/**
 * "in 5 m" / "3 h ago" for moments that are not expiries (issued at, valid from), in the
 * same words as the engine's `describeExpiry` so the CLI and the app read alike.
 */
import { formatDuration } from '../../../../shared/time/humanize';

export function describeMoment(at: number, now: number): string {
  const delta = at - now;
  if (delta === 0) return 'now';
  return delta > 0 ? `in ${formatDuration(delta)}` : `${formatDuration(delta)} ago`;
}
