/** "Try an example" names its samples and their inputs in the reader's language; the catalogue's English is the samples' own. */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { InspectorScreen } from '../../../src/renderer/src/features/inspector/InspectorScreen';
import { samplesEn, samplesZh } from '../../../src/shared/i18n/areas/samples';
import { SAMPLE_TOKENS } from '../../../src/shared/tokens/sampleTokens';
import { fakeBackend, storesFor } from '../support/fakeBackend';
import { renderWith } from '../support/renderApp';

async function samples(lang: string): Promise<string[]> {
  const backend = fakeBackend({ 'profiles:list': () => ({ profiles: [] }) });
  const stores = storesFor(backend, () => 1_800_000_000);
  await stores.profiles.getState().load();
  renderWith(stores, <InspectorScreen />, undefined, lang);
  const section = await screen.findByRole('region', { name: lang === 'en' ? 'Try an example' : /示例/ });
  return [...section.querySelectorAll('li.sample')].map((li) => li.textContent ?? '');
}

describe('sample tokens', () => {
  it('every sample has its English label and input names in the catalogue', () => {
    for (const s of SAMPLE_TOKENS) {
      expect(samplesEn.label[s.id as keyof typeof samplesEn.label]).toBe(s.label);
      for (const name of Object.keys(s.inputs)) {
        expect((samplesEn.input as Record<string, string>)[name], `${s.id} ${name}`).toBe(name);
        expect((samplesZh.input as Record<string, string>)[name], `${s.id} ${name}`).toEqual(expect.stringMatching(/./));
      }
    }
  });
  it('are labelled in Chinese for zh-CN', async () => {
    const items = await samples('zh-CN');
    expect(items).toHaveLength(SAMPLE_TOKENS.length);
    expect(items.some((text) => text.includes('网易云信动态令牌'))).toBe(true);
    expect(items.some((text) => text.includes('声网 AccessToken2（007）· RTC 主播') && text.includes('App 证书 fedcba') && text.includes('频道名 sample-channel'))).toBe(true);
    expect(items.join('\n')).not.toMatch(/room privilege|publisher|dynamic token|secret key|HMAC key|API key/);
    expect(items.some((text) => text.includes('Twilio 访问令牌') && text.includes('API Key SID SK0') && text.includes('API Key 密钥 sample0twilio'))).toBe(true);
  });
  it('read as before in English', async () => {
    const items = await samples('en');
    expect(items.some((text) => text.includes('Agora AccessToken2 (007) · RTC publisher') && text.includes('App Certificate fedcba'))).toBe(true);
  });
});
