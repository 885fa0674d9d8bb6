/**
 * One token on the board: who and where it is for, a live countdown, and a bar over its
 * lifetime. The phase (fresh / within 5 min / in the 30-s window / expired) sets the colour
 * and is also said in words, so the colour is never the only signal.
 */
import { memo } from 'react';
import { defaultRegistry, type FamilyRegistry } from '../../../../shared/families/registry';
import type { HistoryEntry } from '../../../../shared/ipc/channels/history';
import { describeExpiry } from '../../../../shared/time/humanize';
import { EnvTag } from '../../components/EnvTag';
import { countdownPhase, lifetimeUsed, PHASE_LABEL } from './countdownPhase';

interface Props {
  entry: HistoryEntry;
  now: number;
  hasText: boolean;
  onCopy(id: string): void;
  onPin(id: string, pinned: boolean): void;
  onRemove(id: string): void;
}

export function entryTitle(entry: HistoryEntry, registry: FamilyRegistry = defaultRegistry): string {
  const who = entry.userId ?? registry.get(entry.format)?.tokenName?.replace(/^An? /, '') ?? registry.label(entry.format);
  return entry.roomId !== null ? `${who} in room ${entry.roomId === '' ? '(any)' : entry.roomId}` : who;
}

function BoardRowView({ entry, now, hasText, onCopy, onPin, onRemove }: Props) {
  const phase = countdownPhase(entry.expiresAt, now);
  const used = lifetimeUsed(entry.issuedAt ?? entry.addedAt, entry.expiresAt, now);
  const title = entryTitle(entry);
  return (
    <div className={`board-row phase-${phase}`} role="listitem" aria-label={`${title}: ${describeExpiry(entry.expiresAt, now)}`} data-phase={phase}>
      <div className="board-who">
        <span className="board-title">{title}</span>
        <span className="board-meta muted small">
          {entry.source === 'minted' ? 'minted' : 'pasted'}
          {entry.profileName && <> · {entry.profileName}</>}
          {entry.pinned && <> · pinned</>}
          {' · '}
          <span className="mono">{entry.fingerprint.slice(0, 8)}</span>
        </span>
      </div>
      {entry.env ? <EnvTag env={entry.env} /> : <span />}
      <div className="board-countdown">
        <span className="countdown-text">{describeExpiry(entry.expiresAt, now)}</span>
        <span className="phase-word small">{PHASE_LABEL[phase]}</span>
      </div>
      <div
        className="lifetime-bar"
        role="progressbar"
        aria-label={`Lifetime used by ${title}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(used * 100)}
      >
        <span className="lifetime-fill" style={{ transform: `scaleX(${used})` }} />
      </div>
      <div className="board-actions">
        <button type="button" className="small-button" disabled={!hasText && !entry.pinned} onClick={() => onCopy(entry.id)} aria-label={`Copy ${title}`}>
          Copy
        </button>
        <button
          type="button"
          className="small-button"
          aria-pressed={entry.pinned}
          disabled={!hasText && !entry.pinned}
          onClick={() => onPin(entry.id, !entry.pinned)}
          aria-label={entry.pinned ? `Unpin ${title}` : `Pin ${title}`}
        >
          {entry.pinned ? 'Unpin' : 'Pin'}
        </button>
        <button type="button" className="small-button quiet" onClick={() => onRemove(entry.id)} aria-label={`Remove ${title}`}>
          Remove
        </button>
      </div>
    </div>
  );
}

export const BoardRow = memo(BoardRowView);
