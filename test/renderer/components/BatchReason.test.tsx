/** The batch table words each row's reason from the engine's code, as the inspection below does: Chinese for zh-CN. */
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { InspectorScreen } from '../../../src/renderer/src/features/inspector/InspectorScreen';
import { fakeBackend, settle, storesFor } from '../support/fakeBackend';
import { manualClock, renderWith } from '../support/renderApp';
import { commsEaseVectors, gcmVectors, vector } from '../support/vectors';

const room = vector(gcmVectors, (v) => v.variant === 'priv_login_only');
const YEARS_LATER = room.expect.now + 3 * 365 * 86_400;

async function batchReasons(lang: string): Promise<string[]> {
  const backend = fakeBackend({ 'profiles:list': () => ({ profiles: [] }) });
  const stores = storesFor(backend, () => YEARS_LATER);
  await stores.profiles.getState().load();
  renderWith(stores, <InspectorScreen />, manualClock(YEARS_LATER * 1000).clock, lang);
  const user = userEvent.setup();
  await user.click(screen.getByRole('textbox'));
  await user.paste([room.token, (commsEaseVectors[0] as { token: string }).token].join('\n'));
  await act(settle);
  return [...document.querySelectorAll<HTMLElement>('.batch-body .batch-reason')].map((cell) => cell.textContent ?? '');
}

describe('batch table reason', () => {
  it('is in Chinese for zh-CN, every family', async () => {
    expect(await batchReasons('zh-CN')).toEqual(['未提供密钥：外层过期时间显示3年前已过期，未经认证', '未提供 AppSecret：可读字段显示3年前已过期']);
  });
  it('stays in English for en, its long spans in years', async () => {
    const reasons = await batchReasons('en');
    expect(reasons[0]).toBe('no secret given: the outer expiry says it expired 3 years ago, unauthenticated');
  });
});
