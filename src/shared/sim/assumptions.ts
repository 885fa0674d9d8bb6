/**
 * The undocumented rules a run relied on, in words, so the screen and the CLI can show
 * them as assumptions (never as facts) beside the results.
 *
 * Rules that the scenario can switch (`scenario.assumptions.*`) name their switch and its
 * current value, so a reader sees at once how to try the other reading.
 *
 * Each sentence is an `AssumptionLine`: its English (what the summary and --json carry, as
 * before) and a catalogue key (`simulator.assumption.*`) with params, so `assumptionText`
 * words it in the reader's language.
 */
import { formatDuration } from '../i18n/formatters';
import type { Language } from '../i18n/language';
import type { Translate } from '../tokens/reasonText';
import type { Scenario } from './scenario';
import { isZegoPlatform, platformRules, renewalMode, warnsBeforeExpiry } from './sdkRules';
import { privilegeEndsFirst } from './simTokenMinter';

export interface AssumptionLine {
  /** Under `simulator.assumption.`. */
  key: string;
  /** Interpolated as they are (SDK and callback names, switch tags). */
  params?: Readonly<Record<string, string>>;
  /** Params worded by the catalogue: param name → key under `simulator.`, its English in `params`. */
  words?: Readonly<Record<string, string>>;
  /** Params that are lengths of time: param name → seconds, worded by formatDuration in the reader's language (its English in `params`). */
  durations?: Readonly<Record<string, number>>;
  /** The English sentence. */
  text: string;
}

export function simAssumptions(s: Scenario): string[] {
  return simAssumptionLines(s).map((line) => line.text);
}

/** An assumption in the reader's language; a key the catalogue lacks keeps the English. */
export function assumptionText(t: Translate, line: AssumptionLine): string {
  return catalogueLine(t, 'simulator.assumption.', line);
}

/** A line under `prefix` in the catalogue, its worded params under `simulator.`, its durations in `language`. */
export function catalogueLine(t: Translate, prefix: string, line: AssumptionLine, language: Language = 'en'): string {
  const worded = Object.fromEntries(Object.entries(line.words ?? {}).map(([name, key]) => [name, t(`simulator.${key}`, { defaultValue: line.params?.[name] ?? '' })]));
  const durations = Object.fromEntries(Object.entries(line.durations ?? {}).map(([name, seconds]) => [name, formatDuration(seconds, language)]));
  return t(`${prefix}${line.key}`, { ...line.params, ...worded, ...durations, defaultValue: line.text });
}

const line = (key: string, text: string, params?: Record<string, string>, words?: Record<string, string>): AssumptionLine => ({
  key,
  text,
  ...(params ? { params } : {}),
  ...(words ? { words } : {}),
});

export function simAssumptionLines(s: Scenario): AssumptionLine[] {
  const a = s.assumptions;
  const out: AssumptionLine[] = [];
  const rules = platformRules(s.platform);
  const zego = isZegoPlatform(s.platform);
  const sdk = rules.sdkName ?? rules.label;

  if (zego) {
    out.push(
      a.sdkClock === 'device'
        ? line('zegoClockDevice', `${sdk} times "will expire" by the device's clock (expire − device time), so a fast clock warns early and a slow one late; the server enforces expiry by its own clock. [assumptions.sdkClock = device]`, { sdk })
        : line('zegoClockServer', `${sdk} times "will expire" by the server's clock, so client clock skew does not move the warning. [assumptions.sdkClock = server]`, { sdk }),
    );
    if (rules.assumptions.some((r) => r.id === 'expressImmediateWarning')) {
      out.push(
        a.expressImmediateWarning
          ? line('expressImmediateOn', 'Express fires "will expire" at once when under 30 s remain at login, as ZIM documents. [assumptions.expressImmediateWarning = true]')
          : line('expressImmediateOff', 'Express does not warn when under 30 s remain at login (the rule is documented for ZIM only). [assumptions.expressImmediateWarning = false]'),
      );
    }
    out.push(
      a.warnAfterShortRenewal
        ? line('shortRenewalOn', `After renewToken with a token that has under 30 s left, "will expire" fires again at once (documented for login only). [assumptions.warnAfterShortRenewal = true]`)
        : line('shortRenewalOff', `After renewToken with a token that has under 30 s left, "will expire" does not fire for it (documented for login only). [assumptions.warnAfterShortRenewal = false]`),
    );
    out.push(line('warnOnce', `"Will expire" fires once per token, from a timer on the device: it fires while offline and not again after a reconnect; a timer that comes due after the token has expired (a device waking from sleep) announces nothing.`));
    if (!rules.roomPrivileges) {
      out.push(line('zimRenewCodes', 'renewToken refuses a token for another app with 6000003, for another user or signed with another secret with 6000103, an expired one with 6000106 (the codes are documented; their use for renewToken is assumed).'));
      out.push(line('zimReconnectExpired', 'A reconnect after the token expired while offline is refused with 6000106, and the SDK ends Disconnected.'));
    } else {
      out.push(line('expressRenewCodes', 'renewToken refuses a token for another app with 1002076 and for another user with 1002077, like login does (not documented for renewal).'));
      out.push(line('expressRenewSecret', 'renewToken refuses a token signed with another secret with 1002033 (authentication failed).'));
      if (s.express.onExpiry === 'refuse-next') {
        out.push(line('expressRefuseNext', 'With the refuse-next behaviour the user stays in the room after expiry (counted as connected, with an expired token) and a later renewToken restores publishing and playing.'));
      }
      out.push(line('expressReconnectExpired', 'A room reconnect after the token expired while offline is refused with 1002078, and the user leaves the room.'));
    }
  }
  if (rules.providerAsksBeforeReconnect) {
    out.push(
      a.commsEaseExpiryDropsConnection
        ? line('commsEaseDropsOn', 'A dynamic token expiring during a live connection drops it. [assumptions.commsEaseExpiryDropsConnection = true]')
        : line('commsEaseDropsOff', 'A dynamic token expiring during a live connection does not drop it; it matters at the next login or reconnect. [assumptions.commsEaseExpiryDropsConnection = false]'),
    );
    out.push(line('commsEasePolicy', `CommsEase has no "will expire" callback: policy "on-will-expire" is read as "give the SDK a fresh token before each reconnect" (dynamicTokenProvider / willReconnect), and "before-expiry" as "refresh the token the SDK keeps for its next reconnect on the app's own timer".`));
    out.push(line('commsEaseReconnect302', 'A reconnect whose token fails the check is refused with 302 and the SDK stops reconnecting.'));
  }
  if (!zego && !rules.providerAsksBeforeReconnect && !rules.staticToken) out.push(...genericAssumptions(s));
  if (rules.staticToken) {
    out.push(line('staticToken', 'Static tokens never expire and are never refreshed here: tokenTtlSeconds and the renewal policy do not apply (whether a refresh drops online devices is not documented).'));
  }
  out.push(line('backoff', 'After a network outage the SDK reconnects at the first exponential-backoff tick (reconnect.*) after the network returns; a sleeping device runs no timers, so callbacks due during sleep fire at wake.'));
  out.push(line('clocks', "The app's own timers read the device's clock; the token server's clock is the servers' clock."));
  return out;
}

