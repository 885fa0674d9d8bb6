import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { inspectToken } from '../../../src/shared/tokens/inspect';
import { InspectorScreen } from '../../../src/renderer/src/features/inspector/InspectorScreen';
import { fakeBackend, settle, storesFor, ZEGO_PROFILE } from '../support/fakeBackend';
import { manualClock, renderWith } from '../support/renderApp';
import { commsEaseVectors, gcmVectors, vector } from '../support/vectors';

const room = vector(gcmVectors, (v) => v.variant === 'priv_login_only');
const NOW_MS = room.expect.now * 1000;

async function setup() {
  const backend = fakeBackend({
    'profiles:list': () => ({ profiles: [ZEGO_PROFILE] }),
    'tokens:inspect': ({ token }) => {
      // Main's verdict for this profile: what the engine says with the vector's secret and clock.
      const inspection = inspectToken(token, { now: room.expect.now });
      return {
        inspection: {
          ...inspection,
          verdict: 'valid',
          reason: 'authentic; expires in 1 h 50 m',
          fields: room.expect.fields,
          privilege: { roomId: 'room1', canLogin: true, canPublish: false, streamIds: null },
        },
      };
    },
  });
  const stores = storesFor(backend, () => room.expect.now);
  await stores.profiles.getState().load();
  const clock = manualClock(NOW_MS);
  renderWith(stores, <InspectorScreen />, clock.clock);
  return { backend, stores, clock, user: userEvent.setup() };
}

describe('InspectorScreen', () => {
  it('decodes a pasted token at once and labels each byte segment', async () => {
    const { user, backend } = await setup();
    const box = screen.getByRole('textbox', { name: 'Token or text' });
    await user.click(box);
    await user.paste(room.token);
    const result = screen.getByRole('region', { name: 'Inspection result' });
    expect(within(result).getByText('Unverified')).toBeTruthy();
    expect(within(result).getByText(/AES-GCM layout/)).toBeTruthy();
    expect(backend.callsTo('tokens:inspect')).toEqual([]);

    const nonce = within(result).getByRole('button', { name: /^GCM nonce: bytes 10–21 \(offset 10, length 12\)/ });
    fireEvent.focus(nonce);
    expect(within(result).getByText(/GCM nonce: bytes 10–21 .* = 1d2de7bd1fe738f048e84dc4/, { selector: '.segment-detail' })).toBeTruthy();
    const expiry = within(result).getByRole('row', { name: /expire \(outer header\)/ });
    expect(expiry.textContent).toMatch(/expires in 1h 50m/);
    expect(expiry.textContent).toMatch(/Feb 12, 2024, 16:12:41 UTC/);
  });

  it('verifies against a chosen profile and reads the privileges in words', async () => {
    const { user, backend } = await setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Verify with' }), ZEGO_PROFILE.id);
    await user.click(screen.getByRole('textbox', { name: 'Token or text' }));
    await user.paste(room.token);
    await act(settle);
    const result = screen.getByRole('region', { name: 'Inspection result' });
    expect(within(result).getByText('Valid')).toBeTruthy();
    expect(within(result).getByLabelText('Room privileges').textContent).toBe('Room privileges: may log in to room room1; may not publish');
    expect(within(result).getByRole('row', { name: /^user_id/ }).textContent).toContain('"u1001"');
    expect(backend.callsTo('tokens:inspect')).toEqual([{ token: room.token, profileId: ZEGO_PROFILE.id }]);
  });

  it('lists several tokens in a table that can be filtered by verdict', async () => {
    const { user } = await setup();
    await user.click(screen.getByRole('textbox', { name: 'Token or text' }));
    await user.paste(`a=${room.token} b=${gcmVectors[0]!.token}\n${commsEaseVectors[0]!.token}\nnot a token`);
    const table = screen.getByRole('table', { name: /Tokens found/ });
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'malformed');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(within(table).getByRole('row', { name: /not a token/ })).toBeTruthy();
  });

  it('inspects a dropped text file of tokens', async () => {
    await setup();
    const file = new File([`${room.token}\n${gcmVectors[1]!.token}\n${gcmVectors[2]!.token}\n`], 'tokens.log', { type: 'text/plain' });
    fireEvent.drop(screen.getByRole('textbox', { name: 'Token or text' }), { dataTransfer: { files: [file] } });
    const table = await screen.findByRole('table', { name: /Tokens found: 3 shown of 3/ });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
  });

  it('keeps the relative expiry live on the shared clock', async () => {
    const { user, clock } = await setup();
    await user.click(screen.getByRole('textbox', { name: 'Token or text' }));
    await user.paste(room.token);
    const row = () => screen.getByRole('row', { name: /expire \(outer header\)/ }).textContent;
    expect(row()).toMatch(/expires in 1h 50m/);
    act(() => clock.advance(2 * 3600 * 1000 + 1));
    expect(row()).toMatch(/expired 10m ago/);
    expect(clock.timers()).toBe(1);
  });

  it('takes a large paste straight into the table, not into the box, replacing what was selected', async () => {
    const { user, stores } = await setup();
    const box = screen.getByRole('textbox', { name: 'Token or text' }) as HTMLTextAreaElement;
    await user.click(box);
    await user.paste(room.token);
    box.setSelectionRange(0, box.value.length);
    const lines = Array.from({ length: 1200 }, (_, i) => `2024-02-12T14:00:00Z INFO req=${i} token=${gcmVectors[i % gcmVectors.length]!.token}`);
    const pasted = lines.join('\r\n');
    expect(pasted.length).toBeGreaterThan(200_000);
    // fireEvent returns false when the page took the paste (the box never holds the text).
    expect(fireEvent.paste(box, { clipboardData: { getData: (type: string) => (type === 'text/plain' ? pasted : '') } })).toBe(false);
    expect(stores.inspector.getState().text).toBe(lines.join('\n'));
    expect(await screen.findByText('1200 tokens found')).toBeTruthy();
    expect(box.value).toBe('');
    expect(box.placeholder).toMatch(/^1,200 lines/);
    expect(screen.getByRole('table', { name: /Tokens found: 1200 shown of 1200/ })).toBeTruthy();
  });
});
