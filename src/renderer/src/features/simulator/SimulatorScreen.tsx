/**
 * The renewal timeline simulator: pick a preset or edit a scenario, run it in main, and watch
 * what the SDK does with the tokens on a timeline driven by a virtual clock; compare two
 * scenarios side by side; export the scenario with its events (re-importable) and the
 * timeline as SVG or PNG.
 *
 * A second mode, "Live token", counts a real pasted token down on the real clock and lists
 * what the SDK and the app will do with it (see components/LiveMode.tsx).
 *
 * Its stores are the app's (createAppStores), so the scenarios, runs, clock and mode are still
 * there when the user comes back from another screen. The screen itself never subscribes to
 * the clock's time: only the cursor, the clock readout and (when an event is crossed) the
 * markers and the event list redraw during playback.
 */
import { useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStores, useProfiles, useSimulator } from '../../app/stores';
import { parseScenario, scenarioIssueLine } from '../../../../shared/sim/parseScenario';
import type { ImportRefusal } from './simulationFile';
import { ProfileSelect } from '../../components/ProfileSelect';
import { downloadText } from '../../lib/download/downloadText';
import { ClockControls } from './components/ClockControls';
import { LiveMode } from './components/LiveMode';
import { EventDetails } from './components/EventDetails';
import { EventList } from './components/EventList';
import { ScenarioForm } from './components/ScenarioForm';
import { ComparisonTable, SummaryPanel } from './components/SummaryPanel';
import { TimelineSvg } from './components/TimelineSvg';
import { downloadTimelinePng, downloadTimelineSvg } from './exportTimelineImage';
import { PRESETS } from '../../../../shared/sim/presets';
import { clockEnd, SLOTS, type SlotId } from './simulatorStore';
import { buildTimeline } from './timelineModel';
import { platformLabel, presetLabel, presetLesson, useSimText } from './simText';
import './simulator.css';

const SLOT_NAME: Record<SlotId, string> = { a: 'A', b: 'B' };

export function SimulatorScreen() {
  const stores = useAppStores();
  const mode = useSimulator((s) => s.mode);
  const setMode = stores.simulator.getState().setMode;
  const { t } = useSimText();
  return (
    <div className="screen simulator-screen">
      <header className="screen-header">
        <h1>{t('simulator.title')}</h1>
        <p className="muted">{t('simulator.intro')}</p>
      </header>
      <div role="radiogroup" aria-label={t('simulator.mode')} className="seg-control sim-mode">
        <label className="check">
          <input type="radio" name="sim-mode" checked={mode === 'simulation'} onChange={() => setMode('simulation')} />
          {t('simulator.modeSimulation')}
        </label>
        <label className="check">
          <input type="radio" name="sim-mode" checked={mode === 'live'} onChange={() => setMode('live')} />
          {t('simulator.modeLive')}
        </label>
      </div>
      {mode === 'simulation' ? <SimulatorBody /> : <LiveMode store={stores.liveMode} />}
    </div>
  );
}

