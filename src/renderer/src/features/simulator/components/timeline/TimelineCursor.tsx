/** The virtual clock's cursor on a timeline: the one part of it that moves on every tick. */
import { useSimulator } from '../../../../app/stores';
import { useSimText } from '../../simText';
import { LANES_BOTTOM, timeScale } from './timelineGeometry';

export function TimelineCursor({ from, to }: { from: number; to: number }) {
  const cursor = useSimulator((s) => s.clock.t);
  const { t, vt } = useSimText();
  if (cursor < from || cursor > to) return null;
  const x = timeScale(from, to)(cursor);
  return (
    <line x1={x} x2={x} y1={2} y2={LANES_BOTTOM} stroke="#111111" strokeWidth={1.5} data-cursor="" data-t={cursor}>
      <title>{t('simulator.timeline.cursor', { time: vt(cursor) })}</title>
    </line>
  );
}
