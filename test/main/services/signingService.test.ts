import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { createSigningService, type SigningService } from '../../../src/main/services/signingService';
import { createMemorySecretStore, type MemorySecretStore } from '../../../src/main/vault/memorySecretStore';
import { createProfileStore } from '../../../src/main/vault/profileStore';
import { createProfileVault, type ProfileVault } from '../../../src/main/vault/profileVault';
import { loadVectors } from '../../support/vectors';
import { fakeRandomBytes } from '../../support/cliHarness';

const ZEGO_SECRET = 'fa94dd0f974cf2e293728a526b028271';
const NOW_MS = 1_700_000_000_000;

let dir: string;
let secrets: MemorySecretStore;
let vault: ProfileVault;
let signing: SigningService;
let n = 1;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tokenlab-signing-'));
  secrets = createMemorySecretStore();
  vault = createProfileVault({
    dataDir: dir,
    store: createProfileStore(dir, () => NOW_MS),
    secrets,
    now: () => NOW_MS / 1000,
    newId: () => (n++).toString(16).padStart(16, '0'),
  });
  signing = createSigningService({ vault, crypto: nodeCryptoPort, randomBytes: fakeRandomBytes(3), nowMs: () => NOW_MS });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('signing service', () => {
  it('mints a ZEGO token with the stored secret that verifies as valid for the profile app', async () => {
    const p = await vault.add({ provider: 'zego', name: 'z', appId: 777, secret: ZEGO_SECRET });
    const { token, inspection } = await signing.generate('zego-token04', p.id, { userId: 'u1', ttlSeconds: 600, roomId: 'r', privileges: ['login', 'publish'] });
    expect(token.startsWith('04')).toBe(true);
    expect(inspection).toMatchObject({ verdict: 'valid', layout: 'gcm', fields: { app_id: 777, user_id: 'u1', ctime: 1_700_000_000, expire: 1_700_000_600 } });
    expect(inspection.privilege).toEqual({ roomId: 'r', canLogin: true, canPublish: true, streamIds: null });
    const [again] = await signing.inspect([token], { profileId: p.id });
    expect(again?.verdict).toBe('valid');
    const [later] = await signing.inspect([token], { profileId: p.id, now: 1_700_000_600 });
    expect(later?.verdict).toBe('expired');
  });

  it('matches the published CommsEase vectors when minting by profile', async () => {
    const v = loadVectors('commsease-dynamic.json').find((x) => x.expect.verdict === 'valid' && x.variant === 'compact-sig-cur-ttl');
    if (!v) throw new Error('no CommsEase vector');
    const inputs = v.inputs as { appKey: string; accid: string; appSecret: string; curTime: number; ttl: number };
    const p = await vault.add({ provider: 'commsease', name: 'c', appKey: inputs.appKey, secret: inputs.appSecret });
    const service = createSigningService({ vault, crypto: nodeCryptoPort, randomBytes: fakeRandomBytes(1), nowMs: () => inputs.curTime });
    const { token, inspection } = await service.generate('commsease-dynamic', p.id, { accid: inputs.accid, ttlSeconds: inputs.ttl });
    expect(token).toBe(v.token); // compact JSON with signature, curTime, ttl: the engine's own style
    expect(inspection.verdict).toBe('valid');
  });

  it('says wrong_secret_or_tampered for a token minted with another profile, and unverified without a profile', async () => {
    const a = await vault.add({ provider: 'zego', name: 'a', appId: 1, secret: ZEGO_SECRET });
    const b = await vault.add({ provider: 'zego', name: 'b', appId: 1, secret: 'b'.repeat(32) });
    const { token } = await signing.generate('zego-token04', a.id, { userId: 'u', ttlSeconds: 60 });
    expect((await signing.inspect([token], { profileId: b.id }))[0]?.verdict).toBe('wrong_secret_or_tampered');
    expect((await signing.inspect([token], {}))[0]?.verdict).toBe('unverified');
  });

  it('refuses to mint with a profile of the other provider, or one without a stored secret', async () => {
    const z = await vault.add({ provider: 'zego', name: 'z', appId: 1, secret: ZEGO_SECRET });
    await expect(signing.generate('commsease-dynamic', z.id, { accid: 'a', ttlSeconds: 60 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const { json } = await vault.exportJson();
    await vault.delete(z.id);
    const [imported] = (await vault.importJson(json)).imported;
    await expect(signing.generate('zego-token04', imported!.id, { userId: 'u', ttlSeconds: 60 })).rejects.toMatchObject({ code: 'SECRET_MISSING' });
  });

  it('reports a locked keychain as such', async () => {
    const z = await vault.add({ provider: 'zego', name: 'z', appId: 1, secret: ZEGO_SECRET });
    secrets.setState('locked');
    await expect(signing.generate('zego-token04', z.id, { userId: 'u', ttlSeconds: 60 })).rejects.toMatchObject({ code: 'KEYCHAIN_LOCKED' });
  });
});
