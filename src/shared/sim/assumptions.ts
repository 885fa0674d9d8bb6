/**
 * The undocumented rules a run relied on, in words, so the screen and the CLI can show
 * them as assumptions (never as facts) beside the results.
 *
 * Rules that the scenario can switch (`scenario.assumptions.*`) name their switch and its
 * current value, so a reader sees at once how to try the other reading.
 */
import type { Scenario } from './scenario';
import { isZegoPlatform, platformRules, renewalMode, warnsBeforeExpiry } from './sdkRules';

export function simAssumptions(s: Scenario): string[] {
  const a = s.assumptions;
  const out: string[] = [];
  const rules = platformRules(s.platform);
  const zego = isZegoPlatform(s.platform);
  const sdk = rules.sdkName ?? rules.label;

  if (zego) {
    out.push(
      a.sdkClock === 'device'
        ? `${sdk} times "will expire" by the device's clock (expire − device time), so a fast clock warns early and a slow one late; the server enforces expiry by its own clock. [assumptions.sdkClock = device]`
        : `${sdk} times "will expire" by the server's clock, so client clock skew does not move the warning. [assumptions.sdkClock = server]`,
    );
    if (rules.assumptions.some((r) => r.id === 'expressImmediateWarning')) {
      out.push(
        a.expressImmediateWarning
          ? 'Express fires "will expire" at once when under 30 s remain at login, as ZIM documents. [assumptions.expressImmediateWarning = true]'
          : 'Express does not warn when under 30 s remain at login (the rule is documented for ZIM only). [assumptions.expressImmediateWarning = false]',
      );
    }
    out.push(
      a.warnAfterShortRenewal
        ? `After renewToken with a token that has under 30 s left, "will expire" fires again at once (documented for login only). [assumptions.warnAfterShortRenewal = true]`
        : `After renewToken with a token that has under 30 s left, "will expire" does not fire for it (documented for login only). [assumptions.warnAfterShortRenewal = false]`,
    );
    out.push(`"Will expire" fires once per token, from a timer on the device: it fires while offline and not again after a reconnect; a timer that comes due after the token has expired (a device waking from sleep) announces nothing.`);
    if (!rules.roomPrivileges) {
      out.push('renewToken refuses a token for another app with 6000003, for another user or signed with another secret with 6000103, an expired one with 6000106 (the codes are documented; their use for renewToken is assumed).');
      out.push('A reconnect after the token expired while offline is refused with 6000106, and the SDK ends Disconnected.');
    } else {
      out.push('renewToken refuses a token for another app with 1002076 and for another user with 1002077, like login does (not documented for renewal).');
      out.push('renewToken refuses a token signed with another secret with 1002033 (authentication failed).');
      if (s.express.onExpiry === 'refuse-next') {
        out.push('With the refuse-next behaviour the user stays in the room after expiry (counted as connected, with an expired token) and a later renewToken restores publishing and playing.');
      }
      out.push('A room reconnect after the token expired while offline is refused with 1002078, and the user leaves the room.');
    }
  }
  if (rules.providerAsksBeforeReconnect) {
    out.push(
      a.commsEaseExpiryDropsConnection
        ? 'A dynamic token expiring during a live connection drops it. [assumptions.commsEaseExpiryDropsConnection = true]'
        : 'A dynamic token expiring during a live connection does not drop it; it matters at the next login or reconnect. [assumptions.commsEaseExpiryDropsConnection = false]',
    );
    out.push(`CommsEase has no "will expire" callback: policy "on-will-expire" is read as "give the SDK a fresh token before each reconnect" (dynamicTokenProvider / willReconnect), and "before-expiry" as "refresh the token the SDK keeps for its next reconnect on the app's own timer".`);
    out.push('A reconnect whose token fails the check is refused with 302 and the SDK stops reconnecting.');
  }
  if (!zego && !rules.providerAsksBeforeReconnect && !rules.staticToken) out.push(...genericAssumptions(s));
  if (rules.staticToken) {
    out.push('Static tokens never expire and are never refreshed here: tokenTtlSeconds and the renewal policy do not apply (whether a refresh drops online devices is not documented).');
  }
  out.push('After a network outage the SDK reconnects at the first exponential-backoff tick (reconnect.*) after the network returns; a sleeping device runs no timers, so callbacks due during sleep fire at wake.');
  out.push("The app's own timers read the device's clock; the token server's clock is the servers' clock.");
  return out;
}

/** The rules of platforms described by the generic fields (Agora, Tencent, LiveKit, Twilio): their own texts, then what the model reads into them. */
function genericAssumptions(s: Scenario): string[] {
  const rules = platformRules(s.platform);
  const switches = s.assumptions.switches;
  const sdk = rules.sdkName ?? rules.label;
  const out: string[] = [];
  if (warnsBeforeExpiry(s.platform, switches)) {
    const callback = rules.willExpireCallback ?? '"will expire"';
    out.push(
      s.assumptions.sdkClock === 'device'
        ? `${sdk} times ${callback} by the device's clock, so a fast clock warns early and a slow one late; the server enforces expiry by its own clock. [assumptions.sdkClock = device]`
        : `${sdk} times ${callback} by the server's clock, so client clock skew does not move the warning. [assumptions.sdkClock = server]`,
    );
  }
  for (const rule of rules.assumptions) {
    if (rule.toggles === undefined) {
      out.push(rule.text);
      continue;
    }
    const on = switches?.[rule.id] ?? rule.defaultOn;
    const tag = `[assumptions.switches.${rule.id} = ${on}]`;
    out.push(on === rule.defaultOn ? `${rule.text} ${tag}` : `Switched from the default reading: ${rule.label ?? rule.id} — ${on ? 'yes' : 'no'} (default: ${rule.text}) ${tag}`);
  }
  const mode = renewalMode(rules);
  if (mode === 'none') {
    out.push(`${sdk} is modelled as taking no new token from the app during a session (none is documented): the app's renewal policy does not apply; a new token is used only by a new login (relogin.*).`);
  }
  if (rules.expiredCallback !== undefined && rules.atExpiry !== 'none') {
    out.push(`At expiry ${sdk} raises ${rules.expiredCallback}; the app's answer (a new token and a new login) is the scenario's relogin.* setting.`);
  }
  if (rules.willExpireLeadMs === null && mode !== 'none') {
    out.push(`${sdk} raises no "will expire" callback: policy "on-will-expire" renews nothing before expiry; "before-expiry" renews on the app's own timer.`);
  }
  return out;
}
