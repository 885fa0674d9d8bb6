/**
 * Render a screen (or the whole shell) with fresh stores over a fake backend and a clock the
 * test drives — the same providers main.tsx sets up.
 */
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { StoresProvider, type AppStores } from '../../../src/renderer/src/app/stores';
import { ClockProvider } from '../../../src/renderer/src/lib/clock/ClockContext';
import { LocaleProvider } from '../../../src/renderer/src/lib/i18n/LocaleProvider';
import { createSharedClock, type ClockHost, type SharedClock } from '../../../src/renderer/src/lib/clock/sharedClock';
import { manualTime } from '../../support/manualTime';

export interface ManualClock {
  clock: SharedClock;
  host: ClockHost;
  /** Move time forward, firing due timers in order. */
  advance(ms: number): void;
  nowSeconds(): number;
  timers(): number;
}

export function manualClock(startMs: number): ManualClock {
  const time = manualTime(startMs);
  const host: ClockHost = { ...time, isHidden: () => false, onVisibilityChange: () => () => {} };
  return {
    clock: createSharedClock(host),
    host,
    advance: time.advance,
    nowSeconds: () => Math.floor(time.now() / 1000),
    timers: time.pending,
  };
}

/** `lang`: the OS language the page sees (default English); preferences start empty each test. */
export function renderWith(stores: AppStores, ui: ReactElement, clock?: SharedClock, lang = 'en'): RenderResult {
  return render(
    <LocaleProvider storage={null} systemLanguages={[lang]}>
      <ClockProvider clock={clock}>
        <StoresProvider stores={stores}>{ui}</StoresProvider>
      </ClockProvider>
    </LocaleProvider>,
  );
}
