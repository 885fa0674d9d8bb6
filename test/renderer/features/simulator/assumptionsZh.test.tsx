/**
 * The assumptions in Chinese: a zh-CN reader sees the run's assumptions (the engine's English
 * sentences, as main sends them) and the platforms' assumption switches in Chinese, with the
 * switch names ([assumptions.*]) kept so they can be typed into a scenario file.
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SimulatorScreen } from '../../../../src/renderer/src/features/simulator/SimulatorScreen';
import { simAssumptions } from '../../../../src/shared/sim/assumptions';
import { fakeBackend, settle, storesFor } from '../../support/fakeBackend';
import { renderWith } from '../../support/renderApp';
import { replyFor } from './fixtures';

function setup(lang: string) {
  // The real engine's assumption sentences for the scenario the screen sends.
  const backend = fakeBackend({ 'sim:run': (req) => ({ ...replyFor(req.scenario.renewal.policy), assumptions: simAssumptions(req.scenario), summary: { ...replyFor(req.scenario.renewal.policy).summary, assumptions: simAssumptions(req.scenario) } }) });
  renderWith(storesFor(backend), <SimulatorScreen />, undefined, lang);
  return userEvent.setup();
}

async function runAndReadAssumptions(lang: string, run: string, summaryName: string): Promise<string[]> {
  const user = setup(lang);
  await user.click(screen.getByRole('button', { name: run }));
  await act(settle);
  const summary = screen.getByRole('region', { name: summaryName });
  return within(summary)
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');
}

describe('simulator assumptions in Chinese', () => {
  it("lists the run's assumptions in Chinese, each still naming its switch", async () => {
    const items = await runAndReadAssumptions('zh-CN', '运行模拟', '场景 A 的汇总');
    expect(items.length).toBeGreaterThan(3);
    for (const item of items) expect(item).toMatch(/^假设 .*[\u4e00-\u9fff]/);
    expect(items).toContain('假设 ZIM 按设备时钟计算“即将过期”（过期时间 − 设备时间），设备时钟偏快则提前提醒、偏慢则推迟提醒；服务端按自己的时钟判定过期。[assumptions.sdkClock = device]');
    expect(items.some((i) => i.includes('[assumptions.warnAfterShortRenewal = true]'))).toBe(true);
  });

  it('keeps the English sentences in English', async () => {
    const items = await runAndReadAssumptions('en', 'Run simulation', 'Summary of scenario A');
    expect(items).toContain(`assumption ZIM times "will expire" by the device's clock (expire − device time), so a fast clock warns early and a slow one late; the server enforces expiry by its own clock. [assumptions.sdkClock = device]`);
  });

  it("words a platform's assumption switches in Chinese", async () => {
    const user = setup('zh-CN');
    await user.selectOptions(screen.getByRole('combobox', { name: '平台' }), 'agora-chat');
    expect(screen.getByRole('checkbox', { name: 'Agora Chat 在过期前 30 秒触发 onTokenWillExpire（提前量为假设）' })).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: /Agora Chat raises/ })).toBeNull();
  });
});
