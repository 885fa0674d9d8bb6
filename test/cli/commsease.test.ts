/**
 * `tokenlab commsease …` end to end in-process: a temp data folder, an in-memory keychain, the
 * fake CommsEase server API and a fake customer callback server on 127.0.0.1.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemorySecretStore, type MemorySecretStore } from '../../src/main/vault/memorySecretStore';
import { nodeCryptoPort } from '../../src/main/crypto/nodeCryptoPort';
import { signLoginCallback } from '../../src/main/commsease/loginCallbackTester';
import { runTokenlab, type CliRunOptions } from '../support/cliHarness';
import { startFakeCommsEase, type FakeCommsEase } from '../support/fakeCommsEase';
import { startFakeCallbackServer, type FakeCallbackServer } from '../support/fakeCallbackServer';
import { DESTINATION_APPROVALS_FILE } from '../../src/main/security/destinationApprovals';

const APP_KEY = 'abcdefabcdefabcdefabcdefabcdef12';
const APP_SECRET = 'cli-commsease-app-secret';
const NOW = 1_700_000_000;

let home: string;
let secrets: MemorySecretStore;
let fake: FakeCommsEase;
let callbackServer: FakeCallbackServer;

function cli(argv: string[], options: CliRunOptions = {}) {
  return runTokenlab(argv, { now: NOW, env: { TOKENLAB_HOME: home }, secretStore: secrets, ...options });
}

async function addProfile(name: string, env: string): Promise<void> {
  const r = await cli(['profile', 'add', '--provider', 'commsease', '--name', name, '--app-key', APP_KEY, '--env', env, '--api-base', fake.apiBase], {
    stdin: `${APP_SECRET}\n`,
  });
  expect(r.code).toBe(0);
}

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'tokenlab-cli-commsease-'));
  secrets = createMemorySecretStore();
  fake = await startFakeCommsEase({ appKey: APP_KEY, appSecret: APP_SECRET, now: () => NOW });
  callbackServer = await startFakeCallbackServer({ appSecret: APP_SECRET });
  await addProfile('acme', 'dev');
  await addProfile('acme-prod', 'prod');
});
afterEach(async () => {
  await fake.close();
  await callbackServer.close();
  await rm(home, { recursive: true, force: true });
});

const allOutput = (r: { stdout: string; stderr: string }) => r.stdout + r.stderr;

describe('tokenlab commsease static set / check', () => {
  it('stores a token from stdin and checks it: exit 0 on a match, 1 otherwise', async () => {
    const set = await cli(['commsease', 'static', 'set', '--profile', 'acme', '--accid', 'alice'], { stdin: 'alice-token\n' });
    expect(set.code).toBe(0);
    expect(allOutput(set)).not.toContain('alice-token');

    const match = await cli(['commsease', 'static', 'check', '--profile', 'acme', '--accid', 'alice', '--json', '--', 'alice-token']);
    expect(match.code).toBe(0);
    expect(JSON.parse(match.stdout)).toEqual({ accid: 'alice', profile: 'acme', verdict: 'matches' });

    const viaStdin = await cli(['commsease', 'static', 'check', '--profile', 'acme', '--accid', 'alice'], { stdin: 'other-token\n' });
    expect(viaStdin.code).toBe(1);
    expect(viaStdin.stdout).toContain('DOES NOT MATCH');

    const none = await cli(['commsease', 'static', 'check', '--profile', 'acme', '--accid', 'bob', '--json', '--', 'x']);
    expect(none.code).toBe(1);
    expect(JSON.parse(none.stdout).verdict).toBe('no_token_stored');
  });

  it('refuses a token given as an option, and an empty stdin, with exit 2', async () => {
    const asOption = await cli(['commsease', 'static', 'set', '--profile', 'acme', '--accid', 'alice', '--token=leak-me']);
    expect(asOption.code).toBe(2);
    expect(allOutput(asOption)).not.toContain('leak-me');
    expect((await cli(['commsease', 'static', 'set', '--profile', 'acme', '--accid', 'alice'], { stdin: '' })).code).toBe(2);
  });
});

describe('tokenlab commsease static create / update / refresh', () => {
  it('create with empty stdin lets CommsEase generate the token, stored in the keychain, printed nowhere', async () => {
    const r = await cli(['commsease', 'static', 'create', '--profile', 'acme', '--accid', 'carol', '--json']);
    expect(r.code).toBe(0);
    const generated = fake.accounts.get('carol')!;
    expect(allOutput(r)).not.toContain(generated);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'ok', stored: true, operation: 'create', env: 'dev' });
    const check = await cli(['commsease', 'static', 'check', '--profile', 'acme', '--accid', 'carol', '--', generated]);
    expect(check.code).toBe(0);
    expect(fake.secretSeen()).toBe(false);
  });

  it('refresh without --yes and without a terminal refuses with exit 2 and sends nothing', async () => {
    const r = await cli(['commsease', 'static', 'refresh', '--profile', 'acme', '--accid', 'carol']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--yes');
    expect(r.stderr).toContain('[dev]');
    expect(fake.requests).toHaveLength(0);
  });

  it('refresh --yes stores the new random token and prints no secret', async () => {
    await cli(['commsease', 'static', 'create', '--profile', 'acme', '--accid', 'dan'], { stdin: 'dan-old\n' });
    const r = await cli(['commsease', 'static', 'refresh', '--profile', 'acme', '--accid', 'dan', '--yes']);
    expect(r.code).toBe(0);
    const fresh = fake.accounts.get('dan')!;
    expect(fresh).not.toBe('dan-old');
    expect(allOutput(r)).not.toContain(fresh);
    expect(r.stdout).toContain('refreshed');
    expect((await cli(['commsease', 'static', 'check', '--profile', 'acme', '--accid', 'dan', '--', fresh])).code).toBe(0);
  });

  it('on a terminal, prod asks twice, naming the environment tag; a wrong answer sends nothing', async () => {
    const wrong = await cli(['commsease', 'static', 'refresh', '--profile', 'acme-prod', '--accid', 'eve'], { stdinIsTTY: true, prompts: ['yes', 'dev'] });
    expect(wrong.code).toBe(2);
    expect(fake.requests).toHaveLength(0);

    await cli(['commsease', 'static', 'create', '--profile', 'acme-prod', '--accid', 'eve'], { stdin: 'eve-1\n' });
    const confirmed = await cli(['commsease', 'static', 'refresh', '--profile', 'acme-prod', '--accid', 'eve'], { stdinIsTTY: true, prompts: ['yes', 'prod'] });
    expect(confirmed.code).toBe(0);
    expect(fake.accounts.get('eve')).not.toBe('eve-1');
  });

  it('update takes the token from the hidden prompt, then confirms once for dev', async () => {
    await cli(['commsease', 'static', 'create', '--profile', 'acme', '--accid', 'fay'], { stdin: 'fay-1\n' });
    const r = await cli(['commsease', 'static', 'update', '--profile', 'acme', '--accid', 'fay'], { stdinIsTTY: true, prompts: ['fay-2', 'yes'] });
    expect(r.code).toBe(0);
    expect(fake.accounts.get('fay')).toBe('fay-2');
  });

  it('a CommsEase error code is exit 1 with its documented meaning', async () => {
    fake.setBehaviour({ kind: 'api_error', code: 416, desc: 'too frequent' });
    const r = await cli(['commsease', 'static', 'refresh', '--profile', 'acme', '--accid', 'gus', '--yes']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('416 Rate upper limit is reached.');
  });

  it('takes no per-call --api-base: signed calls go to the profile\'s own base only', async () => {
    const r = await cli(['commsease', 'static', 'create', '--profile', 'acme', '--accid', 'hal', '--api-base', 'http://127.0.0.1:1/nimserver']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown option --api-base');
    expect(fake.requests).toHaveLength(0);
  });

  it('asks before signing calls to a base nobody approved here (an imported profile): refuses without a terminal, --yes goes', async () => {
    // As after an import: the profile names a non-CommsEase base that was never approved on this machine.
    await rm(join(home, DESTINATION_APPROVALS_FILE));
    const refused = await cli(['commsease', 'static', 'create', '--profile', 'acme', '--accid', 'hal', '--json'], { stdin: '' });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(new URL(fake.apiBase).origin);
    expect(refused.stderr).toContain('--yes');
    expect(fake.requests).toHaveLength(0);

    const asked = await cli(['commsease', 'static', 'create', '--profile', 'acme', '--accid', 'hal', '--json'], { stdinIsTTY: true, prompts: ['', 'no'] });
    expect(asked.code).toBe(2);
    expect(asked.stderr).toContain('not to CommsEase\'s documented https://api.netease.im');
    expect(fake.requests).toHaveLength(0);

    const yes = await cli(['commsease', 'static', 'create', '--profile', 'acme', '--accid', 'hal', '--yes', '--json'], { stdin: '' });
    expect(yes.code).toBe(0);
    const again = await cli(['commsease', 'static', 'create', '--profile', 'acme', '--accid', 'hal2', '--json'], { stdin: '' });
    expect(again.code).toBe(0); // remembered for this profile and origin
  });

  it('refuses a profile API base with "?" or "#" (the endpoint would land in the query)', async () => {
    const r = await cli(['profile', 'add', '--provider', 'commsease', '--name', 'q', '--app-key', APP_KEY, '--api-base', `${fake.apiBase}?x=1`], { stdin: `${APP_SECRET}\n` });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"?" or "#"');
  });
});

describe('tokenlab commsease callback send / verify', () => {
  it('sends the login callback and reports status, answer, time and decision (exit 0 when allowed)', async () => {
    callbackServer.users.set('ivy', 'ivy-token');
    const ok = await cli(['commsease', 'callback', 'send', '--profile', 'acme', '--url', callbackServer.url, '--accid', 'ivy', '--client-type', 'web', '--client-ip', '10.0.0.9', '--ext', 'x=1'], {
      stdin: 'ivy-token\n',
    });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('answer: HTTP 200');
    expect(ok.stdout).toContain('decision: login_allowed');
    expect(ok.stdout).not.toContain('ivy-token');
    expect(ok.stdout).not.toContain(APP_SECRET);
    expect(callbackServer.received[0]).toMatchObject({ md5Valid: true, checkSumValid: true });
    expect(callbackServer.received[0]?.body).toMatchObject({ fromClientType: 'WEB', fromClientIp: '10.0.0.9', loginExt: 'x=1' });

    const refused = await cli(['commsease', 'callback', 'send', '--profile', 'acme', '--url', callbackServer.url, '--accid', 'ivy', '--client-type', 'AOS', '--json'], {
      stdin: 'bad-token\n',
    });
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout).decision.kind).toBe('login_refused');
  });

  it('refuses an unknown client type with exit 2', async () => {
    const r = await cli(['commsease', 'callback', 'send', '--profile', 'acme', '--url', callbackServer.url, '--accid', 'ivy', '--client-type', 'MAC'], { stdin: 't\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('AOS, IOS, PC, WINPHONE, WEB, REST');
  });

  it('verifies a captured callback from files: exit 0 when MD5 and CheckSum hold, 1 when not', async () => {
    const signed = signLoginCallback(
      { url: 'https://c.example/', appKey: APP_KEY, appSecret: APP_SECRET, accid: 'ivy', token: 't', clientType: 'PC', clientIp: '', loginExt: '', nowMs: NOW * 1000 },
      nodeCryptoPort,
    );
    const headersFile = join(home, 'headers.txt');
    const bodyFile = join(home, 'body.json');
    await writeFile(headersFile, Object.entries(signed.headers).map(([k, v]) => `${k}: ${v}`).join('\r\n'));
    await writeFile(bodyFile, signed.body);
    const ok = await cli(['commsease', 'callback', 'verify', '--profile', 'acme', '--headers', headersFile, '--body', bodyFile]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^VALID/);

    await writeFile(bodyFile, signed.body.replace('"PC"', '"IOS"'));
    const bad = await cli(['commsease', 'callback', 'verify', '--profile', 'acme', '--headers', headersFile, '--body', bodyFile, '--json']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ verdict: 'md5_mismatch', checkSum: { status: 'ok' } });

    expect((await cli(['commsease', 'callback', 'verify', '--profile', 'acme', '--headers', join(home, 'missing'), '--body', bodyFile])).code).toBe(2);
  });
});
