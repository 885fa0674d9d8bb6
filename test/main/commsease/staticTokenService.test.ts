import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { createStaticTokenStore, type StaticTokenStore } from '../../../src/main/commsease/staticTokenStore';
import { createStaticTokenService, type StaticTokenService } from '../../../src/main/commsease/staticTokenService';
import { staticTokenAccount } from '../../../src/main/vault/keychainAccounts';
import type { ProfileView } from '../../../src/shared/ipc/schemas/profile';
import { startFakeCommsEase, type FakeCommsEase } from '../../support/fakeCommsEase';
import { createCommsEaseTestVault, type CommsEaseTestVault } from '../../support/commseaseVault';
import { createFakeConfirm, fakeDestinationGate, type FakeConfirm } from '../../support/fakeConfirm';

const APP_KEY = 'fe12ab34cd56ef78ab90cd12ef34ab56';
const APP_SECRET = 'static-app-secret';
const NOW = 1_750_000_000;

let t: CommsEaseTestVault;
let fake: FakeCommsEase;
let store: StaticTokenStore;
let service: StaticTokenService;
let dev: ProfileView;
let prod: ProfileView;
let confirm: FakeConfirm;

beforeEach(async () => {
  t = await createCommsEaseTestVault();
  fake = await startFakeCommsEase({ appKey: APP_KEY, appSecret: APP_SECRET, now: () => NOW });
  dev = await t.addProfile({ name: 'Acme dev', env: 'dev', appKey: APP_KEY, appSecret: APP_SECRET, apiBase: fake.apiBase });
  prod = await t.addProfile({ name: 'Acme prod', env: 'prod', appKey: APP_KEY, appSecret: APP_SECRET, apiBase: fake.apiBase });
  store = createStaticTokenStore(t.vault, nodeCryptoPort);
  let n = 0;
  confirm = createFakeConfirm(true);
  service = createStaticTokenService({
    vault: t.vault,
    store,
    destinations: fakeDestinationGate(confirm),
    crypto: nodeCryptoPort,
    randomBytes: (len) => Uint8Array.from({ length: len }, () => n++ & 0xff),
    now: () => NOW,
    timeoutMs: 3000,
  });
});
afterEach(async () => {
  await fake.close();
  await t.cleanup();
});

describe('static token store (vault + in-memory keychain)', () => {
  it('keeps the token in the keychain and answers the three verdicts', async () => {
    expect(await store.check(dev.id, 'alice', 'anything')).toBe('no_token_stored');
    await store.set(dev.id, 'alice', '  tok-alice-1  \n');
    expect(t.secrets.entries.get(staticTokenAccount(dev.id, 'alice'))).toBe('tok-alice-1');
    expect(await store.check(dev.id, 'alice', 'tok-alice-1')).toBe('matches');
    expect(await store.check(dev.id, 'alice', 'tok-alice-1\n')).toBe('matches');
    expect(await store.check(dev.id, 'alice', 'tok-alice-2')).toBe('does_not_match');
    expect(await store.check(dev.id, 'alice', 'tok')).toBe('does_not_match');
    expect(await store.accids(dev.id)).toEqual(['alice']);
  });

  it('keeps the tokens of two profiles apart', async () => {
    await store.set(dev.id, 'alice', 'dev-token');
    expect(await store.check(prod.id, 'alice', 'dev-token')).toBe('no_token_stored');
  });

  it('refuses what CommsEase would refuse: long accids, bad characters, empty or > 128-char tokens', async () => {
    await expect(store.set(dev.id, 'a'.repeat(33), 't')).rejects.toThrow(/32/);
    await expect(store.set(dev.id, 'bad accid', 't')).rejects.toThrow(/letters/);
    await expect(store.set(dev.id, 'alice', '   ')).rejects.toThrow(/empty/);
    await expect(store.set(dev.id, 'alice', 'x'.repeat(129))).rejects.toThrow(/128/);
  });

  it('surfaces a locked keychain as a typed error', async () => {
    await store.set(dev.id, 'alice', 'tok');
    t.secrets.setState('locked');
    await expect(store.check(dev.id, 'alice', 'x')).rejects.toMatchObject({ code: 'KEYCHAIN_LOCKED' });
  });
});

