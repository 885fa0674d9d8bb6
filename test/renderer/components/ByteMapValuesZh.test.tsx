/** Issue 12: the byte map's Value column of an Agora 007 token in the reader's language. */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../../src/shared/families/registry';
import type { CryptoPort } from '../../../src/shared/crypto/cryptoPort';
import { InspectionDetails } from '../../../src/renderer/src/features/inspector/components/InspectionDetails';
import { fakeBackend, storesFor } from '../support/fakeBackend';
import { manualClock, renderWith } from '../support/renderApp';
import agora007File from '../../vectors/agora-accesstoken2.json';

const NOW = 1_700_000_000;
// Read without a certificate: nothing is signed or checked, so no primitive is called.
const noCrypto = new Proxy({}, { get: () => () => { throw new Error('no crypto in this test'); } }) as CryptoPort;
const v = (agora007File.vectors as unknown as { token: string }[])[0]!;
const inspection = defaultRegistry.inspect(v.token, { now: NOW }, noCrypto);
const expire = inspection.segments.find((s) => s.name === 'expire')!;

function render(lang: string) {
  renderWith(storesFor(fakeBackend({}), () => NOW), <InspectionDetails inspection={inspection} verifying={false} />, manualClock(NOW * 1000).clock, lang);
}

describe('byte-map values', () => {
  it('read in Chinese on the Chinese inspector (an Agora 007 lifetime: 秒（至 …）)', () => {
    render('zh-CN');
    expect(screen.queryByText(expire.value)).toBeNull();
    expect(screen.getByText(new RegExp(`^${expire.value.split(' ')[0]} 秒（至 .+）$`))).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/\(until |any user|no privileges/);
  });

  it('read as the engine’s value in English', () => {
    render('en');
    expect(screen.getByText(expire.value)).toBeTruthy();
  });
});
