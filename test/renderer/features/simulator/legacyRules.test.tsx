/**
 * The scenario form for Agora RTM 1.x and TRTC's PrivateMapKey, on a Chinese page: TRTC offers
 * the PrivateMapKey's lifetime (dropped for another platform), and each new rule's switch is a
 * checkbox in the reader's language with the rule's default.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SimulatorScreen } from '../../../../src/renderer/src/features/simulator/SimulatorScreen';
import { fakeBackend, storesFor } from '../../support/fakeBackend';
import { manualClock, renderWith } from '../../support/renderApp';

function open() {
  const backend = fakeBackend({ 'profiles:list': () => ({ profiles: [] }) });
  const stores = storesFor(backend);
  renderWith(stores, <SimulatorScreen />, manualClock(1_700_000_000_000).clock, 'zh-CN');
  return { user: userEvent.setup(), stores };
}

describe('scenario form, RTM 1.x and the TRTC PrivateMapKey (zh-CN)', () => {
  it('TRTC offers the PrivateMapKey lifetime and its removal switch; another platform drops them', async () => {
    const { user, stores } = open();
    const platform = screen.getByRole('combobox', { name: '平台' });
    await user.selectOptions(platform, 'tencent-trtc');
    await user.type(screen.getByRole('spinbutton', { name: /^PrivateMapKey 有效期/ }), '300');
    expect(stores.simulator.getState().slots.a.scenario.tencent).toEqual({ privateMapKeySeconds: 300 });
    const removes = screen.getByRole('checkbox', { name: 'PrivateMapKey 到期后立即将用户移出 TRTC 房间' }) as HTMLInputElement;
    expect(removes.checked).toBe(true);
    await user.click(removes);
    expect(stores.simulator.getState().slots.a.scenario.assumptions?.switches).toEqual({ trtcPrivateMapKeyRemoves: false });

    await user.selectOptions(platform, 'tencent-im');
    expect(stores.simulator.getState().slots.a.scenario.tencent).toBeUndefined();
    expect(screen.queryByRole('spinbutton', { name: /PrivateMapKey/ })).toBeNull();
  });

  it('RTM 1.x offers its three switches with their defaults', async () => {
    const { user } = open();
    await user.selectOptions(screen.getByRole('combobox', { name: '平台' }), 'agora-rtm-1');
    expect((screen.getByRole('checkbox', { name: '应用响应 onTokenExpired，重连继续进行' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: '令牌过期会结束已连接的 RTM 1.x 会话' }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('checkbox', { name: 'Agora RTM 1.x 在过期前 30 秒提醒（与 RTM 2.x 相同）' }) as HTMLInputElement).checked).toBe(false);
  });
});
