/**
 * The virtual clock's scrubber and readout: the parts of the clock that move on every tick.
 * The readout sits under the scrubber, in its own line, so a long time ("2 h 59 min 59.9 s /
 * 3 h 00 min 00 s") never runs over the slider, in either language.
 *
 * Both change on every frame of playback, so each sits in a box that is a layout boundary and
 * a paint layer of its own (simulator.css): a frame lays out and repaints the slider and the
 * readout, not the screen around them. A flex item cannot be such a boundary, hence the plain
 * block boxes between the field and them.
 */
import { useAppStores, useSimulator } from '../../../app/stores';
import { useSimText } from '../simText';

export function ClockPosition({ end }: { end: number }) {
  const store = useAppStores().simulator;
  const time = useSimulator((s) => s.clock.t);
  const { t, vt } = useSimText();
  const disabled = end <= 0;
  return (
    <div className="field grow sim-scrubber">
      <label htmlFor="sim-scrub">{t('simulator.clock.position')}</label>
      <div className="sim-scrub-box">
        <input
          id="sim-scrub"
          type="range"
          min={0}
          max={Math.max(end, 0)}
          step="any"
          value={time}
          disabled={disabled}
          aria-valuetext={vt(time)}
          onChange={(e) => store.getState().scrub(Number(e.target.value))}
        />
      </div>
      <div className="sim-readout-box">
        <output htmlFor="sim-scrub" className="sim-clock-readout mono num" aria-label={t('simulator.clock.now')}>
          {vt(time)} / {vt(end)}
        </output>
      </div>
    </div>
  );
}
