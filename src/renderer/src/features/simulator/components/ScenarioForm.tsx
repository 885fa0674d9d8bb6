/**
 * Every scenario parameter as a labelled control, grouped as the scenario file groups them.
 *
 * A field the scenario leaves out shows its default as a value, not as a grey placeholder, so
 * the form reads as what will run. Emptying a field restores the default (shown again once
 * focus leaves it); the typed text is kept while the field is being edited, so "-" or "1e"
 * on the way to a number is not rewritten under the cursor. Each error from the shared
 * validator appears under the field it names, linked by aria-describedby, so the form and the
 * CLI say the same thing about the same mistake.
 */
import { Fragment, useState, type ReactNode } from 'react';
import { defaultRegistry } from '../../../../../shared/families/registry';
import { DEFAULT_LATENCY_MS } from '../../../../../shared/sim/latency';
import { parseScenario, type ScenarioIssue } from '../../../../../shared/sim/parseScenario';
import { wordText } from '../../../../../shared/i18n/zodText';
import {
  OUTAGE_KINDS,
  RENEWAL_POLICIES,
  SIM_PLATFORMS,
  type LatencyDistribution,
  type Outage,
  type ScenarioInput,
} from '../../../../../shared/sim/scenario';
import { assumptionSwitchLabel } from '../../../../../shared/sim/assumptions';
import { isZegoPlatform, warnsBeforeExpiry } from '../../../../../shared/sim/sdkRules';
import { optionChoiceLabels, optionLabel, platformLabel, policyLabel, useSimText } from '../simText';
import { parseStartTime, startTimeText } from '../startTime';

type Path = readonly (string | number)[];

interface Props {
  scenario: ScenarioInput;
  /** `parseScenario(scenario)`, computed once by the screen. */
  parsed: ReturnType<typeof parseScenario>;
  /** Prefix of element ids, so two forms could coexist. */
  idPrefix: string;
  onField(path: Path, value: unknown): void;
  onAddOutage(): void;
  onRemoveOutage(index: number): void;
}

const DEFAULTS = (() => {
  const parsed = parseScenario({ platform: SIM_PLATFORMS[0], tokenTtlSeconds: 3600 });
  if (!parsed.ok) throw new Error('the scenario defaults do not validate');
  return parsed.scenario;
})();

function getIn(value: unknown, path: Path): unknown {
  let v = value;
  for (const key of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

function pathText(path: Path): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out === '' ? String(part) : `${out}.${part}`), '');
}

