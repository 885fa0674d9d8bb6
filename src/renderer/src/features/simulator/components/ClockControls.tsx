/**
 * The virtual clock: play / pause, speed 1×–1000×, step to the next event, and a scrubber.
 *
 * Playback is a timer in this component that reports real elapsed time to the store's `tick`;
 * the store owns the virtual time, so every timeline and list reads the same clock. The buttons
 * follow only "playing" and the speed; the moving parts are in ClockPosition.
 */
import { useEffect } from 'react';
import { useAppStores, useSimulator } from '../../../app/stores';
import { SPEED_CHOICES } from '../virtualClock';
import { ClockPosition } from './ClockPosition';
import { useLocale } from '../../../lib/i18n/LocaleProvider';

const FRAME_MS = 50;

export function ClockControls({ end }: { end: number }) {
  const store = useAppStores().simulator;
  const playing = useSimulator((s) => s.clock.playing);
  const speed = useSimulator((s) => s.clock.speed);
  const actions = store.getState();
  const { t } = useLocale();

  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      store.getState().tick(now - last);
      last = now;
    }, FRAME_MS);
    return () => clearInterval(timer);
  }, [playing, store]);

  const disabled = end <= 0;
  return (
    <div className="sim-clock" role="group" aria-label={t('simulator.clock.group')}>
      {playing ? (
        <button type="button" className="button" onClick={() => actions.pause()}>
          {t('simulator.clock.pause')}
        </button>
      ) : (
        <button type="button" className="button" onClick={() => actions.play()} disabled={disabled}>
          {t('simulator.clock.play')}
        </button>
      )}
      <button type="button" className="button secondary" onClick={() => actions.stepToNextEvent()} disabled={disabled}>
        {t('simulator.clock.step')}
      </button>
      <div className="field sim-speed">
        <label htmlFor="sim-speed">{t('simulator.clock.speed')}</label>
        <select id="sim-speed" value={speed} onChange={(e) => actions.setSpeed(Number(e.target.value))}>
          {SPEED_CHOICES.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </div>
      <ClockPosition end={end} />
    </div>
  );
}
