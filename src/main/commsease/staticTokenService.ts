/**
 * Creates, updates and refreshes CommsEase static tokens through the server API, keeping the
 * keychain in step, and answers with a report that holds no secret.
 *
 * The AppSecret is read from the vault here, in main, only to sign; the token CommsEase returns
 * (create without a token, refresh) goes straight into the keychain. Update and refresh lock
 * users out of devices that still use the old token, so they require a confirmation that names
 * the profile's environment tag (twice for a production tag), checked here again whatever the
 * caller (CLI, screen) asked.
 *
 * Signed calls go only to the profile's own API base (no per-call override: the caller is the
 * untrusted renderer, or a command line someone pasted), and to a base other than CommsEase's
 * documented one only once the person approved it in main (`DestinationGate`, purpose "api").
 */
import type { CryptoPort, RandomBytes } from '../../shared/crypto/cryptoPort';
import { TokenLabError } from '../../shared/errors';
import { explainCommsEaseStatus } from '../../shared/commsease/statusCodes';
import { mainT, MainTextError, wordError, type MainTranslate } from '../i18n/mainText';
import type { Language } from '../../shared/i18n';
import type { z } from 'zod';
import type { confirmationSchema, StaticApiReportView } from '../../shared/ipc/channels/commsease';
import { commsEaseFamily } from '../../shared/families/commsease-dynamic';
import { zodIssueParams } from '../../shared/ipc/describeZodError';
import { apiBaseSchema, DEFAULT_COMMSEASE_API_BASE } from '../../shared/ipc/schemas/profile';
import { isProductionEnv, type DestructiveAction } from '../../shared/commsease/destructiveConfirmation';
import type { ProfileVault } from '../vault/profileVault';
import { createServerApiClient, type ServerApiOperation, type ServerApiOutcome } from './serverApiClient';
import type { MonotonicClock } from './httpPost';
import type { DestinationGate } from '../security/destinationGate';
import { normalizeStaticToken, returnedTokenProblem, STATIC_TOKEN_MAX_LENGTH, validateAccid, type StaticTokenStore } from './staticTokenStore';

/** The environment tag the person confirmed (must be the profile's); `twice` for a production profile. */
export type DestructiveConfirmation = z.infer<typeof confirmationSchema>;

/**
 * Everything here is safe to print, log or send to the renderer. `stored` is true when the
 * keychain now holds the token CommsEase has for this accid; `message` is one or two sentences
 * for the person at the keyboard.
 */
export type StaticApiReport = StaticApiReportView;
export type StaticApiStatus = StaticApiReport['status'];

export interface StaticTokenServiceDeps {
  vault: Pick<ProfileVault, 'credentials'>;
  store: StaticTokenStore;
  /** Asks (in main) before signed calls go to an API base that is not CommsEase's own. */
  destinations: Pick<DestinationGate, 'require'>;
  crypto: CryptoPort;
  randomBytes: RandomBytes;
  /** Epoch seconds. */
  now: () => number;
  timeoutMs?: number;
  monotonicMs?: MonotonicClock;
  /** The language the report's message is worded in (default English). */
  language?: () => Language;
}

export interface StaticTokenService {
  create(request: { profileId: string; accid: string; token: string | null }): Promise<StaticApiReport>;
  update(request: { profileId: string; accid: string; token: string; confirmation: DestructiveConfirmation }): Promise<StaticApiReport>;
  refresh(request: { profileId: string; accid: string; confirmation: DestructiveConfirmation }): Promise<StaticApiReport>;
}


export function checkConfirmation(action: DestructiveAction, profile: { name: string; env: string }, confirmation: DestructiveConfirmation): void {
  if (confirmation.env.trim().toLowerCase() !== profile.env.trim().toLowerCase()) {
    throw new MainTextError('INVALID_INPUT', 'envMismatch', { action, confirmed: confirmation.env, name: profile.name, env: profile.env });
  }
  if (isProductionEnv(profile.env) && !confirmation.twice) {
    throw new MainTextError('INVALID_INPUT', 'needsSecondConfirmation', { name: profile.name, env: profile.env, action });
  }
}

/** The profile's own API base (checked again: the file may have been edited by hand). */
export function resolveApiBase(profile: { credentials: { apiBase?: string } }): string {
  const candidate = profile.credentials.apiBase ?? DEFAULT_COMMSEASE_API_BASE;
  const parsed = apiBaseSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw issue ? new MainTextError('INVALID_INPUT', 'apiBaseRefused', zodIssueParams(issue, 'detail')) : new MainTextError('INVALID_INPUT', 'apiBaseInvalid');
  }
  return parsed.data;
}