function SimulatorBody() {
  const store = useAppStores().simulator;
  // Not the clock: playback must not redraw the form, the summary or the timeline's backdrop.
  const state = useSimulator(
    useShallow((s) => ({
      slots: s.slots,
      editing: s.editing,
      compare: s.compare,
      profileId: s.profileId,
      client: s.client,
      zoom: s.zoom,
      selected: s.selected,
      importError: s.importError,
      importRefusal: s.importRefusal,
    })),
  );
  const profiles = useProfiles((s) => s.profiles);
  const actions = store.getState();
  const { t } = useSimText();
  const { zoom } = state;
  const setZoom = actions.setZoom;
  const [pngProblem, setPngProblem] = useState<string | null>(null);
  const svgRefs = useRef<Record<SlotId, HTMLDivElement | null>>({ a: null, b: null });

  const shown: readonly SlotId[] = state.compare ? SLOTS : [state.editing];
  const end = clockEnd(state);
  const view = zoom ?? { from: 0, to: Math.max(end, 1) };
  const slot = state.slots[state.editing];
  // Parsed once per edit, not on every clock tick of playback.
  const parsedA = useMemo(() => parseScenario(state.slots.a.scenario), [state.slots.a.scenario]);
  const parsedB = useMemo(() => parseScenario(state.slots.b.scenario), [state.slots.b.scenario]);
  const parsedOf: Record<SlotId, ReturnType<typeof parseScenario>> = { a: parsedA, b: parsedB };
  const parsed = parsedOf[state.editing];
  const invalid = shown.some((s) => !parsedOf[s].ok);
  const running = shown.some((s) => state.slots[s].running);

  const zoomBy = (factor: number) => {
    const span = Math.min(Math.max(end, 1), Math.max(1, (view.to - view.from) * factor));
    const from = Math.min(Math.max(0, store.getState().clock.t - span / 2), Math.max(0, end - span));
    setZoom(span >= end ? null : { from, to: from + span });
  };

  const models = useMemo(
    () =>
      Object.fromEntries(
        SLOTS.map((s) => {
          const run = state.slots[s].run;
          return [s, run ? buildTimeline(run.events, state.client, run.summary.simulatedSeconds, run.scenario.platform) : null];
        }),
      ) as Record<SlotId, ReturnType<typeof buildTimeline> | null>,
    [state.slots, state.client],
  );

  const selectedEvent = state.selected ? state.slots[state.selected.slot].run?.events[state.selected.index] : undefined;
  const selectedRun = state.selected ? state.slots[state.selected.slot].run : null;
  const runA = state.slots.a.run;
  const runB = state.slots.b.run;

  return (
    <>
      <section className="sim-presets" aria-label={t('simulator.presets')}>
        <h2 className="visually-hidden">{t('simulator.presets')}</h2>
        {PRESETS.map((p) => (
          <button
            key={p.id}
            type="button"
            className="small-button sim-preset"
            aria-pressed={slot.preset === p.id}
            title={presetLesson(t, p.id)}
            onClick={() => actions.applyPreset(p.id)}
          >
            {presetLabel(t, p.id)}
          </button>
        ))}
        <p className="sim-preset-chosen" role="status">
          {slot.preset ? (
            <>
              <strong>{t('simulator.presetChosen', { name: presetLabel(t, slot.preset) })}</strong> — {presetLesson(t, slot.preset)}
            </>
          ) : slot.basedOn ? (
            t('simulator.presetEdited', { name: presetLabel(t, slot.basedOn) })
          ) : (
            t('simulator.presetNone')
          )}
        </p>
      </section>

      <div className="sim-toolbar">
        <label className="check">
          <input type="checkbox" checked={state.compare} onChange={(e) => actions.setCompare(e.target.checked)} />
          {t('simulator.compare')}
        </label>
        {state.compare && (
          <div role="radiogroup" aria-label={t('simulator.editing')} className="seg-control">
            {SLOTS.map((s) => (
              <label key={s} className="check">
                <input type="radio" name="sim-editing" checked={state.editing === s} onChange={() => actions.setEditing(s)} />
                {t('simulator.editSlot', { slot: SLOT_NAME[s] })}
              </label>
            ))}
          </div>
        )}
        <ProfileSelect
          id="sim-profile"
          label={t('simulator.mintWith')}
          profiles={profiles}
          value={state.profileId}
          noneLabel={t('simulator.throwaway')}
          onChange={(id) => actions.setProfile(id)}
        />
        <button type="button" className="button" disabled={invalid || running} onClick={() => void actions.run()}>
          {t(running ? 'simulator.running' : state.compare ? 'simulator.runBoth' : 'simulator.run')}
        </button>
        {/* A native file input, visually hidden inside a label styled as a button: the page's own button look, the platform's picker. */}
        <label className="button secondary file-button" title={t('simulator.importHint')}>
          <input
            id="sim-import"
            type="file"
            className="visually-hidden"
            accept="application/json,.json"
            aria-label={t('simulator.importLabel')}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void file.text().then((text) => actions.importText(text));
              e.target.value = '';
            }}
          />
          {t('simulator.importButton')}
        </label>
        <button
          type="button"
          className="button secondary"
          onClick={() => downloadText(`tokenlab-simulation-${SLOT_NAME[state.editing]}.json`, actions.exportText(state.editing), 'application/json')}
        >
          {state.compare ? t('simulator.exportSlot', { slot: SLOT_NAME[state.editing] }) : t('simulator.export')}
        </button>
      </div>
      {state.importError && (
        <p className="field-error" role="alert">
          {t('simulator.importRefused', { reason: state.importRefusal ? refusalText(state.importRefusal, t) : state.importError })}
        </p>
      )}
      {!parsed.ok && (
        <p className="field-error" role="status">
          {t('simulator.fieldsToFix', { count: parsed.errors.length })}
        </p>
      )}

      <div className="sim-layout">
        <div className="sim-form-column">
          <h2>{state.compare ? t('simulator.settingsOf', { slot: SLOT_NAME[state.editing] }) : t('simulator.settings')}</h2>
          <ScenarioForm
            key={state.editing}
            scenario={slot.scenario}
            parsed={parsed}
            idPrefix={`sim-${state.editing}`}
            onField={(path, value) => actions.setField(path, value)}
            onAddOutage={() => actions.addOutage()}
            onRemoveOutage={(i) => actions.removeOutage(i)}
          />
        </div>

        <div className="sim-results">
          <ClockControls end={end} />
          <div className="sim-view-controls">
            <div className="field">
              <label htmlFor="sim-client">{t('simulator.clientShown')}</label>
              <input id="sim-client" type="number" min={0} step={1} value={state.client} onChange={(e) => actions.setClient(Number(e.target.value) || 0)} />
            </div>
            <button type="button" className="small-button" onClick={() => zoomBy(0.25)} disabled={end <= 0}>
              {t('simulator.zoomIn')}
            </button>
            <button type="button" className="small-button" onClick={() => zoomBy(4)} disabled={zoom === null}>
              {t('simulator.zoomOut')}
            </button>
            <button type="button" className="small-button" onClick={() => setZoom(null)} disabled={zoom === null}>
              {t('simulator.wholeRun')}
            </button>
          </div>

          {shown.map((s) => {
            const { run, error, running: busy } = state.slots[s];
            const model = models[s];
            const slotName = SLOT_NAME[s];
            return (
              <section key={s} className="sim-run" aria-label={t('simulator.resultsOf', { slot: slotName })}>
                <h2>
                  {t('simulator.scenarioSlot', { slot: slotName })}
                  {run ? ` · ${t('simulator.runMeta', { platform: platformLabel(t, run.scenario.platform), count: run.summary.clients })}` : ''}
                </h2>
                {error && (
                  <p className="field-error" role="alert">
                    {error.message}
                  </p>
                )}
                {busy && <p role="status">{t('simulator.running')}</p>}
                {!run && !busy && !error && <p className="empty">{t('simulator.notRun')}</p>}
                {run && model && (
                  <>
                    <TimelineSvg
                      ref={(el) => {
                        svgRefs.current[s] = el;
                      }}
                      model={model}
                      events={run.events}
                      from={view.from}
                      to={view.to}
                      selectedIndex={state.selected?.slot === s ? state.selected.index : null}
                      label={t('simulator.timelineOf', { slot: slotName, client: state.client })}
                      onSelect={(index) => actions.select(s, index)}
                    />
                    <div className="row-actions">
                      <button type="button" className="small-button" onClick={() => svgRefs.current[s] && downloadTimelineSvg(svgRefs.current[s], `tokenlab-timeline-${SLOT_NAME[s]}.svg`)}>
                        {t('simulator.saveSvg', { slot: slotName })}
                      </button>
                      <button
                        type="button"
                        className="small-button"
                        onClick={() => {
                          const svg = svgRefs.current[s];
                          if (!svg) return;
                          void downloadTimelinePng(svg, `tokenlab-timeline-${SLOT_NAME[s]}.png`).then((ok) => setPngProblem(ok ? null : t('simulator.pngProblem')));
                        }}
                      >
                        {t('simulator.savePng', { slot: slotName })}
                      </button>
                    </div>
                    <SummaryPanel summary={run.summary} scenario={run.scenario} title={t('simulator.summaryOf', { slot: slotName })} />
                  </>
                )}
              </section>
            );
          })}
          {pngProblem && <p className="field-error">{pngProblem}</p>}
          {state.compare && runA && runB && <ComparisonTable a={runA.summary} b={runB.summary} />}
          {selectedEvent && selectedRun && <EventDetails event={selectedEvent} startTime={selectedRun.scenario.startTime} />}
          {slot.run && (
            <details className="sim-event-details" open={!state.compare}>
              <summary>{t('simulator.eventsOfClient', { client: state.client, slot: SLOT_NAME[state.editing] })}</summary>
              <EventList
                events={slot.run.events}
                client={state.client}
                selectedIndex={state.selected?.slot === state.editing ? state.selected.index : null}
                label={t('simulator.eventsOf', { slot: SLOT_NAME[state.editing] })}
                onSelect={(index) => actions.select(state.editing, index)}
              />
            </details>
          )}
        </div>
      </div>
    </>
  );
}

/** Why an import was refused, in the reader's language (a scenario's bad fields one by one). */
function refusalText(refusal: ImportRefusal, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (refusal.issues === undefined) return t(refusal.key, refusal.params);
  return t(refusal.key, { fields: refusal.issues.map((issue) => scenarioIssueLine(issue, t)).join(t('validation.listSeparator')) });
}
