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
import { describeExpiry } from '../../../../../shared/time/humanize';
import { useNowSeconds } from '../../../lib/clock/ClockContext';
import { abbreviateToken } from '../batchExport';

export interface BatchRow {
  index: number;
  line: number;
  token: string;
  inspection: Inspection;
}

const ROW_HEIGHT = 36;

export function BatchTable({ rows, total, selected, onSelect }: { rows: readonly BatchRow[]; total: number; selected: number | null; onSelect(index: number): void }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const now = useNowSeconds();
  // TanStack Virtual's functions cannot be memoised by the React Compiler; this app does not use it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  return (
    <div className="batch-table" role="table" aria-label={`Tokens found: ${rows.length} shown of ${total}`} aria-rowcount={rows.length + 1}>
      <div role="rowgroup" className="batch-head">
        <div role="row" className="batch-row" aria-rowindex={1}>
          <span role="columnheader">Line</span>
          <span role="columnheader">Token</span>
          <span role="columnheader">Verdict</span>
          <span role="columnheader">Expiry</span>
          <span role="columnheader">Reason</span>
        </div>
      </div>
      <div className="batch-scroll" ref={scrollRef} data-virtual-scroll="">
        <div role="rowgroup" className="batch-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index] as BatchRow;
            return (
              <div
                key={row.index}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={selected === row.index}
                tabIndex={0}
                className={`batch-row${selected === row.index ? ' is-selected' : ''}`}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
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
                <span role="cell" className="ellipsis">
                  {row.inspection.expiresAt === null ? '—' : describeExpiry(row.inspection.expiresAt, now)}
                </span>
                <span role="cell" className="ellipsis muted" title={row.inspection.reason}>
                  {row.inspection.reason}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
