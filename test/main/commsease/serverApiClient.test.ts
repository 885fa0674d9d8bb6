import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { createServerApiClient, type ServerApiClient } from '../../../src/main/commsease/serverApiClient';
import { closedPort, startFakeCommsEase, type FakeCommsEase } from '../../support/fakeCommsEase';

const APP_KEY = 'a5b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8';
const APP_SECRET = 'c0ffee15a5ecre7';
const NOW = 1_750_000_000;

let fake: FakeCommsEase;
let counter = 0;
const randomBytes = (n: number): Uint8Array => Uint8Array.from({ length: n }, (_, i) => (i + counter++) & 0xff);

function client(options: { now?: number; apiBase?: string; secret?: string; timeoutMs?: number } = {}): ServerApiClient {
  return createServerApiClient({
    apiBase: options.apiBase ?? fake.apiBase,
    credentials: { appKey: APP_KEY, appSecret: options.secret ?? APP_SECRET },
    crypto: nodeCryptoPort,
    randomBytes,
    now: () => options.now ?? NOW,
    timeoutMs: options.timeoutMs ?? 5000,
  });
}

beforeEach(async () => {
  fake = await startFakeCommsEase({ appKey: APP_KEY, appSecret: APP_SECRET, now: () => NOW });
});
afterEach(async () => {
  await fake.close();
});

describe('CommsEase server API client against a fake that checks CheckSum as documented', () => {
  it('creates an account with a generated token, signed with AppKey/Nonce/CurTime/CheckSum and a form body', async () => {
    const outcome = await client().create('alice', null);
    expect(outcome.kind).toBe('ok');
    if (outcome.kind !== 'ok') return;
    expect(outcome.secretToken).toBe(fake.accounts.get('alice'));
    const request = fake.requests[0]!;
    expect(request.refusal).toBeNull();
    expect(request.path).toBe('/nimserver/user/create.action');
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded;charset=utf-8');
    expect(request.headers.curtime).toBe(String(NOW));
    expect(request.form).toEqual({ accid: 'alice' });
  });

  it('never sends the AppSecret itself, in any request', async () => {
    await client().create('alice', 'first-token');
    await client().update('alice', 'second-token');
    await client().refreshToken('alice');
    expect(fake.requests).toHaveLength(3);
    expect(fake.requests.every((r) => r.refusal === null)).toBe(true);
    expect(fake.secretSeen()).toBe(false);
  });

  it('updates with the given token and refreshes to a new random one that the outcome carries apart', async () => {
    await client().create('bob', 'initial-token');
    const updated = await client().update('bob', 'chosen-token');
    expect(updated).toMatchObject({ kind: 'ok', secretToken: null });
    expect(fake.accounts.get('bob')).toBe('chosen-token');
    const refreshed = await client().refreshToken('bob');
    expect(refreshed.kind).toBe('ok');
    if (refreshed.kind !== 'ok') return;
    expect(refreshed.secretToken).not.toBe('chosen-token');
    expect(refreshed.secretToken).toBe(fake.accounts.get('bob'));
    expect(fake.requests[2]?.form).toEqual({ accid: 'bob' });
  });

  it('gets 414 with the documented meaning when the AppSecret is wrong', async () => {
    const outcome = await client({ secret: 'not-the-secret' }).create('carol', null);
    expect(outcome).toMatchObject({ kind: 'api_error', code: 414, httpStatus: 200 });
    if (outcome.kind !== 'api_error') return;
    expect(outcome.explanation).toContain('Error parameters');
    expect(outcome.explanation).toContain('CheckSum');
    expect(fake.requests[0]?.refusal).toBe('checksum is wrong');
  });

  it('gets 414 when CurTime is more than 5 minutes off, and passes at 5 minutes', async () => {
    const stale = await client({ now: NOW - 301 }).create('dave', null);
    expect(stale).toMatchObject({ kind: 'api_error', code: 414 });
    expect(fake.requests[0]?.refusal).toContain('5 minutes');
    expect((await client({ now: NOW + 300 }).create('dave', null)).kind).toBe('ok');
  });

  it('explains other CommsEase error codes with their documented meaning and quotes desc', async () => {
    fake.setBehaviour({ kind: 'api_error', code: 416, desc: 'too frequently' });
    const outcome = await client().refreshToken('erin');
    expect(outcome).toMatchObject({ kind: 'api_error', code: 416, desc: 'too frequently' });
    if (outcome.kind === 'api_error') expect(outcome.explanation).toBe('416 Rate upper limit is reached. (slow down and retry later)');
  });

  it('reports a slow answer as a timeout after the deadline', async () => {
    fake.setBehaviour({ kind: 'slow', delayMs: 1500 });
    const outcome = await client({ timeoutMs: 200 }).refreshToken('frank');
    expect(outcome).toMatchObject({ kind: 'timeout', timeoutMs: 200 });
    expect(outcome.elapsedMs).toBeLessThan(1400);
  });

  it('reports malformed JSON as such, without quoting a token', async () => {
    fake.setBehaviour({ kind: 'malformed' });
    const outcome = await client().refreshToken('gina');
    expect(outcome).toMatchObject({ kind: 'malformed_answer', problem: 'the answer is not JSON', httpStatus: 200 });
  });

  it('reports a bare HTTP error with an excerpt of the body', async () => {
    fake.setBehaviour({ kind: 'http_status', status: 502, body: '<html>Bad Gateway</html>' });
    const outcome = await client().create('hank', 'hank-token');
    expect(outcome).toMatchObject({ kind: 'http_error', httpStatus: 502, excerpt: '<html>Bad Gateway</html>' });
  });

  it('reports a closed port as connection refused', async () => {
    const port = await closedPort();
    const outcome = await client({ apiBase: `http://127.0.0.1:${port}/nimserver` }).create('ivy', null);
    expect(outcome).toMatchObject({ kind: 'unreachable', detail: 'connection refused (nothing listens on that host and port)' });
  });
});
