/**
 * The simulator's words in the page's language: virtual times, event descriptions, platform,
 * policy and scenario-option names. Pure functions of `t`, so a list of 500 events or a
 * timeline's markers translate without a hook each; `useSimText()` binds them to the page.
 *
 * Event descriptions follow the shared `describeSimEvent` (the CLI's), sentence for sentence;
 * the screen's are the catalogue's, so Chinese readers get Chinese.
 */
import { useMemo } from 'react';
import { defaultRegistry } from '../../../../shared/families/registry';
import type { ScenarioOption } from '../../../../shared/families/family';
import type { SimEvent } from '../../../../shared/sim/events';
import type { PresetId } from '../../../../shared/sim/presets';
import type { RenewalPolicy } from '../../../../shared/sim/scenario';
import { clockTime } from '../../../../shared/time/clockTime';
import { useLocale } from '../../lib/i18n/LocaleProvider';

export type T = ReturnType<typeof useLocale>['t'];

/** "1 h 02 min 03.2 s" / "1 小时 02 分 03.2 秒" for a virtual time. */
export function virtualTime(t: T, seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const rest = seconds - h * 3600 - m * 60;
  const s = Number.isInteger(rest) ? String(rest) : rest.toFixed(1);
  if (h > 0) return t('simulator.clock.hms', { h, m: String(m).padStart(2, '0'), s: s.padStart(2, '0') });
  if (m > 0) return t('simulator.clock.ms', { m, s: s.padStart(2, '0') });
  return t('simulator.clock.s', { s });
}

/** A platform's name; one the catalogue does not know yet keeps its family's label. Keys are the ids in camelCase. */
export function platformLabel(t: T, id: string): string {
  const key = id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  return t(`simulator.platform.${key}`, { defaultValue: defaultRegistry.platform(id)?.rules.label ?? id });
}

/** Without "will expire" (CommsEase) "on will expire" means a token provider asked at each reconnect. */
export function policyLabel(t: T, policy: RenewalPolicy, platform?: string): string {
  const asksProvider = platform !== undefined && defaultRegistry.platform(platform)?.rules.providerAsksBeforeReconnect === true;
  return t(policy === 'on-will-expire' && asksProvider ? 'simulator.policy.provider' : `simulator.policy.${policy}`);
}

export function presetLabel(t: T, id: PresetId): string {
  return t(`simulator.readyMade.${id}.label`);
}

export function presetLesson(t: T, id: PresetId): string {
  return t(`simulator.readyMade.${id}.lesson`);
}

/** A family's scenario option (`zego.layout`) and its choices, with the family's words as fallback. */
export function optionLabel(t: T, option: ScenarioOption): string {
  return t(`simulator.scenarioOption.${option.path.join('.')}.label`, { defaultValue: option.label });
}

export function optionChoiceLabels(t: T, option: ScenarioOption): Record<string, string> {
  return Object.fromEntries(
    option.choices.map((c) => [c, t(`simulator.scenarioOption.${option.path.join('.')}.${c}`, { defaultValue: option.choiceLabels?.[c] ?? c })]),
  );
}

function code(t: T, value: number | null): string {
  return value === null ? '' : t('simulator.event.code', { code: value });
}

/** One event in words, as `describeSimEvent` says it, in the page's language. */
export function simEventText(t: T, e: SimEvent): string {
  const at = clockTime;
  switch (e.type) {
    case 'login':
      return e.expire === null ? t('simulator.event.loginStatic') : t('simulator.event.login', { expire: at(e.expire) });
    case 'login_failed':
      return t(e.during === 'reconnect' ? 'simulator.event.reconnectRefused' : 'simulator.event.loginRefused', {
        reason: t(`simulator.event.reason.${e.reason}`),
        code: code(t, e.code),
      });
    case 'token_will_expire':
      return t('simulator.event.willExpire', { left: e.remainingSeconds, expire: at(e.expire) });
    case 'renew_requested':
      return t(e.attempt > 1 ? 'simulator.event.renewRequestedRetry' : 'simulator.event.renewRequested', {
        request: e.request,
        purpose: t(`simulator.event.purpose.${e.purpose}`),
        attempt: e.attempt,
      });
    case 'token_issued': {
      const base = e.request === null ? t('simulator.event.issuedFirst', { expire: at(e.expire) }) : t('simulator.event.issued', { request: e.request, expire: at(e.expire) });
      return e.fault ? base + t('simulator.event.wrongOnPurpose', { fault: t(`simulator.event.fault.${e.fault}`) }) : base;
    }
    case 'renew_succeeded':
      return t('simulator.event.renewSucceeded', { request: e.request, expire: at(e.expire) });
    case 'renew_failed':
      return t('simulator.event.renewFailed', { request: e.request, reason: t(`simulator.event.reason.${e.reason}`), code: code(t, e.code) });
    case 'token_expired':
      return t('simulator.event.expired', { effect: t(`simulator.event.effect.${e.effect}`) });
    case 'disconnected':
      return t('simulator.event.disconnected', { cause: t(`simulator.cause.${e.cause}`), code: code(t, e.code) });
    case 'network_lost':
      return t(e.kind === 'sleep' ? 'simulator.event.asleep' : 'simulator.event.networkLost');
    case 'network_restored':
      return t('simulator.event.networkBack');
    case 'reconnecting':
      return t('simulator.event.reconnecting');
    case 'reconnected':
      return t('simulator.event.reconnected', {
        offline: Number.isInteger(e.offlineSeconds) ? e.offlineSeconds : e.offlineSeconds.toFixed(3),
        count: e.attempts,
      });
  }
}

/** The helpers bound to the page's language. */
export function useSimText() {
  const locale = useLocale();
  const { t } = locale;
  return useMemo(
    () => ({
      ...locale,
      vt: (seconds: number) => virtualTime(t, seconds),
      event: (e: SimEvent) => simEventText(t, e),
    }),
    [locale, t],
  );
}
