/**
 * Every scenario parameter as a labelled control, grouped as the scenario file groups them.
 *
 * An empty number field means "the default" (shown as its placeholder). Each error from the
 * shared validator appears under the field it names, linked by aria-describedby, so the
 * form and the CLI say the same thing about the same mistake.
 */
import { Fragment, type ReactNode } from 'react';
import { defaultRegistry } from '../../../../../shared/families/registry';
import { DEFAULT_LATENCY_MS } from '../../../../../shared/sim/latency';
import { parseScenario, type ScenarioIssue } from '../../../../../shared/sim/parseScenario';
import {
  OUTAGE_KINDS,
  RENEWAL_POLICIES,
  SIM_PLATFORMS,
  type LatencyDistribution,
  type Outage,
  type ScenarioInput,
} from '../../../../../shared/sim/scenario';
import { isZegoPlatform, warnsBeforeExpiry } from '../../../../../shared/sim/sdkRules';
import { PLATFORM_LABELS, POLICY_LABELS } from '../simLabels';

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
  const issues: ScenarioIssue[] = parsed.ok ? [] : parsed.issues;
  const issueAt = (path: Path) => issues.find((i) => i.path === pathText(path))?.message;
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
    return (
      <div className="field">
        <label htmlFor={id(path)}>{label}</label>
        <input
          id={id(path)}
          type="number"
          step={options.step ?? 'any'}
          min={options.min}
          value={typeof value === 'number' ? value : ''}
          placeholder={typeof fallback === 'number' ? String(fallback) : undefined}
          onChange={(e) => onField(path, e.target.value === '' ? undefined : Number(e.target.value))}
          {...describe(path, options.hint)}
        />
        {message(path, options.hint)}
      </div>
    );
  };

  const selectField = <T extends string>(path: Path, label: string, choices: readonly T[], labels?: Readonly<Record<T, string>>) => {
    const value = getIn(scenario, path) ?? getIn(DEFAULTS, path);
    return (
      <div className="field">
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
      <label className="check">
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

  return (
    <form className="sim-form" aria-label="Scenario" noValidate onSubmit={(e) => e.preventDefault()}>
      <fieldset className="fieldset">
        <legend>Clients and tokens</legend>
        {selectField(['platform'], 'Platform', SIM_PLATFORMS, PLATFORM_LABELS)}
        {numberField(['tokenTtlSeconds'], 'Token TTL (s)', { step: 1, min: 1, hint: rules?.staticToken === true ? 'static tokens never expire' : undefined })}
        {numberField(['durationSeconds'], 'Duration (s)', { min: 0 })}
        {numberField(['clients'], 'Clients', { step: 1, min: 1 })}
        {numberField(['loginSpreadSeconds'], 'Login spread (s)', { min: 0, hint: 'clients log in at random times within it' })}
        {numberField(['seed'], 'Seed', { step: 1, min: 0 })}
        {numberField(['startTime'], 'Start time (epoch s)', { step: 1 })}
        {numberField(['maxEvents'], 'Stop after (events)', { step: 1, min: 1 })}
      </fieldset>

      <fieldset className="fieldset">
        <legend>Renewal by the app</legend>
        {selectField(['renewal', 'policy'], 'Renewal policy', RENEWAL_POLICIES, POLICY_LABELS)}
        {numberField(['renewal', 'leadSeconds'], 'Renew before expiry (s)', { min: 0, hint: 'for "before expiry"; read on the device clock' })}
        <div className="field">
          <label htmlFor={`${idPrefix}-latency-kind`}>Token server latency</label>
          <select id={`${idPrefix}-latency-kind`} value={latencyKind} onChange={(e) => setLatencyKind(e.target.value)}>
            <option value="fixed">Fixed</option>
            <option value="uniform">Uniform between two values</option>
            <option value="exponential">Exponential (mean)</option>
          </select>
        </div>
        {latencyKind === 'fixed' && numberField(['renewal', 'latencyMs'], 'Latency (ms)', { min: 0, fallback: DEFAULT_LATENCY_MS })}
        {latency?.kind === 'uniform' && (
          <>
            {numberField(['renewal', 'latency', 'minMs'], 'Latency from (ms)', { min: 0 })}
            {numberField(['renewal', 'latency', 'maxMs'], 'Latency to (ms)', { min: 0 })}
          </>
        )}
        {latency?.kind === 'exponential' && (
          <>
            {numberField(['renewal', 'latency', 'meanMs'], 'Mean latency (ms)', { min: 0 })}
            {numberField(['renewal', 'latency', 'maxMs'], 'Latency cap (ms)', { min: 0, hint: 'default: 10 × the mean' })}
          </>
        )}
        {message(['renewal', 'latency'])}
        {numberField(['renewal', 'failureRate'], 'Failure rate (0–1)', { step: 0.01, min: 0 })}
        {numberField(['renewal', 'retry', 'maxRetries'], 'Retries after a failure', { step: 1, min: 0 })}
        {numberField(['renewal', 'retry', 'delaySeconds'], 'First retry after (s)', { min: 0 })}
        {numberField(['renewal', 'retry', 'multiplier'], 'Retry backoff ×', { min: 1 })}
      </fieldset>

      <fieldset className="fieldset">
        <legend>Wrong tokens from the token server (probability each)</legend>
        {numberField(['renewal', 'faults', 'expired'], 'Already expired', { step: 0.01, min: 0 })}
        {numberField(['renewal', 'faults', 'otherUser'], 'For another user', { step: 0.01, min: 0 })}
        {numberField(['renewal', 'faults', 'otherApp'], 'For another app', { step: 0.01, min: 0 })}
        {numberField(['renewal', 'faults', 'otherSecret'], 'Signed with another secret', { step: 0.01, min: 0 })}
        {rules?.roomPrivileges === true && numberField(['renewal', 'faults', 'noPublishPrivilege'], 'Without publish privilege', { step: 0.01, min: 0 })}
        {message(['renewal', 'faults'])}
      </fieldset>

      <fieldset className="fieldset">
        <legend>Outages</legend>
        {outages.length === 0 && <p className="field-hint">No outage.</p>}
        {outages.map((_, i) => (
          <div key={i} className="inline-fields sim-outage" role="group" aria-label={`Outage ${i + 1}`}>
            {selectField(['outages', i, 'kind'], `Outage ${i + 1} kind`, OUTAGE_KINDS)}
            {numberField(['outages', i, 'atSeconds'], `Outage ${i + 1} starts at (s)`, { min: 0 })}
            {numberField(['outages', i, 'forSeconds'], `Outage ${i + 1} lasts (s)`, { min: 0 })}
            <button type="button" className="small-button" onClick={() => onRemoveOutage(i)}>
              Remove outage {i + 1}
            </button>
          </div>
        ))}
        <button type="button" className="small-button" onClick={onAddOutage}>
          Add an outage
        </button>
      </fieldset>

      <fieldset className="fieldset">
        <legend>Client clock and SDK reconnection</legend>
        {numberField(['clockSkewSeconds'], 'Client clock ahead by (s)', { hint: 'negative: behind' })}
        {numberField(['clockSkewJitterSeconds'], 'Clock spread between clients (± s)', { min: 0 })}
        {numberField(['reconnect', 'initialDelayMs'], 'First reconnect after (ms)', { min: 0 })}
        {numberField(['reconnect', 'maxDelayMs'], 'Longest reconnect wait (ms)', { min: 0 })}
        {numberField(['reconnect', 'multiplier'], 'Reconnect backoff ×', { min: 1 })}
        {checkField(['relogin', 'enabled'], 'The app logs in again after a token disconnection')}
        {numberField(['relogin', 'delaySeconds'], 'Log in again after (s)', { min: 0 })}
      </fieldset>

      <fieldset className="fieldset">
        <legend>SDK behaviour</legend>
        {rules?.scenarioOptions?.map((o) => (
          <Fragment key={o.path.join('.')}>{o.kind === 'number' ? numberField(o.path, o.label, { step: 1, min: 1 }) : selectField(o.path, o.label, o.choices, o.choiceLabels)}</Fragment>
        ))}
      </fieldset>

      <fieldset className="fieldset">
        <legend>Assumptions (not documented by the vendors)</legend>
        {warns && selectField(['assumptions', 'sdkClock'], '"Will expire" timed by', ['device', 'server'] as const, { device: "the device's clock", server: "the server's clock" })}
        {switchable('expressImmediateWarning') && checkField(['assumptions', 'expressImmediateWarning'], 'Express warns at once when under 30 s remain at login')}
        {zego && checkField(['assumptions', 'warnAfterShortRenewal'], 'A renewed token with under 30 s left warns again at once')}
        {switchable('commsEaseExpiryDropsConnection') && checkField(['assumptions', 'commsEaseExpiryDropsConnection'], 'An expiring token drops a live CommsEase connection')}
        {rules?.assumptions
          .filter((a) => a.toggles !== undefined)
          .map((a) => <Fragment key={a.id}>{checkField(['assumptions', 'switches', a.id], a.label ?? a.text, a.defaultOn)}</Fragment>)}
      </fieldset>
      {message([])}
    </form>
  );
}
