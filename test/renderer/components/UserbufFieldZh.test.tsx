/** Issue 12: a Tencent userbuf that is not a PrivateMapKey — its field reads in the page's language (the engine's English in English). */
import { zlibSync } from 'fflate';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CryptoPort } from '../../../src/shared/crypto/cryptoPort';
import { defaultRegistry } from '../../../src/shared/families/registry';
import { encodeUserSigText } from '../../../src/shared/families/tencent-usersig-v2/format';
import { InspectionDetails } from '../../../src/renderer/src/features/inspector/components/InspectionDetails';
import { fakeBackend, storesFor } from '../support/fakeBackend';
import { manualClock, renderWith } from '../support/renderApp';

const NOW = 1_700_000_000;
// Read without a secret: nothing is signed or checked, so no primitive is called.
const noCrypto = new Proxy({}, { get: () => () => { throw new Error('no crypto in this test'); } }) as CryptoPort;
const base64 = (bytes: readonly number[]) => btoa(String.fromCharCode(...bytes));
const json = { 'TLS.ver': '2.0', 'TLS.identifier': 'alice', 'TLS.sdkappid': 1400000000, 'TLS.expire': 86400, 'TLS.time': NOW, 'TLS.userbuf': base64([7, 1, 2]), 'TLS.sig': base64(new Array<number>(32).fill(0)) };
const inspection = defaultRegistry.inspect(encodeUserSigText(zlibSync(new TextEncoder().encode(JSON.stringify(json)))), { now: NOW }, noCrypto);

function fieldValue(lang: string): string {
  renderWith(storesFor(fakeBackend({}), () => NOW), <InspectionDetails inspection={inspection} verifying={false} />, manualClock(NOW * 1000).clock, lang);
  const row = screen.getByRole('rowheader', { name: 'userbufParseError' }).closest('tr');
  return row?.querySelector('td')?.textContent ?? '';
}

describe('the userbufParseError field', () => {
  it('reads in Chinese on the Chinese inspector', () => {
    const text = fieldValue('zh-CN');
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(text).toContain('7');
    expect(text).not.toMatch(/unknown|version/);
  });

  it('is the engine’s English in English', () => {
    expect(fieldValue('en')).toBe('"unknown PrivateMapKey version 7"');
  });
});
