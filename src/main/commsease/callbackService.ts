/**
 * The third-party login callback, from main: send one (tester), check a captured one
 * (verifier), and run a profile's saved cases with a pass/fail per case.
 *
 * The AppKey and AppSecret come from the vault here; the renderer and the CLI only name the
 * profile. Saved cases run a few at a time (each waits at most CommsEase's 2 seconds), and a
 * case passes only when the server's answer is the decision it expects — a timeout or an
 * unreadable answer leaves the outcome to the console's default policy, which is never a pass.
 * Saved cases carry stored tokens (their own, or an accid's static token), so they go only to
 * an origin the person approved in main for this profile (`DestinationGate`, purpose
 * "callback"); nothing is read from the keychain or sent before that.
 */
import type { CryptoPort } from '../../shared/crypto/cryptoPort';
import { MainTextError } from '../i18n/mainText';
import type { CaseResultView } from '../../shared/ipc/channels/commsease';
import type { CommsEaseClientType } from '../../shared/commsease/loginCallback';
import { commsEaseFamily } from '../../shared/families/commsease-dynamic';
import type { ProfileVault } from '../vault/profileVault';
import type { CallbackCaseStore } from './callbackCaseStore';
import { verifyCallback, type CallbackVerification } from './callbackVerifier';
import type { Language } from '../../shared/i18n';
import type { MonotonicClock } from './httpPost';
import { sendLoginCallback, type LoginCallbackReport } from './loginCallbackTester';
import type { DestinationGate } from '../security/destinationGate';
import { maskSecrets } from '../../shared/security/maskSecrets';
import { normalizeLoginToken, validateAccid } from './staticTokenStore';

export interface SendCallbackRequest {
  profileId: string;
  url: string;
  accid: string;
  token: string;
  clientType: CommsEaseClientType;
  clientIp: string;
  loginExt: string;
}

export interface CallbackServiceDeps {
  vault: Pick<ProfileVault, 'credentials'>;
  cases: CallbackCaseStore;
  /** Asks (in main) before stored tokens go to a callback origin not yet approved for the profile. */
  destinations: Pick<DestinationGate, 'require'>;
  crypto: CryptoPort;
  /** Epoch milliseconds (CurTime of callbacks). */
  nowMs: () => number;
  timeoutMs?: number;
  monotonicMs?: MonotonicClock;
  /** Saved cases in flight at once. */
  concurrency?: number;
  /** The language the verifier explains itself in (default English). */
  language?: () => Language;
}

export interface CallbackService {
  send(request: SendCallbackRequest): Promise<LoginCallbackReport>;
  verify(request: { profileId: string; headers: string; body: string }): Promise<CallbackVerification>;
  runCases(request: { profileId: string; url: string; ids?: readonly string[] }): Promise<CaseResultView[]>;
}

export function createCallbackService(deps: CallbackServiceDeps): CallbackService {
  async function credentials(profileId: string): Promise<{ appKey: string; appSecret: string }> {
    const { profile, secret } = await deps.vault.credentials(profileId, commsEaseFamily);
    return { appKey: profile.credentials.appKey, appSecret: secret };
  }

  async function send(request: SendCallbackRequest, keys?: { appKey: string; appSecret: string }): Promise<LoginCallbackReport> {
    const { appKey, appSecret } = keys ?? (await credentials(request.profileId));
    return sendLoginCallback(
      {
        url: request.url,
        appKey,
        appSecret,
        accid: validateAccid(request.accid),
        token: normalizeLoginToken(request.token),
        clientType: request.clientType,
        clientIp: request.clientIp.trim(),
        loginExt: request.loginExt,
        nowMs: deps.nowMs(),
      },
      deps.crypto,
      { timeoutMs: deps.timeoutMs, monotonicMs: deps.monotonicMs, language: deps.language?.() ?? 'en' },
    );
  }

  return {
    send: (request) => send(request),

    async verify(request) {
      const { appKey, appSecret } = await credentials(request.profileId);
      return verifyCallback({ rawHeaders: request.headers, rawBody: request.body, appKey, appSecret, nowMs: deps.nowMs() }, deps.crypto, deps.language?.() ?? 'en');
    },

    async runCases(request) {
      const { profile, secret } = await deps.vault.credentials(request.profileId, commsEaseFamily);
      await deps.destinations.require(profile, request.url, 'callback');
      const keys = { appKey: profile.credentials.appKey, appSecret: secret };
      // The stored cases, not `list`: each case's token is read once, by `runOne`.
      const cases = await deps.cases.stored(request.profileId);
      const wanted = request.ids ? cases.filter((c) => request.ids?.includes(c.id)) : cases;
      if (request.ids && wanted.length !== new Set(request.ids).size) throw new MainTextError('INVALID_INPUT', 'casesGone');
      await deps.cases.setCallbackUrl(request.profileId, request.url);
      const results: CaseResultView[] = new Array(wanted.length);
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < wanted.length) {
          const index = next++;
          const view = wanted[index] as (typeof wanted)[number];
          results[index] = await runOne(request.profileId, request.url, view.id, keys);
        }
      };
      await Promise.all(Array.from({ length: Math.min(deps.concurrency ?? 4, Math.max(1, wanted.length)) }, worker));
      return results;
    },
  };

  async function runOne(profileId: string, url: string, id: string, keys: { appKey: string; appSecret: string }): Promise<CaseResultView> {
    const { testCase, token } = await deps.cases.withToken(profileId, id);
    const base = { caseId: testCase.id, name: testCase.name, expected: testCase.expected };
    if (token === null) {
      const where = testCase.tokenSource === 'static' ? `no static token is stored for "${testCase.accid}"` : 'its token is not in the keychain';
      return { ...base, passed: false, summary: `not run: ${where}`, decision: null, httpStatus: null, elapsedMs: 0 };
    }
    const report = await send(
      { profileId, url, accid: testCase.accid, token, clientType: testCase.clientType, clientIp: testCase.clientIp, loginExt: testCase.loginExt },
      keys,
    );
    const got = report.decision.kind === 'login_allowed' ? 'allowed' : report.decision.kind === 'login_refused' ? 'refused' : null;
    const passed = got === testCase.expected;
    const summary = maskSecrets(
      got === null
        ? `expected ${testCase.expected}, but no decision: ${report.decision.reason}`
        : passed
          ? `${got}, as expected`
          : `expected ${testCase.expected}, got ${got} (${report.decision.reason})`,
      [token, keys.appSecret],
    );
    return { ...base, passed, summary, decision: report.decision, httpStatus: report.response?.status ?? null, elapsedMs: report.elapsedMs };
  }
}