export function ScenarioForm({ scenario, parsed, idPrefix, onField, onAddOutage, onRemoveOutage }: Props) {
  const { t, dateTime } = useSimText();
  // The text of the field being typed in, by path; dropped on blur.
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const draft = (path: Path): string | undefined => drafts[pathText(path)];
  const setDraft = (path: Path, text: string | undefined): void =>
    setDrafts((d) => {
      const next = { ...d };
      if (text === undefined) delete next[pathText(path)];
      else next[pathText(path)] = text;
      return next;
    });
  const issues: ScenarioIssue[] = parsed.ok ? [] : parsed.issues;
  // The issue in the reader's language (its catalogue words; the English equals its message).
  const issueAt = (path: Path) => {
    const issue = issues.find((i) => i.path === pathText(path));
    return issue === undefined ? undefined : wordText(issue.text, t);
  };
  const id = (path: Path) => `${idPrefix}-${pathText(path).replace(/[^\w]+/g, '-')}`;

  const message = (path: Path, hint?: string): ReactNode => {
    const error = issueAt(path);
    if (error) {
      return (
        <p id={`${id(path)}-msg`} className="field-error">
          {error}
        </p>
      );
    }
    return hint ? (
      <p id={`${id(path)}-msg`} className="field-hint">
        {hint}
      </p>
    ) : null;
  };
  const describe = (path: Path, hint?: string) => ({
    'aria-invalid': issueAt(path) ? true : undefined,
    'aria-describedby': issueAt(path) || hint ? `${id(path)}-msg` : undefined,
  });

  const numberField = (path: Path, label: string, options: { hint?: string; step?: number; min?: number; fallback?: number } = {}) => {
    const value = getIn(scenario, path);
    const fallback = options.fallback ?? getIn(DEFAULTS, path);
    const shown = typeof value === 'number' ? String(value) : typeof fallback === 'number' ? String(fallback) : '';
    return (
      <div className="field">
        <label htmlFor={id(path)}>{label}</label>
        <input
          id={id(path)}
          type="number"
          step={options.step ?? 'any'}
          min={options.min}
          value={draft(path) ?? shown}
          onChange={(e) => {
            setDraft(path, e.target.value);
            onField(path, e.target.value === '' ? undefined : Number(e.target.value));
          }}
          onBlur={() => setDraft(path, undefined)}
          {...describe(path, options.hint)}
        />
        {message(path, options.hint)}
      </div>
    );
  };

  // Selects take the whole row: their choices are long ("ZEGO Express (RTC room)") and must not clip.
  const selectField = <C extends string>(path: Path, label: string, choices: readonly C[], labels?: Readonly<Record<C, string>>) => {
    const value = getIn(scenario, path) ?? getIn(DEFAULTS, path);
    return (
      <div className="field wide">
        <label htmlFor={id(path)}>{label}</label>
        <select id={id(path)} value={String(value)} onChange={(e) => onField(path, e.target.value)} {...describe(path)}>
          {choices.map((c) => (
            <option key={c} value={c}>
              {labels?.[c] ?? c}
            </option>
          ))}
        </select>
        {message(path)}
      </div>
    );
  };

  const checkField = (path: Path, label: string, fallback?: boolean) => {
    const value = getIn(scenario, path) ?? getIn(DEFAULTS, path) ?? fallback;
    return (
      <label className="check wide">
        <input type="checkbox" checked={value === true} onChange={(e) => onField(path, e.target.checked)} />
        {label}
      </label>
    );
  };

  const renewal = (scenario.renewal ?? {}) as NonNullable<ScenarioInput['renewal']>;
  const latency = renewal.latency as LatencyDistribution | undefined;
  const latencyKind = latency?.kind ?? 'fixed';
  const setLatencyKind = (kind: string): void => {
    if (kind === 'fixed') {
      onField(['renewal', 'latency'], undefined);
      return;
    }
    onField(['renewal', 'latencyMs'], undefined);
    onField(['renewal', 'latency'], kind === 'uniform' ? { kind, minMs: 100, maxMs: 2000 } : { kind: 'exponential', meanMs: 500 });
  };
  const outages = (scenario.outages ?? []) as Outage[];
  const platform = scenario.platform ?? SIM_PLATFORMS[0];
  // Which controls apply is the platform's rules' to say (an unknown id shows the common ones).
  const rules = defaultRegistry.platform(platform)?.rules;
  const zego = rules !== undefined && isZegoPlatform(platform);
  const warns = rules !== undefined && warnsBeforeExpiry(platform);
  const switchable = (assumption: string): boolean => rules?.assumptions.some((a) => a.id === assumption) === true;

  const startTimeField = () => {
    const path = ['startTime'] as const;
    const value = getIn(scenario, path);
    const text = draft(path);
    const typedBad = text !== undefined && text.trim() !== '' && parseStartTime(text) === null;
    const epoch = typeof value === 'number' ? value : (DEFAULTS.startTime as number);
    const error = typedBad ? t('simulator.form.startTimeBad') : issueAt(path);
    return (
      <div className="field wide">
        <label htmlFor={id(path)}>{t('simulator.form.startTime')}</label>
        <input
          id={id(path)}
          type="text"
          inputMode="text"
          spellCheck={false}
          autoComplete="off"
          className="mono"
          value={text ?? startTimeText(epoch)}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id(path)}-msg ${id(path)}-hint`}
          onChange={(e) => {
            setDraft(path, e.target.value);
            const typed = e.target.value.trim();
            // Unreadable text goes to the scenario as it is, so the validator holds the run back too.
            onField(path, typed === '' ? undefined : (parseStartTime(typed) ?? typed));
          }}
          onBlur={() => {
            if (!typedBad) setDraft(path, undefined);
          }}
        />
        {error ? (
          <p id={`${id(path)}-msg`} className="field-error">
            {error}
          </p>
        ) : (
          <p id={`${id(path)}-msg`} className="field-hint">
            {t('simulator.form.startTimeRead', { date: dateTime(epoch), epoch })}
          </p>
        )}
        <p id={`${id(path)}-hint`} className="field-hint">
          {t('simulator.form.startTimeHint')}
        </p>
      </div>
    );
  };

  const f = (key: string, opts?: Record<string, unknown>) => t(`simulator.form.${key}`, opts ?? {});
  const platformLabels = Object.fromEntries(SIM_PLATFORMS.map((p) => [p, platformLabel(t, p)]));
  const policyLabels = Object.fromEntries(RENEWAL_POLICIES.map((p) => [p, policyLabel(t, p, platform)])) as Record<(typeof RENEWAL_POLICIES)[number], string>;
  const outageLabels = Object.fromEntries(OUTAGE_KINDS.map((k) => [k, f(`outageKinds.${k}`)])) as Record<(typeof OUTAGE_KINDS)[number], string>;

  return (
    <form className="sim-form" aria-label={f('label')} noValidate onSubmit={(e) => e.preventDefault()}>
      <fieldset className="fieldset">
        <legend>{f('clients')}</legend>
        {selectField(['platform'], f('platform'), SIM_PLATFORMS, platformLabels)}
        {numberField(['tokenTtlSeconds'], f('ttl'), { step: 1, min: 1, hint: rules?.staticToken === true ? f('staticNeverExpires') : undefined })}
        {numberField(['durationSeconds'], f('duration'), { min: 0 })}
        {numberField(['clients'], f('clientCount'), { step: 1, min: 1 })}
        {numberField(['loginSpreadSeconds'], f('loginSpread'), { min: 0, hint: f('loginSpreadHint') })}
        {numberField(['seed'], f('seed'), { step: 1, min: 0 })}
        {numberField(['maxEvents'], f('maxEvents'), { step: 1, min: 1 })}
        {startTimeField()}
      </fieldset>

      <fieldset className="fieldset">
        <legend>{f('renewal')}</legend>
        {selectField(['renewal', 'policy'], f('policy'), RENEWAL_POLICIES, policyLabels)}
        {numberField(['renewal', 'leadSeconds'], f('lead'), { min: 0, hint: f('leadHint') })}
        <div className="field wide">
          <label htmlFor={`${idPrefix}-latency-kind`}>{f('latencyKind')}</label>
          <select id={`${idPrefix}-latency-kind`} value={latencyKind} onChange={(e) => setLatencyKind(e.target.value)}>
            <option value="fixed">{f('latencyFixed')}</option>
            <option value="uniform">{f('latencyUniform')}</option>
            <option value="exponential">{f('latencyExponential')}</option>
          </select>
        </div>
        {latencyKind === 'fixed' && numberField(['renewal', 'latencyMs'], f('latency'), { min: 0, fallback: DEFAULT_LATENCY_MS })}
        {latency?.kind === 'uniform' && (
          <>
            {numberField(['renewal', 'latency', 'minMs'], f('latencyFrom'), { min: 0 })}
            {numberField(['renewal', 'latency', 'maxMs'], f('latencyTo'), { min: 0 })}
          </>
        )}
        {latency?.kind === 'exponential' && (
          <>
            {numberField(['renewal', 'latency', 'meanMs'], f('latencyMean'), { min: 0 })}
            {numberField(['renewal', 'latency', 'maxMs'], f('latencyCap'), { min: 0, hint: f('latencyCapHint') })}
          </>
        )}
        {message(['renewal', 'latency'])}
        {numberField(['renewal', 'failureRate'], f('failureRate'), { step: 0.01, min: 0 })}
        {numberField(['renewal', 'retry', 'maxRetries'], f('retries'), { step: 1, min: 0 })}
        {numberField(['renewal', 'retry', 'delaySeconds'], f('retryDelay'), { min: 0 })}
        {numberField(['renewal', 'retry', 'multiplier'], f('retryBackoff'), { min: 1 })}
      </fieldset>

      <fieldset className="fieldset">
        <legend>{f('faults')}</legend>
        {numberField(['renewal', 'faults', 'expired'], f('faultExpired'), { step: 0.01, min: 0 })}
        {numberField(['renewal', 'faults', 'otherUser'], f('faultOtherUser'), { step: 0.01, min: 0 })}
        {numberField(['renewal', 'faults', 'otherApp'], f('faultOtherApp'), { step: 0.01, min: 0 })}
        {numberField(['renewal', 'faults', 'otherSecret'], f('faultOtherSecret'), { step: 0.01, min: 0 })}
        {rules?.roomPrivileges === true && numberField(['renewal', 'faults', 'noPublishPrivilege'], f('faultNoPublish'), { step: 0.01, min: 0 })}
        {message(['renewal', 'faults'])}
      </fieldset>

      <fieldset className="fieldset">
        <legend>{f('outages')}</legend>
        {outages.length === 0 && <p className="field-hint">{f('noOutage')}</p>}
        {outages.map((_, i) => (
          <div key={i} className="inline-fields sim-outage" role="group" aria-label={f('outage', { n: i + 1 })}>
            {selectField(['outages', i, 'kind'], f('outageKind', { n: i + 1 }), OUTAGE_KINDS, outageLabels)}
            {numberField(['outages', i, 'atSeconds'], f('outageAt', { n: i + 1 }), { min: 0 })}
            {numberField(['outages', i, 'forSeconds'], f('outageFor', { n: i + 1 }), { min: 0 })}
            <button type="button" className="small-button" onClick={() => onRemoveOutage(i)}>
              {f('removeOutage', { n: i + 1 })}
            </button>
          </div>
        ))}
        <button type="button" className="small-button" onClick={onAddOutage}>
          {f('addOutage')}
        </button>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{f('clockAndReconnect')}</legend>
        {numberField(['clockSkewSeconds'], f('skew'), { hint: f('skewHint') })}
        {numberField(['clockSkewJitterSeconds'], f('skewJitter'), { min: 0 })}
        {numberField(['reconnect', 'initialDelayMs'], f('reconnectFirst'), { min: 0 })}
        {numberField(['reconnect', 'maxDelayMs'], f('reconnectMax'), { min: 0 })}
        {numberField(['reconnect', 'multiplier'], f('reconnectBackoff'), { min: 1 })}
        {checkField(['relogin', 'enabled'], f('relogin'))}
        {numberField(['relogin', 'delaySeconds'], f('reloginDelay'), { min: 0 })}
      </fieldset>

      <fieldset className="fieldset">
        <legend>{f('sdk')}</legend>
        {rules?.scenarioOptions?.map((o) => (
          <Fragment key={o.path.join('.')}>{o.kind === 'number' ? numberField(o.path, optionLabel(t, o), { step: 1, min: 1 }) : selectField(o.path, optionLabel(t, o), o.choices, optionChoiceLabels(t, o))}</Fragment>
        ))}
      </fieldset>

      <fieldset className="fieldset">
        <legend>{f('assumptions')}</legend>
        {warns && selectField(['assumptions', 'sdkClock'], f('sdkClock'), ['device', 'server'] as const, { device: f('sdkClockDevice'), server: f('sdkClockServer') })}
        {switchable('expressImmediateWarning') && checkField(['assumptions', 'expressImmediateWarning'], f('expressImmediateWarning'))}
        {zego && checkField(['assumptions', 'warnAfterShortRenewal'], f('warnAfterShortRenewal'))}
        {switchable('commsEaseExpiryDropsConnection') && checkField(['assumptions', 'commsEaseExpiryDropsConnection'], f('commsEaseExpiryDropsConnection'))}
        {rules?.assumptions
          .filter((a) => a.toggles !== undefined)
          .map((a) => <Fragment key={a.id}>{checkField(['assumptions', 'switches', a.id], assumptionSwitchLabel(t, a), a.defaultOn)}</Fragment>)}
      </fieldset>
      {message([])}
    </form>
  );
}
