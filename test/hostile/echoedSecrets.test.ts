/**
 * A hostile server echoes back everything it receives, in every encoding: nothing it sends
 * back may carry a secret of ours to the renderer (IPC replies) or the terminal (CLI output).
 * And a stored token is not sent at all to an origin the person did not approve in main: the
 * server sees zero requests when the confirmation says no.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcReply } from '../../src/shared/ipc/reply';
import { runTokenlab } from '../support/cliHarness';
import { localOnlyFetch } from '../support/localOnlyFetch';
import { findSecrets, secretPatterns, type SecretPattern } from '../support/secretPatterns';
import { startIpcTestApp, type IpcTestApp } from '../support/ipcTestApp';
import { encodingsOf, startHostileServer, type HostileServer, type HostileWrapping } from './hostileServer';

const APP_KEY = 'hostileappkey0123456789abcdef012';
const APP_SECRET = 'H0stileAppSecretNeverEchoed/+=99';
/** Characters every encoding treats differently: "/", "+", "=", a space, a quote, a non-ASCII letter. */
const STATIC_TOKEN = 'H0stileStatic/+= "tok" é-42';
const LOGIN_TOKEN = 'H0stileLogin/+= "jwt" ü.17';
const NOW = 1_700_000_000;

const SECRETS = [APP_SECRET, STATIC_TOKEN, LOGIN_TOKEN];
const PATTERNS: SecretPattern[] = SECRETS.flatMap((secret) => [
  ...secretPatterns(secret),
  ...encodingsOf(secret).map((text, i) => ({ secret, encoding: `echo#${i}`, text })),
]);

/** Every string inside a reply, each as it is (not re-escaped by JSON.stringify). */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
}

function leaks(value: unknown): string[] {
  return findSecrets(stringsIn(value).join('\n'), PATTERNS).map((p) => `${p.encoding} of ${p.secret.slice(0, 12)}…`);
}

let app: IpcTestApp;
let hostile: HostileServer;
let profileId: string;

async function call<T>(channel: string, request: unknown): Promise<IpcReply<T>> {
  return (await app.dispatch(channel as never, request as never)) as IpcReply<T>;
}

async function serve(wrapping: HostileWrapping): Promise<void> {
  hostile = await startHostileServer(wrapping);
  const added = await call<{ profile: { id: string } }>('profiles:add', {
    provider: 'commsease',
    name: 'hostile',
    env: 'dev',
    appKey: APP_KEY,
    apiBase: `${hostile.url}/nimserver`,
    secret: APP_SECRET,
  });
  if (!added.ok) throw new Error(added.error.message);
  profileId = added.value.profile.id;
}

beforeEach(async () => {
  vi.stubGlobal('fetch', localOnlyFetch(globalThis.fetch));
  app = await startIpcTestApp({ nowMs: NOW * 1000 });
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await hostile.close();
  await app.close();
});

describe('over IPC, an echoed secret comes back masked in every encoding', () => {
  it.each(['api_desc', 'http_500'] as const)('static create and update against an API base that echoes (%s)', async (wrapping) => {
    await serve(wrapping);
    const created = await call('commsease:staticCreate', { profileId, accid: 'alice', token: STATIC_TOKEN });
    const updated = await call('commsease:staticUpdate', { profileId, accid: 'alice', token: STATIC_TOKEN, confirmation: { env: 'dev', twice: false } });
    expect(hostile.requests).toHaveLength(2);
    expect(hostile.requests[0]?.body).toContain(encodeURIComponent('H0stileStatic/')); // the token did go out, and was echoed
    expect(created.ok && updated.ok).toBe(true);
    expect(leaks([created, updated])).toEqual([]);
  });

  it.each(['callback_errcode', 'callback_not_json'] as const)('a login callback whose answer echoes the token (%s)', async (wrapping) => {
    await serve(wrapping);
    const reply = await call<{ response: { body: string }; decision: { reason: string } }>('commsease:callbackSend', {
      profileId,
      url: `${hostile.url}/callback`,
      accid: 'bob',
      token: LOGIN_TOKEN,
      clientType: 'WEB',
      clientIp: '127.0.0.1',
      loginExt: '',
    });
    expect(hostile.requests).toHaveLength(1);
    expect(reply.ok).toBe(true);
    if (reply.ok) expect(reply.value.response.body).toContain('•••');
    expect(leaks(reply)).toEqual([]);
  });

  it('saved cases run against an approved origin: summaries and decisions are masked too', async () => {
    await serve('callback_errcode');
    await call('commsease:staticSet', { profileId, accid: 'alice', token: STATIC_TOKEN });
    const base = { accid: 'alice', clientType: 'WEB', clientIp: '127.0.0.1', loginExt: '', expected: 'allowed' };
    await call('commsease:caseSave', { profileId, testCase: { ...base, name: 'static', tokenSource: 'static' } });
    await call('commsease:caseSave', { profileId, testCase: { ...base, name: 'own', tokenSource: 'case', token: LOGIN_TOKEN } });
    const run = await call('commsease:casesRun', { profileId, url: `${hostile.url}/callback` });
    expect(run.ok).toBe(true);
    expect(hostile.requests).toHaveLength(2);
    expect(leaks(run)).toEqual([]);
  });
});

