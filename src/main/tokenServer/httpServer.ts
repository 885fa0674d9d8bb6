/**
 * The token server's HTTP side: node:http on a loopback address, routes shaped like the token
 * endpoints customers write, and every refusal as a JSON error naming its cause.
 *
 * Routes: `GET /token?profile=…&user=…&ttl=…` plus the family's own parameters, and
 * `GET /token/<family>` (e.g. /token/agora) for every family of the registry; both take the
 * family's field names (familyQuery.ts). Order of checks per request: Host header (DNS
 * rebinding), Origin (CORS off unless listed), method and route, bearer key (constant time),
 * rate limit, query string, profile, family parameters, TTL ceiling, the family's schema —
 * then the fault decision and the mint through the signing service. Every request, refused or
 * not, gives one log line without the token text or the key.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isTokenLabError } from '../../shared/errors';
import type { ServerFaults } from '../../shared/tokenServer/faultConfig';
import { decideFault, type FaultName } from '../../shared/tokenServer/faultDecision';
import type { RequestLogEntry } from '../../shared/tokenServer/requestLog';
import type { ServerSettings } from '../../shared/tokenServer/serverSettings';
import type { TokenFamily } from '../../shared/families/family';
import { askedTtl as askedTtlOf, checkFamilyRequest, familyQueryOf, familyRequestFromQuery, type FamilyQuery } from '../../shared/tokenServer/familyQuery';
import { parseTokenQuery, type QueryError } from '../../shared/tokenServer/tokenQuery';
import { bearerMatches } from './bearerKey';
import type { ProfileGate, TokenMinter } from './ports';
import { createRateLimiter } from './rateLimiter';

export const MAX_URL_LENGTH = 4096;
export const MAX_HEADER_BYTES = 8192;
/** Far enough in the past that no clock leeway (JWT checks allow 5 minutes) lets it pass. */
const EXPIRED_FAULT_AGO_SECONDS = 600;

export interface TokenHttpServerDeps {
  settings: Omit<ServerSettings, 'faults'>;
  minter: TokenMinter;
  gate: ProfileGate;
  /** The current key and faults, read per request: a rotation or a new fault acts on the next one. */
  key(): string;
  faults(): ServerFaults;
  /** Prod-tagged profiles were enabled for this run and confirmed. */
  prodConfirmed: boolean;
  nowMs(): number;
  sleep(ms: number): Promise<void>;
  onLog(entry: RequestLogEntry): void;
}

export interface RunningHttpServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

type ErrorCode =
  | QueryError['code']
  | 'host_refused'
  | 'origin_refused'
  | 'method_not_allowed'
  | 'not_found'
  | 'unauthorized'
  | 'rate_limited'
  | 'uri_too_long'
  | 'profile_not_found'
  | 'profile_not_served'
  | 'prod_profile_refused'
  | 'ttl_too_long'
  | 'server_error'
  | 'outage'
  | 'injected_failure'
  | 'mint_failed';

function error(status: number, code: ErrorCode, message: string, extra: Record<string, unknown> = {}): Answer {
  return { status, body: { error: { code, message, ...extra } } };
}

const bounded = (text: string | null | undefined): string | null => (text == null ? null : text.slice(0, 128));

/** The name a family goes by in answers, the log and routes: its first CLI name (`tokenlab generate <name>`). */
const shownName = (family: TokenFamily): string => family.cliNames[0] ?? family.id;

/** The "other user" fault: a text user with "-other" appended, a numeric one plus one; undefined when the request names none. */
function otherUser(value: unknown): unknown {
  if (typeof value === 'string') return `${value}-other`;
  if (typeof value === 'number') return value + 1;
  return undefined;
}

/** Host header values that name this server: loopback name + our port (anything else may be DNS rebinding). */
function hostAllowed(host: string | undefined, bound: string, port: number): boolean {
  if (host === undefined) return false;
  const allowed = [`${bound}:${port}`, `localhost:${port}`];
  return allowed.includes(host.toLowerCase());
}

