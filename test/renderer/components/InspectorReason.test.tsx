/** The inspector words the engine's reason from its code: Chinese for zh-CN, years for long spans in English. */
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { inspectToken } from '../../../src/shared/tokens/inspect';
import { InspectorScreen } from '../../../src/renderer/src/features/inspector/InspectorScreen';
import { fakeBackend, settle, storesFor } from '../support/fakeBackend';
import { manualClock, renderWith } from '../support/renderApp';
import { gcmVectors, vector } from '../support/vectors';

const room = vector(gcmVectors, (v) => v.variant === 'priv_login_only');
const YEARS_LATER = room.expect.now + 3 * 365 * 86_400;

async function pasted(lang: string): Promise<string> {
  const backend = fakeBackend({ 'profiles:list': () => ({ profiles: [] }), 'tokens:inspect': ({ token }) => ({ inspection: inspectToken(token, { now: YEARS_LATER }) }) });
  const stores = storesFor(backend, () => YEARS_LATER);
  await stores.profiles.getState().load();
  renderWith(stores, <InspectorScreen />, manualClock(YEARS_LATER * 1000).clock, lang);
  const user = userEvent.setup();
  await user.click(screen.getByRole('textbox'));
  await user.paste(room.token);
  await act(settle);
  return document.querySelector('.inspection .reason')?.textContent ?? '';
}

describe('inspector reason', () => {
  it('reads an old outer expiry in years, not thousands of days', async () => {
    const reason = await pasted('en');
    expect(reason).toMatch(/^no secret given: the outer expiry says it expired 3 years ago, unauthenticated$/);
  });
  it('is in Chinese for zh-CN', async () => {
    expect(await pasted('zh-CN')).toBe('未提供密钥：外层过期时间显示3年前已过期，未经认证');
  });
});
