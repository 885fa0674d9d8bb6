/**
 * One token on the board: who and where it is for, a live countdown with the absolute expiry,
 * and a bar over its lifetime. The phase (fresh / within 5 min / in the 30-s window / expired)
 * sets the colour and is also said in words, so the colour is never the only signal.
 */
import { memo } from 'react';
import type { FamilyRegistry } from '../../../../shared/families/registry';
import type { HistoryEntry } from '../../../../shared/ipc/channels/history';
import { useRegistry } from '../../app/registry';
import { EnvTag } from '../../components/EnvTag';
import { useLocale } from '../../lib/i18n/LocaleProvider';
import { useFamilyLabel, useFamilyTexts } from '../../lib/i18n/useFamilyTexts';
import { familyLabelKey } from '../../../../shared/i18n/familyTexts';
import { countdownPhase, lifetimeUsed } from './countdownPhase';

type T = ReturnType<typeof useLocale>['t'];

interface Props {
  entry: HistoryEntry;
  now: number;
  hasText: boolean;
  onCopy(id: string): void;
  onPin(id: string, pinned: boolean): void;
  onRemove(id: string): void;
}

export function entryTitle(entry: HistoryEntry, registry: FamilyRegistry, t: T): string {
  // No user id (a CommsEase token pasted without its accid): the family's name, in the page's language.
  const who = entry.userId ?? (registry.get(entry.format) ? t(familyLabelKey(entry.format), { defaultValue: registry.label(entry.format) }) : t('headline.unknownFamily'));
  return entry.roomId !== null ? t('board.inRoom', { who, room: entry.roomId === '' ? t('board.anyRoom') : entry.roomId }) : who;
}

function BoardRowView({ entry, now, hasText, onCopy, onPin, onRemove }: Props) {
  const registry = useRegistry();
  const { t, relative, dateTime } = useLocale();
  const familyLabel = useFamilyLabel();
  const phase = countdownPhase(entry.expiresAt, now);
  const used = lifetimeUsed(entry.issuedAt ?? entry.addedAt, entry.expiresAt, now);
  const title = entryTitle(entry, registry, t);
  // A token that cannot name its user (006: no uid, no channel) says so, not just its family's name.
  const noUserNote = registry.get(entry.format)?.noUserNote;
  const familyTexts = useFamilyTexts(entry.format);
  const note = entry.userId === null && noUserNote !== undefined ? familyTexts.noUserNote(noUserNote) : null;
  const countdown = t(entry.expiresAt > now ? 'time.expiresRelative' : 'time.expiredRelative', { relative: relative(entry.expiresAt, now) });
  const noText = !hasText && !entry.pinned;
  return (
    <div className={`board-row phase-${phase}`} role="listitem" aria-label={`${title}: ${countdown}`} data-phase={phase}>
      <div className="board-who">
        <span className="board-title">{title}</span>
        <span className="board-meta muted small" title={[familyLabel(entry.format), entry.profileName, entry.fingerprint].filter(Boolean).join(' · ')}>
          {familyLabel(entry.format)}
          {' · '}
          {t(entry.source === 'minted' ? 'board.minted' : 'board.pasted')}
          {entry.profileName && <> · {entry.profileName}</>}
          {entry.pinned && <> · {t('board.pinnedTag')}</>}
          {' · '}
          <span className="mono">{entry.fingerprint.slice(0, 8)}</span>
        </span>
        {note !== null && (
          <span className="board-note muted small" title={note}>
            {note}
          </span>
        )}
      </div>
      {entry.env ? <EnvTag env={entry.env} /> : <span />}
      <div className="board-countdown">
        <span className="countdown-text">{countdown}</span>
        <span className="board-expiry small muted">{dateTime(entry.expiresAt)}</span>
        <span className="phase-word small" title={phase === 'will_expire' ? t('board.windowHelp') : undefined}>
          {t(`board.phase.${phase}`)}
        </span>
      </div>
      <div
        className="lifetime-bar"
        role="progressbar"
        aria-label={t('board.lifetime', { title })}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(used * 100)}
      >
        <span className="lifetime-fill" style={{ transform: `scaleX(${used})` }} />
      </div>
      <div className="board-actions">
        <button
          type="button"
          className="small-button"
          disabled={noText}
          title={noText ? t('board.noText') : undefined}
          onClick={() => onCopy(entry.id)}
          aria-label={t('board.copyLabel', { title })}
        >
          {t('board.copy')}
        </button>
        <button
          type="button"
          className="small-button"
          aria-pressed={entry.pinned}
          disabled={noText}
          title={noText ? t('board.noText') : undefined}
          onClick={() => onPin(entry.id, !entry.pinned)}
          aria-label={t(entry.pinned ? 'board.unpinLabel' : 'board.pinLabel', { title })}
        >
          {t(entry.pinned ? 'board.unpin' : 'board.pin')}
        </button>
        <button type="button" className="small-button quiet" onClick={() => onRemove(entry.id)} aria-label={t('board.removeLabel', { title })}>
          {t('board.remove')}
        </button>
      </div>
    </div>
  );
}

export const BoardRow = memo(BoardRowView);