export function createStaticTokenService(deps: StaticTokenServiceDeps): StaticTokenService {
  async function run(
    operation: ServerApiOperation,
    request: { profileId: string; accid: string; confirmation?: DestructiveConfirmation },
    token: string | null,
  ): Promise<StaticApiReport> {
    const { profile, secret: appSecret } = await deps.vault.credentials(request.profileId, commsEaseFamily);
    if (request.confirmation) checkConfirmation(operation === 'refreshToken' ? 'refresh' : 'update', profile, request.confirmation);
    const apiBase = resolveApiBase(profile);
    await deps.destinations.require(profile, apiBase, 'api');
    const client = createServerApiClient({
      apiBase,
      credentials: { appKey: profile.credentials.appKey, appSecret },
      crypto: deps.crypto,
      randomBytes: deps.randomBytes,
      now: deps.now,
      timeoutMs: deps.timeoutMs,
      monotonicMs: deps.monotonicMs,
    });
    const outcome =
      operation === 'create'
        ? await client.create(request.accid, token)
        : operation === 'update'
          ? await client.update(request.accid, token as string)
          : await client.refreshToken(request.accid);
    const language = deps.language?.() ?? 'en';
    const t = mainT(language);
    const base = { operation, profileId: profile.id, accid: request.accid, env: profile.env, apiBase };
    if (outcome.kind !== 'ok') return { ...base, ...describeFailure(outcome, t), stored: false };
    const newToken = outcome.secretToken ?? token;
    if (newToken === null) {
      return { ...base, status: 'malformed_answer', stored: false, message: t('staticApi.noToken'), httpStatus: 200, code: 200, elapsedMs: outcome.elapsedMs };
    }
    const problem = outcome.secretToken !== null ? returnedTokenProblem(outcome.secretToken) : null;
    if (problem !== null) {
      return {
        ...base,
        status: 'malformed_answer',
        stored: false,
        message: t('staticApi.returnedUnstorable', { action: operation, ...problem }),
        httpStatus: 200,
        code: 200,
        elapsedMs: outcome.elapsedMs,
      };
    }
    try {
      if (outcome.secretToken !== null) await deps.store.setReturned(profile.id, request.accid, outcome.secretToken);
      else await deps.store.set(profile.id, request.accid, newToken);
    } catch (error) {
      const reason = error instanceof TokenLabError ? wordError(error, language) : t('staticApi.keychainRefused');
      const lost = outcome.secretToken !== null;
      return {
        ...base,
        status: 'ok',
        stored: false,
        message: t(lost ? 'staticApi.notStoredLost' : 'staticApi.notStored', { action: operation, reason }),
        httpStatus: 200,
        code: 200,
        elapsedMs: outcome.elapsedMs,
      };
    }
    const unusual =
      outcome.secretToken !== null && outcome.secretToken.length > STATIC_TOKEN_MAX_LENGTH
        ? ` ${t('staticApi.longToken', { length: outcome.secretToken.length, max: STATIC_TOKEN_MAX_LENGTH })}`
        : '';
    return { ...base, status: 'ok', stored: true, message: successMessage(operation, request.accid, outcome.secretToken !== null, t) + unusual, httpStatus: 200, code: 200, elapsedMs: outcome.elapsedMs };
  }

  return {
    create: async (request) => {
      const accid = validateAccid(request.accid);
      const token = request.token === null || request.token.trim() === '' ? null : normalizeStaticToken(request.token);
      return run('create', { ...request, accid }, token);
    },
    update: async (request) => {
      const accid = validateAccid(request.accid);
      const token = normalizeStaticToken(request.token);
      return run('update', { ...request, accid }, token);
    },
    refresh: async (request) => {
      const accid = validateAccid(request.accid);
      return run('refreshToken', { ...request, accid }, null);
    },
  };
}

function successMessage(operation: ServerApiOperation, accid: string, generated: boolean, t: MainTranslate): string {
  switch (operation) {
    case 'create':
      return t(generated ? 'staticApi.createdGenerated' : 'staticApi.createdGiven', { accid });
    case 'update':
      return t('staticApi.updated', { accid });
    case 'refreshToken':
      return t('staticApi.refreshed', { accid });
  }
}

function describeFailure(
  outcome: Exclude<ServerApiOutcome, { kind: 'ok' }>,
  t: MainTranslate,
): Omit<StaticApiReport, 'operation' | 'profileId' | 'accid' | 'env' | 'apiBase' | 'stored'> {
  switch (outcome.kind) {
    case 'api_error':
      return {
        status: 'api_error',
        message: outcome.desc ? t('staticApi.apiErrorDesc', { explanation: explainCommsEaseStatus(outcome.code, t), desc: outcome.desc }) : t('staticApi.apiError', { explanation: explainCommsEaseStatus(outcome.code, t) }),
        httpStatus: outcome.httpStatus,
        code: outcome.code,
        elapsedMs: outcome.elapsedMs,
      };
    case 'http_error':
      return {
        status: 'http_error',
        message: outcome.excerpt ? t('staticApi.httpErrorExcerpt', { status: outcome.httpStatus, excerpt: outcome.excerpt }) : t('staticApi.httpError', { status: outcome.httpStatus }),
        httpStatus: outcome.httpStatus,
        code: null,
        elapsedMs: outcome.elapsedMs,
      };
    case 'malformed_answer':
      return {
        status: 'malformed_answer',
        message: outcome.excerpt ? t('staticApi.malformedExcerpt', { problem: t(`answerProblem.${outcome.problemKey}`), excerpt: outcome.excerpt }) : t('staticApi.malformed', { problem: t(`answerProblem.${outcome.problemKey}`) }),
        httpStatus: outcome.httpStatus,
        code: null,
        elapsedMs: outcome.elapsedMs,
      };
    case 'timeout':
      return {
        status: 'timeout',
        message: t('staticApi.timeout', { timeoutMs: outcome.timeoutMs }),
        httpStatus: null,
        code: null,
        elapsedMs: outcome.elapsedMs,
      };
    case 'unreachable':
      return { status: 'unreachable', message: t('staticApi.unreachable', { detail: outcome.detail }), httpStatus: null, code: null, elapsedMs: outcome.elapsedMs };
  }
}