describe('a stored token goes only where the person approved, in main', () => {
  it('sends nothing when the confirmation says no, and asks again next time', async () => {
    await serve('callback_not_json');
    await call('commsease:staticSet', { profileId, accid: 'alice', token: STATIC_TOKEN });
    await call('commsease:caseSave', {
      profileId,
      testCase: { name: 'static', accid: 'alice', clientType: 'WEB', clientIp: '', loginExt: '', expected: 'allowed', tokenSource: 'static' },
    });
    app.confirm.answer = false;
    const refused = await call('commsease:casesRun', { profileId, url: `${hostile.url}/anything` });
    expect(refused).toEqual({ ok: false, error: { code: 'NOT_CONFIRMED', message: expect.stringContaining('nothing was sent') } });
    expect(hostile.requests).toHaveLength(0);
    expect(app.confirm.questions.at(-1)?.message).toContain(hostile.url);

    await call('commsease:casesRun', { profileId, url: `${hostile.url}/anything` });
    expect(hostile.requests).toHaveLength(0);
    expect(app.confirm.questions.filter((q) => q.title.startsWith('Send stored tokens'))).toHaveLength(2);

    app.confirm.answer = true;
    expect((await call('commsease:casesRun', { profileId, url: `${hostile.url}/anything` })).ok).toBe(true);
    expect(hostile.requests).toHaveLength(1);
    // Remembered per profile and origin: the next run (another path, same origin) does not ask.
    const asked = app.confirm.questions.length;
    await call('commsease:casesRun', { profileId, url: `${hostile.url}/other-path` });
    expect(app.confirm.questions).toHaveLength(asked);
  });

  it('signed API calls to an API base nobody approved send nothing on "no"', async () => {
    app.confirm.answer = false;
    await serve('api_desc');
    const reply = await call('commsease:staticCreate', { profileId, accid: 'alice' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'NOT_CONFIRMED' } });
    expect(hostile.requests).toHaveLength(0);
  });
});

describe('in the CLI, an echoed secret is printed masked', () => {
  const cli = (argv: string[], stdin?: string) =>
    runTokenlab(argv, { now: NOW, env: { TOKENLAB_HOME: app.dataDir }, secretStore: app.secrets, ...(stdin !== undefined ? { stdin } : {}) });

  it.each(['callback_errcode', 'callback_not_json'] as const)('callback send, as text and --json (%s)', async (wrapping) => {
    await serve(wrapping);
    for (const json of [[], ['--json']]) {
      const r = await cli(['commsease', 'callback', 'send', '--profile', 'hostile', '--url', `${hostile.url}/cb`, '--accid', 'bob', '--client-type', 'WEB', ...json], LOGIN_TOKEN);
      expect(r.stdout).toContain('•••');
      expect(leaks(r.stdout + r.stderr)).toEqual([]);
    }
    expect(hostile.requests).toHaveLength(2);
  });

  it.each(['api_desc', 'http_500'] as const)('static create (%s)', async (wrapping) => {
    hostile = await startHostileServer(wrapping);
    const added = await cli(['profile', 'add', '--provider', 'commsease', '--name', 'cli-hostile', '--app-key', APP_KEY, '--api-base', `${hostile.url}/nimserver`], APP_SECRET);
    expect(added.code).toBe(0);
    const r = await cli(['commsease', 'static', 'create', '--profile', 'cli-hostile', '--accid', 'carl'], STATIC_TOKEN);
    expect(hostile.requests).toHaveLength(1);
    expect(r.code).toBe(1);
    expect(leaks(r.stdout + r.stderr)).toEqual([]);
  });
});
