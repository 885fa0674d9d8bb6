/**
 * The virtual clock: play / pause, speed 1×–1000×, step to the next event, and a scrubber.
 *
 * Playback is one requestAnimationFrame loop in this component that reports the real time
 * elapsed since the last frame to the store's `tick`: one state update per painted frame (no
 * more, and none while the window is hidden), so the cursor moves on every frame the display
 * shows. The store owns the virtual time, so every timeline and list reads the same clock. The
 * buttons follow only "playing" and the speed; the moving parts are in ClockPosition.
 */
import { useEffect } from 'react';
import { useAppStores, useSimulator } from '../../../app/stores';
import { SPEED_CHOICES } from '../virtualClock';
import { ClockPosition } from './ClockPosition';
import { useLocale } from '../../../lib/i18n/LocaleProvider';

export function ClockControls({ end }: { end: number }) {
  const store = useAppStores().simulator;
  const playing = useSimulator((s) => s.clock.playing);
  const speed = useSimulator((s) => s.clock.speed);
  const actions = store.getState();
  const { t } = useLocale();

  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let frame = requestAnimationFrame(function step() {
      const now = performance.now();
      store.getState().tick(now - last);
      last = now;
      frame = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(frame);
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
