import { readFile, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { createCallbackCaseStore, type CallbackCaseStore } from '../../../src/main/commsease/callbackCaseStore';
import { callbackCaseAccount } from '../../../src/main/vault/keychainAccounts';
import { join } from 'node:path';
import { CALLBACK_CASES_FILE_NAME } from '../../../src/main/commsease/callbackCaseStore';
import { createDataFile } from '../../../src/main/vault/dataFile';
import { createCallbackService, type CallbackService } from '../../../src/main/commsease/callbackService';
import { signLoginCallback } from '../../../src/main/commsease/loginCallbackTester';
import type { ProfileView } from '../../../src/shared/ipc/schemas/profile';
import { startFakeCallbackServer, type FakeCallbackServer } from '../../support/fakeCallbackServer';
import { createCommsEaseTestVault, type CommsEaseTestVault } from '../../support/commseaseVault';
import { fakeDestinationGate } from '../../support/fakeConfirm';

const APP_KEY = '0123456789abcdef0123456789abcdef';
const APP_SECRET = 'cases-app-secret';
const NOW_MS = 1_750_000_000_000;

let t: CommsEaseTestVault;
let server: FakeCallbackServer;
let cases: CallbackCaseStore;
let service: CallbackService;
let profile: ProfileView;

function openCases(): CallbackCaseStore {
  let n = 0;
  return createCallbackCaseStore({
    file: createDataFile(join(t.dataDir, CALLBACK_CASES_FILE_NAME), () => NOW_MS),
    secrets: t.secrets,
    readStaticToken: (id, accid) => t.vault.readStaticToken(id, accid),
    randomId: () => (++n).toString(16).padStart(16, 'a'),
  });
}

beforeEach(async () => {
  t = await createCommsEaseTestVault();
  server = await startFakeCallbackServer({ appSecret: APP_SECRET });
  profile = await t.addProfile({ name: 'Callbacks', appKey: APP_KEY, appSecret: APP_SECRET });
  cases = openCases();
  service = createCallbackService({ vault: t.vault, cases, destinations: fakeDestinationGate(), crypto: nodeCryptoPort, nowMs: () => NOW_MS, timeoutMs: 1000 });
});
afterEach(async () => {
  await server.close();
  await t.cleanup();
});

const base = { clientType: 'AOS' as const, clientIp: '1.2.3.4', loginExt: '' };

describe('saved callback test cases', () => {
  it('keeps the token in the keychain and only metadata in the JSON file', async () => {
    const saved = await cases.save(profile.id, { ...base, name: 'alice ok', accid: 'alice', expected: 'allowed', tokenSource: 'case', token: 'alice-secret-token' });
    expect(saved.tokenStored).toBe(true);
    expect(t.secrets.entries.get(callbackCaseAccount(profile.id, saved.id))).toBe('alice-secret-token');
    const onDisk = await readFile(join(t.dataDir, CALLBACK_CASES_FILE_NAME), 'utf8');
    expect(onDisk).toContain('"alice"');
    expect(onDisk).not.toContain('alice-secret-token');
    const reopened = await openCases().list(profile.id);
    expect(reopened.cases).toEqual([saved]);
  });

  it('runs all cases in one call with a pass/fail per case', async () => {
    server.users.set('alice', 'alice-token');
    await t.vault.setStaticToken(profile.id, 'bob', 'bob-static');
    server.users.set('bob', 'bob-static');
    await cases.save(profile.id, { ...base, name: 'alice allowed', accid: 'alice', expected: 'allowed', tokenSource: 'case', token: 'alice-token' });
    await cases.save(profile.id, { ...base, name: 'alice wrong token refused', accid: 'alice', expected: 'refused', tokenSource: 'case', token: 'nope' });
    await cases.save(profile.id, { ...base, name: 'bob via static token', accid: 'bob', expected: 'allowed', tokenSource: 'static' });
    await cases.save(profile.id, { ...base, name: 'expects refusal but allowed', accid: 'alice', expected: 'refused', tokenSource: 'case', token: 'alice-token' });
    const results = await service.runCases({ profileId: profile.id, url: server.url });
    expect(results.map((r) => [r.name, r.passed])).toEqual([
      ['alice allowed', true],
      ['alice wrong token refused', true],
      ['bob via static token', true],
      ['expects refusal but allowed', false],
    ]);
    expect(results[3]?.summary).toContain('expected refused, got allowed');
    expect(server.received.every((r) => r.md5Valid && r.checkSumValid)).toBe(true);
    expect((await cases.list(profile.id)).callbackUrl).toBe(server.url);
    expect(JSON.stringify(results)).not.toContain('alice-token');
  });

  it('never counts an answer without a decision as a pass', async () => {
    await cases.save(profile.id, { ...base, name: 'html answer', accid: 'alice', expected: 'allowed', tokenSource: 'case', token: 't' });
    server.setBehaviour({ kind: 'not_json' });
    const [result] = await service.runCases({ profileId: profile.id, url: server.url });
    expect(result).toMatchObject({ passed: false, httpStatus: 200 });
    expect(result?.summary).toContain('no decision');
  });

  it('reports a case whose static token is gone as not run', async () => {
    await cases.save(profile.id, { ...base, name: 'no static', accid: 'zed', expected: 'allowed', tokenSource: 'static' });
    const [result] = await service.runCases({ profileId: profile.id, url: server.url });
    expect(result).toMatchObject({ passed: false, decision: null });
    expect(result?.summary).toContain('no static token');
    expect(server.received).toHaveLength(0);
  });

  it('deleting a case removes its keychain token', async () => {
    const saved = await cases.save(profile.id, { ...base, name: 'x', accid: 'alice', expected: 'allowed', tokenSource: 'case', token: 'tok' });
    await cases.remove(profile.id, saved.id);
    expect(t.secrets.entries.has(callbackCaseAccount(profile.id, saved.id))).toBe(false);
    expect((await cases.list(profile.id)).cases).toEqual([]);
  });

  it('edits a case and keeps its stored token when none is given', async () => {
    const saved = await cases.save(profile.id, { ...base, name: 'x', accid: 'alice', expected: 'allowed', tokenSource: 'case', token: 'tok' });
    const edited = await cases.save(profile.id, { ...base, id: saved.id, name: 'renamed', accid: 'alice', expected: 'refused', tokenSource: 'case' });
    expect(edited).toMatchObject({ id: saved.id, name: 'renamed', expected: 'refused', tokenStored: true });
    await expect(cases.save(profile.id, { ...base, name: 'y', accid: 'alice', expected: 'allowed', tokenSource: 'case' })).rejects.toThrow(/needs the token/);
  });

  it('keeps a copy of a file that is not JSON aside and starts empty', async () => {
    await writeFile(join(t.dataDir, CALLBACK_CASES_FILE_NAME), '{not json');
    expect((await openCases().list(profile.id)).cases).toEqual([]);
    const { readdir } = await import('node:fs/promises');
    expect((await readdir(t.dataDir)).filter((f) => f.startsWith(`${CALLBACK_CASES_FILE_NAME}.corrupt-`))).toHaveLength(1);
  });
});

describe('callback service', () => {
  it('sends with the profile keys and verifies a captured callback with its AppSecret', async () => {
    server.users.set('amy', 'amy-token');
    const report = await service.send({ profileId: profile.id, url: server.url, accid: 'amy', token: 'amy-token', ...base });
    expect(report.decision.kind).toBe('login_allowed');

    const signed = signLoginCallback({ url: 'https://x.example/', appKey: APP_KEY, appSecret: APP_SECRET, accid: 'amy', token: 't', nowMs: NOW_MS, ...base, clientType: 'WEB' }, nodeCryptoPort);
    const headers = Object.entries(signed.headers).map(([k, v]) => `${k}: ${v}`).join('\n');
    expect((await service.verify({ profileId: profile.id, headers, body: signed.body })).verdict).toBe('valid');
  });

  it('refuses a ZEGO profile', async () => {
    const zego = await t.vault.add({ provider: 'zego', name: 'Z', appId: 1, secret: '0123456789abcdef0123456789abcdef' });
    await expect(service.verify({ profileId: zego.id, headers: '', body: '' })).rejects.toThrow(/needs a commsease one/);
  });
});
