/**
 * Verifying a pasted Agora 006 token in the inspector: the profile's family asks for the two
 * values the signature binds (channel and uid, each labelled and explained in the page's
 * language), sends them to main as the channel and the uid (never as the user), and the verdict
 * is the family's check with the vector's certificate, as main runs it.
 */
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { InspectorScreen } from '../../../src/renderer/src/features/inspector/InspectorScreen';
import type { CryptoPort } from '../../../src/shared/crypto/cryptoPort';
import { accessTokenTextsEn, accessTokenTextsZh } from '../../../src/shared/families/agora-accesstoken/texts';
import { defaultRegistry } from '../../../src/shared/families/registry';
import type { ProfileView } from '../../../src/shared/ipc/schemas/profile';
import { COMMSEASE_PROFILE, fakeBackend, settle, storesFor, ZEGO_PROFILE } from '../support/fakeBackend';
import { manualClock, renderWith } from '../support/renderApp';
import agora006File from '../../vectors/agora-accesstoken.json';

interface Vector {
  id: string;
  token: string;
  inputs: { appId: string; appCertificate: string };
  expect: { verdict: string; now: number; verifyWith: { channelName: string; uid: number | string } };
}
const vector = (id: string): Vector => (agora006File as unknown as { vectors: Vector[] }).vectors.find((v) => v.id.startsWith(id))!;
/** Built by the official builder for channel neg-legacy-1, uid 8080; the vectors' wrong-channel case verifies it for neg-legacy-X. */
const WRONG_CHANNEL = vector('at-neg-pub-007');
const V = WRONG_CHANNEL;
const NOW = V.expect.now;

const PROFILE: ProfileView = {
  ...ZEGO_PROFILE,
  id: 'b2c3d4e5f6071829',
  family: 'agora-accesstoken',
  provider: 'agora-006',
  credentials: { appId: V.inputs.appId },
  summary: 'App ID de13…da15',
  name: 'Agora legacy',
  appId: null,
};

/**
 * Node's HMAC for the fake main (this project is typed for the page, without Node's types): the
 * two primitives a 006 check uses, as main's nodeCryptoPort gives them; the others are not needed.
 */
interface NodeCryptoLike {
  createHmac(algorithm: string, key: Uint8Array): { update(data: Uint8Array): { digest(): Uint8Array } };
  timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean;
}
const nodeCrypto = (globalThis as unknown as { process: { getBuiltinModule(id: string): NodeCryptoLike } }).process.getBuiltinModule('node:crypto');
const utf8 = (v: string | Uint8Array): Uint8Array => (typeof v === 'string' ? new TextEncoder().encode(v) : v);

const unused = (): never => {
  throw new Error('not used by a 006 check');
};
const crypto: CryptoPort = {
  aesCbcEncrypt: unused,
  aesCbcDecryptNoPadding: unused,
  aesGcmEncrypt: unused,
  aesGcmDecrypt: unused,
  sha1Hex: unused,
  md5Hex: unused,
  sha256Hex: unused,
  // The port takes a string as its UTF-8 bytes.
  hmac: (algorithm, key, data) => new Uint8Array(nodeCrypto.createHmac(algorithm, utf8(key)).update(utf8(data)).digest()),
  timingSafeEqual: (a, b) => a.length === b.length && nodeCrypto.timingSafeEqual(a, b),
};

/**
 * Main in miniature: what the signing service does for `tokens:inspect` with PROFILE (its App
 * ID and the vector's certificate, the accid as the user, the request's channel and uid on top),
 * then the family's own check. The real service and handler are tested in test/main/ipc.
 */
function backendWithSigning() {
  return fakeBackend({
    'profiles:list': () => ({ profiles: [PROFILE, COMMSEASE_PROFILE] }),
    'tokens:inspect': ({ token, accid, expect }) => ({
      inspection: defaultRegistry.inspect(
        token,
        { now: NOW, secret: V.inputs.appCertificate, expect: { appId: V.inputs.appId, ...(accid !== undefined ? { userId: accid } : {}), ...expect } },
        crypto,
      ),
    }),
  });
}

async function setup(lang = 'en') {
  const backend = backendWithSigning();
  const stores = storesFor(backend, () => NOW);
  await stores.profiles.getState().load();
  renderWith(stores, <InspectorScreen />, manualClock(NOW * 1000).clock, lang);
  const user = userEvent.setup();
  return { backend, user };
}

