/**
 * The virtual clock: play / pause, speed 1×–1000×, step to the next event, and a scrubber.
 *
 * Playback is a timer in this component that reports real elapsed time to the store's `tick`;
 * the store owns the virtual time, so every timeline and list reads the same clock.
 */
import { useEffect } from 'react';
import { SPEED_CHOICES, formatVirtualTime } from '../virtualClock';
import type { ClockState } from '../simulatorStore';

interface Props {
  clock: ClockState;
  end: number;
  onPlay(): void;
  onPause(): void;
  onSpeed(speed: number): void;
  onScrub(t: number): void;
  onStep(): void;
  onTick(realMs: number): void;
}

const FRAME_MS = 50;

export function ClockControls({ clock, end, onPlay, onPause, onSpeed, onScrub, onStep, onTick }: Props) {
  useEffect(() => {
    if (!clock.playing) return;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      onTick(now - last);
      last = now;
    }, FRAME_MS);
    return () => clearInterval(timer);
  }, [clock.playing, onTick]);

  const disabled = end <= 0;
  return (
    <div className="sim-clock" role="group" aria-label="Virtual clock">
      {clock.playing ? (
        <button type="button" className="button" onClick={onPause}>
          Pause
        </button>
      ) : (
        <button type="button" className="button" onClick={onPlay} disabled={disabled}>
          Play
        </button>
      )}
      <button type="button" className="button secondary" onClick={onStep} disabled={disabled}>
        Step to next event
      </button>
      <div className="field sim-speed">
        <label htmlFor="sim-speed">Speed</label>
        <select id="sim-speed" value={clock.speed} onChange={(e) => onSpeed(Number(e.target.value))}>
          {SPEED_CHOICES.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </div>
      <div className="field grow">
        <label htmlFor="sim-scrub">Virtual time</label>
        <input
          id="sim-scrub"
          type="range"
          min={0}
          max={Math.max(end, 0)}
          step="any"
          value={clock.t}
          disabled={disabled}
          aria-valuetext={formatVirtualTime(clock.t)}
          onChange={(e) => onScrub(Number(e.target.value))}
        />
      </div>
      <output className="sim-clock-readout mono" aria-label="Virtual time now">
        {formatVirtualTime(clock.t)} / {formatVirtualTime(end)}
      </output>
    </div>
  );
}
