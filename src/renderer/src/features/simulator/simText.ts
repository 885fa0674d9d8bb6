/**
 * The simulator's words in the page's language: virtual times, event descriptions, platform,
 * policy and scenario-option names. Pure functions of `t`, so a list of 500 events or a
 * timeline's markers translate without a hook each; `useSimText()` binds them to the page.
 *
 * Event descriptions are the shared `simEventText` (the CLI's too), worded by the catalogue.
 */
import { useMemo } from 'react';
import { defaultRegistry } from '../../../../shared/families/registry';
import type { ScenarioOption } from '../../../../shared/families/family';
import type { SimEvent } from '../../../../shared/sim/events';
import type { PresetId } from '../../../../shared/sim/presets';
import type { RenewalPolicy } from '../../../../shared/sim/scenario';
import { simEventText as sharedSimEventText } from '../../../../shared/sim/simEventText';
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
  return t(`simulatorPresets.${id}.label`);
}

export function presetLesson(t: T, id: PresetId): string {
  return t(`simulatorPresets.${id}.lesson`);
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

/** One event in words, in the page's language (the shared sentences the CLI prints too). */
export function simEventText(t: T, e: SimEvent): string {
  return sharedSimEventText(t, e);
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