async function verifyWith(lang: string, channel: string, uid: string) {
  const { backend, user } = await setup(lang);
  const zh = lang === 'zh-CN';
  await user.selectOptions(screen.getByRole('combobox', { name: zh ? /验证/ : /Verify with/ }), PROFILE.id);
  const texts = zh ? accessTokenTextsZh : accessTokenTextsEn;
  await user.type(screen.getByRole('textbox', { name: texts.verify.channel.label }), channel);
  await user.type(screen.getByRole('textbox', { name: texts.verify.uid.label }), uid);
  await user.click(screen.getByRole('textbox', { name: zh ? /令牌|Token|文本/ : 'Token or text' }));
  await user.paste(V.token);
  await act(settle);
  await act(settle);
  const result = screen.getByRole('region', { name: zh ? '检查结果' : 'Inspection result' });
  const badge = result.querySelector('h2.headline [data-verdict]');
  return { backend, result, verdict: badge?.getAttribute('data-verdict'), badge: badge?.textContent };
}

describe('verifying an Agora 006 token in the inspector', () => {
  it('asks for the channel and the uid, each explained, once a 006 profile is chosen', async () => {
    const { user } = await setup();
    expect(screen.queryByRole('textbox', { name: 'Channel name' })).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: /Verify with/ }), PROFILE.id);
    const channel = screen.getByRole('textbox', { name: 'Channel name' });
    const uid = screen.getByRole('textbox', { name: 'uid or account' });
    expect(channel).not.toBe(uid);
    expect(channel.getAttribute('aria-describedby') && document.getElementById(channel.getAttribute('aria-describedby')!)?.textContent).toBe(accessTokenTextsEn.verify.channel.help);
    expect(uid.getAttribute('aria-describedby') && document.getElementById(uid.getAttribute('aria-describedby')!)?.textContent).toBe(accessTokenTextsEn.verify.uid.help);
  });

  it('a CommsEase profile still asks for its one accid', async () => {
    const { user } = await setup();
    await user.selectOptions(screen.getByRole('combobox', { name: /Verify with/ }), COMMSEASE_PROFILE.id);
    expect(screen.queryByRole('textbox', { name: 'Channel name' })).toBeNull();
    expect(screen.getByRole('textbox', { name: 'accid' })).toBeTruthy();
  });

  it('is valid with the channel and uid the token was built for; they go to main as channel and uid', async () => {
    const { backend, result, verdict, badge } = await verifyWith('en', 'neg-legacy-1', '8080');
    expect(backend.callsTo('tokens:inspect').at(-1)).toEqual({ token: V.token, profileId: PROFILE.id, expect: { channel: 'neg-legacy-1', uid: '8080' } });
    expect([verdict, badge]).toEqual(['valid', 'Valid']);
    expect(result.querySelector('li[data-code="channel_mismatch"]')).toBeNull();
  });

  it('with a wrong channel: the vector verdict and a finding that names the channel as the cause', async () => {
    const { channelName, uid } = V.expect.verifyWith;
    const { result, verdict, badge } = await verifyWith('en', channelName, String(uid));
    expect(verdict).toBe(V.expect.verdict);
    expect(badge).toBe('Wrong secret or tampered');
    const finding = result.querySelector('li[data-code="channel_mismatch"]');
    expect(finding?.textContent).toContain(`The token was not built for channel "${channelName}"`);
  });

  it('says the same on a Chinese page: labels, verdict and the channel finding', async () => {
    const { channelName, uid } = V.expect.verifyWith;
    const { result, verdict, badge } = await verifyWith('zh-CN', channelName, String(uid));
    expect([verdict, badge]).toEqual([V.expect.verdict, '密钥错误或已被篡改']);
    expect(result.querySelector('li[data-code="channel_mismatch"]')?.textContent).toContain(`令牌不是为频道 "${channelName}" 生成的`);
  });

  it('valid on a Chinese page with the right channel and uid', async () => {
    const { verdict, badge } = await verifyWith('zh-CN', 'neg-legacy-1', '8080');
    expect([verdict, badge]).toEqual(['valid', '有效']);
  });
});

describe('the 006 inputs are in both languages', () => {
  it.each(['channel', 'uid'] as const)('%s: a label and an explanation in en and zh-CN, different words', (key) => {
    for (const texts of [accessTokenTextsEn, accessTokenTextsZh]) {
      expect(texts.verify[key].label.trim()).not.toBe('');
      expect(texts.verify[key].help.trim()).not.toBe('');
    }
    expect(accessTokenTextsZh.verify[key].help).not.toBe(accessTokenTextsEn.verify[key].help);
  });
});
