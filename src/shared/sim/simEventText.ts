/**
 * One simulator event in words, in the reader's language: the screen's lists and tooltips and
 * the CLI's text output share these sentences (catalogue `simulator.event.*`). Pure: `t` is
 * the caller's translator (the renderer's i18next `t`, the CLI's `cliT(io)`).
 *
 * The English matches `describeSimEvent` sentence for sentence, so the CLI's English output
 * did not change when it moved to the catalogue.
 */
import { clockTime } from '../time/clockTime';
import type { Translate } from '../tokens/reasonText';
import type { SimEvent } from './events';

function code(t: Translate, value: number | null): string {
  return value === null ? '' : t('simulator.event.code', { code: value });
}

export function simEventText(t: Translate, e: SimEvent): string {
  const at = clockTime;
  switch (e.type) {
    case 'login':
      return e.expire === null ? t('simulator.event.loginStatic') : t('simulator.event.login', { expire: at(e.expire) });
    case 'login_failed':
      return t(e.during === 'reconnect' ? (e.callback === undefined ? 'simulator.event.reconnectRefused' : 'simulator.event.reconnectRefusedCallback') : 'simulator.event.loginRefused', {
        reason: t(`simulator.event.reason.${e.reason}`),
        code: code(t, e.code),
        callback: e.callback,
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
      const base = e.serverRefresh
        ? t('simulator.event.issuedByServer', { expire: at(e.expire) })
        : e.request === null
          ? t('simulator.event.issuedFirst', { expire: at(e.expire) })
          : t('simulator.event.issued', { request: e.request, expire: at(e.expire) });
      return e.fault ? base + t('simulator.event.wrongOnPurpose', { fault: t(`simulator.event.fault.${e.fault}`) }) : base;
    }
    case 'renew_succeeded':
      return t('simulator.event.renewSucceeded', { request: e.request, expire: at(e.expire) });
    case 'renew_failed':
      return t('simulator.event.renewFailed', { request: e.request, reason: t(`simulator.event.reason.${e.reason}`), code: code(t, e.code) });
    case 'token_expired':
      return t(e.callback === undefined ? 'simulator.event.expired' : 'simulator.event.expiredCallback', {
        effect: t(`simulator.event.effect.${e.effect}`),
        callback: e.callback,
      });
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
