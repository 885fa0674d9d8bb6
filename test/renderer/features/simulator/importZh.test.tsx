/**
 * A refused simulation import and a scenario's bad field, read in Chinese: the reason and each
 * field's problem come from the catalogue (no English sentence), and English reads as before.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SimulatorScreen } from '../../../../src/renderer/src/features/simulator/SimulatorScreen';
import { fakeBackend, storesFor } from '../../support/fakeBackend';
import { renderWith } from '../../support/renderApp';

async function refusal(lang: string, label: string, file: string): Promise<string> {
  const stores = storesFor(fakeBackend());
  const view = renderWith(stores, <SimulatorScreen />, undefined, lang);
  const input = within(view.container).getByLabelText(label) as HTMLInputElement;
  await userEvent.setup().upload(input, new File([file], 'x.json', { type: 'application/json' }));
  return (await within(view.container).findByRole('alert')).textContent ?? '';
}

const TTL_LABEL = /令牌有效期（秒）/;
const BAD_FIELDS = JSON.stringify({ platform: 'express', tokenTtlSeconds: -1, bogus: 1 });

describe('a refused import in Chinese', () => {
  it('words the reason and each bad field from the catalogue', async () => {
    const zh = await refusal('zh-CN', '导入场景或模拟结果（JSON）', BAD_FIELDS);
    expect(zh).toBe('导入被拒绝：场景有字段错误：tokenTtlSeconds 应 ≥ 1；bogus 不是已知的字段');
    expect(await refusal('zh-CN', '导入场景或模拟结果（JSON）', 'not json')).toBe('导入被拒绝：文件不是 JSON');
  });

  it('reads in English exactly as the importer’s message', async () => {
    expect(await refusal('en', 'Import scenario or simulation (JSON)', BAD_FIELDS)).toBe('Import refused: the scenario has bad fields: tokenTtlSeconds must be ≥ 1; bogus is not a known field');
    expect(await refusal('en', 'Import scenario or simulation (JSON)', '{"format": "other"}')).toBe('Import refused: unknown format "other"');
  });

  it('shows a bad field’s problem beside it in Chinese', async () => {
    const stores = storesFor(fakeBackend());
    renderWith(stores, <SimulatorScreen />, undefined, 'zh-CN');
    const ttl = screen.getByRole('spinbutton', { name: TTL_LABEL });
    const user = userEvent.setup();
    await user.clear(ttl);
    await user.type(ttl, '0');
    await user.tab();
    const described = document.getElementById(ttl.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toBe('应 ≥ 1');
  });
});