/** The rules of platforms described by the generic fields (Agora, Tencent, LiveKit, Twilio): their own texts, then what the model reads into them. */
function genericAssumptions(s: Scenario): AssumptionLine[] {
  const rules = platformRules(s.platform);
  const switches = s.assumptions.switches;
  const sdk = rules.sdkName ?? rules.label;
  const out: AssumptionLine[] = [];
  if (warnsBeforeExpiry(s.platform, switches)) {
    const named = rules.willExpireCallback;
    const callback = named ?? '"will expire"';
    const words = named === undefined ? { callback: 'assumption.willExpire' } : undefined;
    out.push(
      s.assumptions.sdkClock === 'device'
        ? line('clockDevice', `${sdk} times ${callback} by the device's clock, so a fast clock warns early and a slow one late; the server enforces expiry by its own clock. [assumptions.sdkClock = device]`, { sdk, callback }, words)
        : line('clockServer', `${sdk} times ${callback} by the server's clock, so client clock skew does not move the warning. [assumptions.sdkClock = server]`, { sdk, callback }, words),
    );
  }
  for (const rule of rules.assumptions) {
    const ruleWords = { rule: `assumptionRule.${rule.id}.text` };
    if (rule.toggles === undefined) {
      out.push(line('rule', rule.text, { rule: rule.text }, ruleWords));
      continue;
    }
    const on = switches?.[rule.id] ?? rule.defaultOn;
    const tag = `[assumptions.switches.${rule.id} = ${on}]`;
    out.push(
      on === rule.defaultOn
        ? line('ruleSwitch', `${rule.text} ${tag}`, { rule: rule.text, tag }, ruleWords)
        : line(
            on ? 'ruleSwitchedOn' : 'ruleSwitchedOff',
            `Switched from the default reading: ${rule.label ?? rule.id} — ${on ? 'yes' : 'no'} (default: ${rule.text}) ${tag}`,
            { rule: rule.text, label: rule.label ?? rule.id, tag },
            { ...ruleWords, label: `assumptionRule.${rule.id}.label` },
          ),
    );
  }
  // A privilege renewed by its own call (TRTC updatePrivateMapKey) is a renewal in the session.
  const mode = rules.privilegeEnd?.renewCall !== undefined && privilegeEndsFirst(s) ? 'renew-call' : renewalMode(rules);
  if (mode === 'none') {
    out.push(line('noRenewal', `${sdk} is modelled as taking no new token from the app during a session (none is documented): the app's renewal policy does not apply; a new token is used only by a new login (relogin.*).`, { sdk }));
  }
  if (rules.expiredCallback !== undefined && rules.atExpiry !== 'none') {
    out.push(line('expiredCallback', `At expiry ${sdk} raises ${rules.expiredCallback}; the app's answer (a new token and a new login) is the scenario's relogin.* setting.`, { sdk, callback: rules.expiredCallback }));
  }
  if (!warnsBeforeExpiry(s.platform, switches) && mode !== 'none') {
    out.push(line('noWillExpire', `${sdk} raises no "will expire" callback: policy "on-will-expire" renews nothing before expiry; "before-expiry" renews on the app's own timer.`, { sdk }));
  }
  return out;
}

/** A family rule's switch (the scenario form's checkbox, the CLI's --list-platforms) in the reader's language. */
export function assumptionSwitchLabel(t: Translate, rule: { id: string; text: string; label?: string }): string {
  return rule.label !== undefined
    ? t(`simulator.assumptionRule.${rule.id}.label`, { defaultValue: rule.label })
    : t(`simulator.assumptionRule.${rule.id}.text`, { defaultValue: rule.text });
}