export async function startTokenHttpServer(deps: TokenHttpServerDeps): Promise<RunningHttpServer> {
  const { settings } = deps;
  const limiter = createRateLimiter(settings.rateLimitPerSecond, deps.nowMs);
  const { registry } = deps.minter;
  const queries = new Map<string, FamilyQuery>();
  const queryOf = (family: TokenFamily): FamilyQuery => {
    let fq = queries.get(family.id);
    if (!fq) queries.set(family.id, (fq = familyQueryOf(family)));
    return fq;
  };
  /**
   * The profile a request without `profile=` means: the run's only profile, or on a
   * per-family route its only profile of that family; '' when that is not one profile.
   */
  async function defaultProfile(family: TokenFamily | undefined): Promise<string> {
    if (settings.profiles.length === 1) return settings.profiles[0]!;
    if (!family) return '';
    const ofFamily: string[] = [];
    for (const name of settings.profiles) {
      const facts = await deps.gate.describe(name).catch(() => null);
      if (facts?.familyId === family.id) ofFamily.push(name);
    }
    return ofFamily.length === 1 ? ofFamily[0]! : '';
  }
  /** `/token/<CLI name or id>`: the family of a per-family route; null for any other path. */
  const routeFamilyOf = (path: string): TokenFamily | null => {
    const match = /^\/token\/([a-z0-9-]{1,32})$/.exec(path);
    return (match && registry.byCliName(match[1]!)) || null;
  };
  const startedAt = deps.nowMs();
  let arrivals = 0;
  let tokenRequests = 0;
  let port = 0;
  const bindHost = settings.host === 'localhost' ? '127.0.0.1' : settings.host;
  const hostInUrl = bindHost === '::1' ? '[::1]' : bindHost;

  async function answer(req: IncomingMessage, log: Partial<RequestLogEntry> & { faults: FaultName[] }): Promise<Answer> {
    const rawUrl = req.url ?? '/';
    if (rawUrl.length > MAX_URL_LENGTH) return error(414, 'uri_too_long', `the URL is longer than ${MAX_URL_LENGTH} characters`);
    if (!hostAllowed(req.headers.host, hostInUrl, port)) return error(403, 'host_refused', 'this server answers only to 127.0.0.1 / localhost on its own port');
    const origin = req.headers.origin;
    if (origin !== undefined && !settings.corsOrigins.includes(origin)) {
      return error(403, 'origin_refused', 'requests from web pages are refused unless their origin is listed (CORS is off)');
    }
    let url: URL;
    try {
      url = new URL(rawUrl, 'http://127.0.0.1');
    } catch {
      return error(400, 'bad_parameter', 'the URL cannot be parsed', { parameters: [] });
    }
    log.route = bounded(url.pathname) ?? '/';
    if (req.method === 'OPTIONS' && origin !== undefined) return { status: 204, body: null };
    const routeFamily = url.pathname === '/token' ? undefined : routeFamilyOf(url.pathname);
    if (routeFamily === null) return error(404, 'not_found', `the routes are GET /token and GET /token/FAMILY (${registry.families.map(shownName).join(', ')})`);
    if (req.method !== 'GET') return { ...error(405, 'method_not_allowed', 'use GET'), headers: { Allow: 'GET' } };
    if (!bearerMatches(req.headers.authorization, deps.key())) {
      return { ...error(401, 'unauthorized', 'send the key shown at start as "Authorization: Bearer KEY"'), headers: { 'WWW-Authenticate': 'Bearer' } };
    }
    if (!limiter.tryTake()) {
      return { ...error(429, 'rate_limited', `more than ${settings.rateLimitPerSecond} requests a second`), headers: { 'Retry-After': String(limiter.retryAfterSeconds()) } };
    }

    let pairs: Array<[string, string]>;
    try {
      pairs = [...url.searchParams];
    } catch {
      return error(400, 'bad_parameter', 'the query string cannot be read', { parameters: [] });
    }
    const parsed = parseTokenQuery(pairs);
    if (!parsed.ok) return error(400, parsed.error.code, parsed.error.message, { parameters: parsed.error.parameters });
    const profileName = parsed.query.profile || (await defaultProfile(routeFamily));
    if (profileName === '') {
      return error(400, 'missing_parameter', 'parameter "profile" is required (a profile name) unless the run serves exactly one profile (of the route\'s family)', { parameters: ['profile'] });
    }
    log.profile = bounded(profileName);
    log.user = bounded(parsed.query.user || null);

    if (settings.profiles.length > 0 && !settings.profiles.some((p) => p.toLowerCase() === profileName.toLowerCase())) {
      return error(403, 'profile_not_served', `profile "${log.profile}" is not among the profiles this run serves`);
    }
    let facts;
    try {
      facts = await deps.gate.describe(profileName);
    } catch (e) {
      if (isTokenLabError(e) && e.code === 'PROFILE_NOT_FOUND') return error(404, 'profile_not_found', `no profile named "${log.profile}"`);
      throw e;
    }
    const family = registry.require(facts.familyId);
    log.family = shownName(family);
    const asked = parsed.query.family !== null ? registry.byCliName(parsed.query.family) : routeFamily;
    if (parsed.query.family !== null && asked === undefined) {
      return error(400, 'bad_parameter', `parameter "family": no token family "${bounded(parsed.query.family)}" (known: ${registry.families.map(shownName).join(', ')})`, { parameters: ['family'] });
    }
    if (routeFamily && asked !== routeFamily) {
      return error(400, 'bad_parameter', `parameter "family" names ${bounded(parsed.query.family)}, but the route is /token/${shownName(routeFamily)}`, { parameters: ['family'] });
    }
    if (asked && asked !== family) {
      return error(400, 'bad_parameter', `profile "${log.profile}" is a ${shownName(family)} profile (${family.label}), not ${shownName(asked)}`, { parameters: [parsed.query.family !== null ? 'family' : 'profile'] });
    }
    if (facts.prodTagged && !deps.prodConfirmed) {
      return error(403, 'prod_profile_refused', `profile "${log.profile}" is tagged prod; enable prod profiles for this run (with a confirmation) to serve it`);
    }

    const fq = queryOf(family);
    const built = familyRequestFromQuery(fq, parsed.query, null);
    if (!built.ok) return error(400, built.error.code, built.error.message, { parameters: built.error.parameters });
    const { request, parameterOf } = built.value;
    const userKey = fq.userField?.key ?? null;
    log.user = userKey !== null && request[userKey] !== undefined ? bounded(String(request[userKey])) : null;

    // The lifetime asked for, against the ceiling: clamped (the answer says so) or refused.
    const askedTtl = askedTtlOf(fq, parsed.query) ?? settings.defaultTtlSeconds;
    let ttlSeconds = askedTtl;
    let ttlNote: Record<string, unknown> = {};
    if (askedTtl > settings.maxTtlSeconds) {
      if (settings.overMaxTtl === 'refuse') {
        return error(400, 'ttl_too_long', `ttl ${askedTtl} is over this server's maximum of ${settings.maxTtlSeconds} s (refused; start with clamping to get the maximum instead)`, { parameters: [parameterOf.get(fq.ttlField?.key ?? '') ?? 'ttl'], maxTtlSeconds: settings.maxTtlSeconds });
      }
      ttlSeconds = settings.maxTtlSeconds;
      ttlNote = { ttlClamped: { asked: askedTtl, served: ttlSeconds, maxTtlSeconds: settings.maxTtlSeconds } };
    }
    if (fq.ttlField) request[fq.ttlField.key] = ttlSeconds;
    const checked = checkFamilyRequest(fq, built.value);
    if (!checked.ok) return error(400, checked.error.code, checked.error.message, { parameters: checked.error.parameters });

    tokenRequests += 1;
    const n = tokenRequests;
    const decision = decideFault(deps.faults(), n, deps.nowMs() - startedAt);
    log.faults = decision.applied;
    if (decision.latencyMs > 0) await deps.sleep(decision.latencyMs);
    if (decision.failure) {
      const why = { outage: 'an outage window of the fault config', 'nth-request': `request ${n} is set to fail`, 'error-rate': 'the error rate of the fault config' }[decision.failure.fault];
      return error(decision.failure.status, decision.failure.status === 503 ? 'outage' : 'injected_failure', `injected failure: ${why}`, { request: n });
    }
    if (decision.ttlOverrideSeconds !== null && fq.ttlField) {
      // The override is the tester's choice; the run's ceiling still bounds it.
      ttlSeconds = Math.min(decision.ttlOverrideSeconds, settings.maxTtlSeconds);
      request[fq.ttlField.key] = ttlSeconds;
      ttlNote = decision.ttlOverrideSeconds > ttlSeconds ? { ttlClamped: { asked: decision.ttlOverrideSeconds, served: ttlSeconds, maxTtlSeconds: settings.maxTtlSeconds } } : {};
    }
    const applied = new Set(decision.applied);
    if (decision.tokenFault === 'other-user') {
      const changed = userKey !== null ? otherUser(request[userKey]) : undefined;
      if (changed === undefined) applied.delete('other-user');
      else request[userKey!] = changed;
    }

    const nowSeconds = Math.floor(deps.nowMs() / 1000);
    const issuedAt = decision.tokenFault === 'expired' ? nowSeconds - ttlSeconds - EXPIRED_FAULT_AGO_SECONDS : nowSeconds;
    let minted;
    try {
      minted = await deps.minter.mint({ profile: profileName, request, nowSeconds: issuedAt, otherApp: decision.tokenFault === 'other-app' });
    } catch (e) {
      return error(500, 'mint_failed', isTokenLabError(e) ? e.message : 'the token could not be minted');
    }
    if (decision.tokenFault === 'other-app' && !minted.otherAppApplied) applied.delete('other-app');
    log.faults = decision.applied.filter((f) => applied.has(f));
    const expiresAt = minted.expiresAt ?? issuedAt + ttlSeconds;
    log.expiresAt = expiresAt;
    return { status: 200, body: { token: minted.token, expiresAt, family: shownName(family), ttlSeconds, request: n, ...ttlNote } };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    arrivals += 1;
    const at = deps.nowMs();
    const log: Partial<RequestLogEntry> & { faults: FaultName[] } = { faults: [] };
    let result: Answer;
    try {
      result = await answer(req, log);
    } catch (e) {
      result = error(500, 'server_error', isTokenLabError(e) ? e.message : 'internal error');
    }
    const headers: Record<string, string> = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...(result.headers ?? {}) };
    const origin = req.headers.origin;
    if (origin !== undefined && settings.corsOrigins.includes(origin)) {
      Object.assign(headers, { 'Access-Control-Allow-Origin': origin, Vary: 'Origin', 'Access-Control-Allow-Headers': 'Authorization', 'Access-Control-Allow-Methods': 'GET' });
    }
    if (result.body === null) res.writeHead(result.status, headers).end();
    else res.writeHead(result.status, { ...headers, 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(result.body));
    const body = result.body as { error?: { code?: string } } | null;
    deps.onLog({
      seq: arrivals,
      at,
      route: log.route ?? '/',
      family: log.family ?? null,
      profile: log.profile ?? null,
      user: log.user ?? null,
      latencyMs: Math.max(0, deps.nowMs() - at),
      faults: log.faults,
      status: result.status,
      expiresAt: log.expiresAt ?? null,
      error: body?.error?.code ?? null,
    });
  }

  const server: Server = createServer({ maxHeaderSize: MAX_HEADER_BYTES, requestTimeout: 30_000, headersTimeout: 10_000 }, (req, res) => {
    void handle(req, res);
  });
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: bindHost, port: settings.port, exclusive: true }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${hostInUrl}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
