/**
 * Playback redraws only what moves. React Profilers around each part of the simulator screen
 * count its commits over 60 frames of the clock's own requestAnimationFrame loop (1000×: 16
 * virtual seconds a frame, crossing the run's events at 900 s once). Before the split every part
 * committed on every tick: ScenarioForm 20, TimelineSvg 20, EventList 20, SummaryPanel 20,
 * ClockControls 20 (over 20 ticks of the 50-ms timer it had then).
 */
import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SimulatorScreen } from '../../../../src/renderer/src/features/simulator/SimulatorScreen';
import { fakeBackend, storesFor, ZEGO_PROFILE } from '../../support/fakeBackend';
import { renderWith } from '../../support/renderApp';
import { replyFor } from './fixtures';

const commits = vi.hoisted(() => new Map<string, number>());

vi.mock('../../../../src/renderer/src/features/simulator/components/ScenarioForm', async (importOriginal) => {
  const { profiled } = await import('../../support/profiled');
  const mod = await importOriginal<typeof import('../../../../src/renderer/src/features/simulator/components/ScenarioForm')>();
  return { ...mod, ScenarioForm: profiled('ScenarioForm', mod.ScenarioForm, commits) };
});
vi.mock('../../../../src/renderer/src/features/simulator/components/TimelineSvg', async (importOriginal) => {
  const { profiled } = await import('../../support/profiled');
  const mod = await importOriginal<typeof import('../../../../src/renderer/src/features/simulator/components/TimelineSvg')>();
  return { ...mod, TimelineSvg: profiled('TimelineSvg', mod.TimelineSvg, commits) };
});
vi.mock('../../../../src/renderer/src/features/simulator/components/timeline/TimelineBackdrop', async (importOriginal) => {
  const { profiled } = await import('../../support/profiled');
  const mod = await importOriginal<typeof import('../../../../src/renderer/src/features/simulator/components/timeline/TimelineBackdrop')>();
  return { ...mod, TimelineBackdrop: profiled('TimelineBackdrop', mod.TimelineBackdrop, commits) };
});
vi.mock('../../../../src/renderer/src/features/simulator/components/timeline/TimelineMarkers', async (importOriginal) => {
  const { profiled } = await import('../../support/profiled');
  const mod = await importOriginal<typeof import('../../../../src/renderer/src/features/simulator/components/timeline/TimelineMarkers')>();
  return { ...mod, TimelineMarkers: profiled('TimelineMarkers', mod.TimelineMarkers, commits) };
});
vi.mock('../../../../src/renderer/src/features/simulator/components/timeline/TimelineCursor', async (importOriginal) => {
  const { profiled } = await import('../../support/profiled');
  const mod = await importOriginal<typeof import('../../../../src/renderer/src/features/simulator/components/timeline/TimelineCursor')>();
  return { ...mod, TimelineCursor: profiled('TimelineCursor', mod.TimelineCursor, commits) };
});
vi.mock('../../../../src/renderer/src/features/simulator/components/EventList', async (importOriginal) => {
  const { profiled } = await import('../../support/profiled');
  const mod = await importOriginal<typeof import('../../../../src/renderer/src/features/simulator/components/EventList')>();
  return { ...mod, EventList: profiled('EventList', mod.EventList, commits) };
});
vi.mock('../../../../src/renderer/src/features/simulator/components/SummaryPanel', async (importOriginal) => {
  const { profiled } = await import('../../support/profiled');
  const mod = await importOriginal<typeof import('../../../../src/renderer/src/features/simulator/components/SummaryPanel')>();
  return { ...mod, SummaryPanel: profiled('SummaryPanel', mod.SummaryPanel, commits) };
});
vi.mock('../../../../src/renderer/src/features/simulator/components/ClockControls', async (importOriginal) => {
  const { profiled } = await import('../../support/profiled');
  const mod = await importOriginal<typeof import('../../../../src/renderer/src/features/simulator/components/ClockControls')>();
  return { ...mod, ClockControls: profiled('ClockControls', mod.ClockControls, commits) };
});
vi.mock('../../../../src/renderer/src/features/simulator/components/ClockPosition', async (importOriginal) => {
  const { profiled } = await import('../../support/profiled');
  const mod = await importOriginal<typeof import('../../../../src/renderer/src/features/simulator/components/ClockPosition')>();
  return { ...mod, ClockPosition: profiled('ClockPosition', mod.ClockPosition, commits) };
});

/** The fake timers' animation frame period. */
const FRAME_MS = 16;
const TICKS = 60;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('simulator playback', () => {
  it('commits only the cursor and the clock readout on each tick; the markers and event list when an event is crossed', async () => {
    const backend = fakeBackend({ 'sim:run': (req) => replyFor(req.scenario.renewal.policy), 'profiles:list': () => ({ profiles: [ZEGO_PROFILE] }) });
    const stores = storesFor(backend);
    const sim = stores.simulator;
    renderWith(stores, <SimulatorScreen />);
    await act(() => sim.getState().run());
    act(() => sim.getState().setSpeed(1000));
    act(() => sim.getState().play());
    commits.clear();

    for (let i = 0; i < TICKS; i++) {
      act(() => {
        vi.advanceTimersByTime(FRAME_MS);
      });
    }
    const counts = Object.fromEntries(commits);
    console.log(`[figures] commits per component over ${TICKS} ticks: ${JSON.stringify(counts)}`);

    expect(sim.getState().clock.t).toBe(TICKS * FRAME_MS);
    // Still parts: not once.
    expect(commits.get('ScenarioForm') ?? 0).toBe(0);
    expect(commits.get('SummaryPanel') ?? 0).toBe(0);
    expect(commits.get('TimelineBackdrop') ?? 0).toBe(0);
    // Crossing 900 s (network lost, reconnecting) is the one change of "events passed".
    expect(commits.get('TimelineMarkers') ?? 0).toBe(1);
    expect(commits.get('EventList') ?? 0).toBe(1);
    // What moves: once a tick.
    expect(commits.get('TimelineCursor')).toBe(TICKS);
    expect(commits.get('ClockPosition')).toBe(TICKS);
  });
});