describe('static token service against the fake CommsEase', () => {
  it('create without a token stores the generated one; the report holds no secret', async () => {
    const report = await service.create({ profileId: dev.id, accid: 'bob', token: null });
    expect(report).toMatchObject({ status: 'ok', stored: true, operation: 'create', env: 'dev', apiBase: fake.apiBase });
    const generated = fake.accounts.get('bob')!;
    expect(await store.check(dev.id, 'bob', generated)).toBe('matches');
    expect(JSON.stringify(report)).not.toContain(generated);
    expect(fake.secretSeen()).toBe(false);
  });

  it('refresh puts the new random token straight into the keychain', async () => {
    await service.create({ profileId: dev.id, accid: 'carol', token: 'carol-old' });
    const report = await service.refresh({ profileId: dev.id, accid: 'carol', confirmation: { env: 'dev', twice: false } });
    expect(report).toMatchObject({ status: 'ok', stored: true, operation: 'refreshToken' });
    const fresh = fake.accounts.get('carol')!;
    expect(fresh).not.toBe('carol-old');
    expect(await store.check(dev.id, 'carol', fresh)).toBe('matches');
    expect(await store.check(dev.id, 'carol', 'carol-old')).toBe('does_not_match');
    expect(JSON.stringify(report)).not.toContain(fresh);
  });

  it('update sets the chosen token on CommsEase and in the keychain', async () => {
    await service.create({ profileId: dev.id, accid: 'dan', token: 'dan-1' });
    const report = await service.update({ profileId: dev.id, accid: 'dan', token: 'dan-2', confirmation: { env: 'dev', twice: false } });
    expect(report.status).toBe('ok');
    expect(fake.accounts.get('dan')).toBe('dan-2');
    expect(await store.check(dev.id, 'dan', 'dan-2')).toBe('matches');
  });

  it('sends nothing when the confirmation names another environment, or prod was confirmed once', async () => {
    await expect(service.refresh({ profileId: dev.id, accid: 'eve', confirmation: { env: 'prod', twice: true } })).rejects.toThrow(/tagged "dev"/);
    await expect(service.refresh({ profileId: prod.id, accid: 'eve', confirmation: { env: 'prod', twice: false } })).rejects.toThrow(/second confirmation/);
    expect(fake.requests).toHaveLength(0);
  });

  it('reports a CommsEase error with its meaning and leaves the keychain alone', async () => {
    await store.set(dev.id, 'fay', 'fay-kept');
    const report = await service.refresh({ profileId: dev.id, accid: 'fay', confirmation: { env: 'dev', twice: false } });
    expect(report).toMatchObject({ status: 'api_error', code: 414, stored: false });
    expect(report.message).toContain('accid not exist');
    expect(await store.check(dev.id, 'fay', 'fay-kept')).toBe('matches');
  });

  it('asks once, in main, before signing calls to an API base that is not CommsEase\'s own; a "no" sends nothing', async () => {
    confirm.answer = false;
    await expect(service.create({ profileId: dev.id, accid: 'gus', token: null })).rejects.toMatchObject({ code: 'NOT_CONFIRMED' });
    expect(fake.requests).toHaveLength(0);
    expect(confirm.questions).toHaveLength(1);
    expect(confirm.questions[0]?.message).toContain(new URL(fake.apiBase).origin);
    expect(confirm.questions[0]?.detail).toMatch(/does not cover the request body/);

    confirm.answer = true;
    expect(await service.create({ profileId: dev.id, accid: 'gus', token: null })).toMatchObject({ status: 'ok', apiBase: fake.apiBase });
    await service.create({ profileId: dev.id, accid: 'gus2', token: null });
    expect(confirm.questions).toHaveLength(2); // remembered after the "yes": not asked a third time
  });

  it('keeps a refreshed token longer than the documented 128 characters, and says so (not "the keychain refused it")', async () => {
    await service.create({ profileId: dev.id, accid: 'ida', token: 'ida-1' });
    fake.nextRefreshToken = 'r'.repeat(130);
    const report = await service.refresh({ profileId: dev.id, accid: 'ida', confirmation: { env: 'dev', twice: false } });
    expect(report).toMatchObject({ status: 'ok', stored: true });
    expect(report.message).toContain('130 characters');
    expect(report.message).not.toMatch(/keychain refused|could not be stored/);
    expect(await store.check(dev.id, 'ida', 'r'.repeat(130))).toBe('matches');
  });

  it('says so when CommsEase changed the token but the keychain refused it', async () => {
    await service.create({ profileId: dev.id, accid: 'hal', token: 'hal-1' });
    const failing = createStaticTokenService({
      vault: t.vault,
      store: { ...store, set: async () => Promise.reject(new Error('boom')), setReturned: async () => Promise.reject(new Error('boom')) },
      destinations: fakeDestinationGate(),
      crypto: nodeCryptoPort,
      randomBytes: (len) => new Uint8Array(len).fill(7),
      now: () => NOW,
    });
    const report = await failing.refresh({ profileId: dev.id, accid: 'hal', confirmation: { env: 'dev', twice: false } });
    expect(report).toMatchObject({ status: 'ok', stored: false });
    expect(report.message).toContain('not kept anywhere');
  });
});

describe('the static token report in the language picked in the app', () => {
  it('says what the call did in Chinese, and in English as before', async () => {
    let language: 'en' | 'zh-CN' = 'en';
    const worded = createStaticTokenService({
      vault: t.vault,
      store,
      destinations: fakeDestinationGate(confirm),
      crypto: nodeCryptoPort,
      randomBytes: (len) => new Uint8Array(len).fill(7),
      now: () => NOW,
      timeoutMs: 3000,
      language: () => language,
    });
    const english = await worded.create({ profileId: dev.id, accid: 'erin', token: 'erin-1' });
    expect(english.message).toBe('Account "erin" created with the given token, now stored in the keychain.');
    language = 'zh-CN';
    const refreshed = await worded.refresh({ profileId: dev.id, accid: 'erin', confirmation: { env: 'dev', twice: false } });
    expect(refreshed.message).toBe('“erin”的令牌已刷新；新的随机令牌已存入钥匙串（不显示）。');
    await expect(worded.refresh({ profileId: dev.id, accid: 'erin', confirmation: { env: 'prod', twice: false } })).rejects.toMatchObject({
      textKey: 'envMismatch',
      message: 'the refresh was confirmed for environment "prod", but profile "Acme dev" is tagged "dev"; nothing was sent',
    });
    // A CommsEase status code's meaning and hint read in Chinese too; the vendor's desc stays as sent.
    const refused = await worded.refresh({ profileId: dev.id, accid: 'fay', confirmation: { env: 'dev', twice: false } });
    expect(refused.message).toMatch(/^云信拒绝了它，错误码 414：参数错误。（CheckSum 校验失败时也返回它：.*）——desc：“.*accid not exist.*”。$/);
  });
});
