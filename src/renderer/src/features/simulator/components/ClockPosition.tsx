/** The virtual clock's scrubber and readout: the parts of the clock that move on every tick. */
import { useAppStores, useSimulator } from '../../../app/stores';
import { formatVirtualTime } from '../virtualClock';

export function ClockPosition({ end }: { end: number }) {
  const store = useAppStores().simulator;
  const t = useSimulator((s) => s.clock.t);
  const disabled = end <= 0;
  return (
    <>
      <div className="field grow">
        <label htmlFor="sim-scrub">Virtual time</label>
        <input
          id="sim-scrub"
          type="range"
          min={0}
          max={Math.max(end, 0)}
          step="any"
          value={t}
          disabled={disabled}
          aria-valuetext={formatVirtualTime(t)}
          onChange={(e) => store.getState().scrub(Number(e.target.value))}
        />
      </div>
      <output className="sim-clock-readout mono" aria-label="Virtual time now">
        {formatVirtualTime(t)} / {formatVirtualTime(end)}
      </output>
    </>
  );
}
