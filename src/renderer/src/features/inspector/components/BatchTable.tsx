/**
 * One row per token found in the pasted text or dropped file, virtualised so 10,000 rows
 * scroll as smoothly as ten: only the rows in view (plus a few) exist in the DOM. Uses ARIA
 * table roles with row indexes, so a screen reader still knows where it is in the full list.
 * Enter or click on a row opens its full inspection below.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { Inspection } from '../../../../../shared/tokens/types';
import { VerdictBadge } from '../../../components/VerdictBadge';
import { inspectionHeadline } from '../../../../../shared/tokens/headline';
import { reasonText } from '../../../../../shared/tokens/reasonText';
import { useRegistry } from '../../../app/registry';
import { useNowSeconds } from '../../../lib/clock/ClockContext';
import { useLocale } from '../../../lib/i18n/LocaleProvider';
import { abbreviateToken } from '../batchExport';

export interface BatchRow {
  index: number;
  line: number;
  token: string;
  inspection: Inspection;
}

/** Rows are at least two lines tall and grow to fit a long reason, which wraps instead of ending in "…". */
const ROW_HEIGHT = 52;

export function BatchTable({ rows, total, selected, onSelect }: { rows: readonly BatchRow[]; total: number; selected: number | null; onSelect(index: number): void }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const now = useNowSeconds();
  const registry = useRegistry();
  const { t, language, dateTime, relative } = useLocale();
  // Each row's reason in the reader's language, worded as the inspection below words it.
  const reasonContext = { t: (key: string, options?: Record<string, unknown>) => t(key, options), language, now };
  // TanStack Virtual's functions cannot be memoised by the React Compiler; this app does not use it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // Each rendered row is measured, so a long reason makes its row taller (never shorter than two lines).
    measureElement: (element) => Math.max(ROW_HEIGHT, element.getBoundingClientRect().height),
    overscan: 12,
  });
  return (
    <div className="batch-table" role="table" aria-label={t('batch.label', { shown: rows.length, total })} aria-rowcount={rows.length + 1}>
      <div role="rowgroup" className="batch-head">
        <div role="row" className="batch-row" aria-rowindex={1}>
          <span role="columnheader">{t('batch.line')}</span>
          <span role="columnheader">{t('batch.token')}</span>
          <span role="columnheader">{t('batch.verdict')}</span>
          <span role="columnheader">{t('batch.user')}</span>
          <span role="columnheader">{t('batch.expiry')}</span>
          <span role="columnheader">{t('batch.reason')}</span>
        </div>
      </div>
      <div className="batch-scroll" ref={scrollRef} data-virtual-scroll="">
        <div role="rowgroup" className="batch-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index] as BatchRow;
            const h = inspectionHeadline(row.inspection, registry);
            const reason = reasonText(row.inspection, reasonContext);
            const who = [h.user, h.app && t('headline.app', { app: h.app }), h.channel && t(h.channel.kind === 'room' ? 'headline.room' : 'headline.channel', { [h.channel.kind]: h.channel.id })]
              .filter(Boolean)
              .join(' · ');
            return (
              <div
                key={row.index}
                ref={virtualizer.measureElement}
                data-index={item.index}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={selected === row.index}
                tabIndex={0}
                className={`batch-row${selected === row.index ? ' is-selected' : ''}`}
                style={{ transform: `translateY(${item.start}px)`, minHeight: ROW_HEIGHT }}
                onClick={() => onSelect(row.index)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    onSelect(row.index);
                  }
                }}
              >
                <span role="cell" className="num">{row.line}</span>
                <span role="cell" className="mono ellipsis">{abbreviateToken(row.token)}</span>
                <span role="cell">
                  <VerdictBadge verdict={row.inspection.verdict} />
                </span>
                <span role="cell" className="ellipsis mono" title={who}>
                  {who === '' ? '—' : who}
                </span>
                <span role="cell" className="batch-expiry">
                  {h.expiresAt === null ? (
                    '—'
                  ) : (
                    <>
                      <span>{t(h.expiresAt > now ? 'time.expiresRelative' : 'time.expiredRelative', { relative: relative(h.expiresAt, now) })}</span>
                      {!h.expiryAuthenticated && (
                        <span className="unauth-mark" title={t('time.unauthenticatedExpiry')}>
                          {t('time.unauthenticated')}
                        </span>
                      )}
                      <span className="muted small">{dateTime(h.expiresAt)}</span>
                    </>
                  )}
                </span>
                <span role="cell" className="batch-reason muted" title={reason}>
                  {reason}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
