import { describe, expect, it } from 'vitest';
import { CHANNEL_NAME_PATTERN } from '../../../src/shared/ipc/channel';
import { IPC_CHANNELS, IPC_CONTRACT, isIpcChannel } from '../../../src/shared/ipc/contract';
import { APP_EVENT_NAMES } from '../../../src/shared/ipc/events';

describe('IPC contract', () => {
  it('names every channel domain:verb, and no domain is the reserved "events"', () => {
    expect(IPC_CHANNELS.length).toBeGreaterThan(0);
    for (const channel of IPC_CHANNELS) {
      expect(channel).toMatch(CHANNEL_NAME_PATTERN);
      expect(channel.split(':')[0]).not.toBe('events');
    }
  });

  it('gives every channel a request schema, a response schema and a summary', () => {
    for (const channel of IPC_CHANNELS) {
      const spec = IPC_CONTRACT[channel];
      expect(typeof spec.summary).toBe('string');
      expect(spec.summary.length).toBeGreaterThan(5);
      expect(typeof spec.request.safeParse).toBe('function');
      expect(typeof spec.response.safeParse).toBe('function');
    }
  });

  it('refuses names that are not channels, including inherited object keys', () => {
    expect(isIpcChannel('profiles:list')).toBe(true);
    expect(isIpcChannel('toString')).toBe(false);
    expect(isIpcChannel('__proto__')).toBe(false);
    expect(isIpcChannel('profiles:getSecret')).toBe(false);
    expect(isIpcChannel(42)).toBe(false);
  });

  it('keeps event names apart from channel names', () => {
    for (const event of APP_EVENT_NAMES) expect(IPC_CHANNELS).not.toContain(event);
  });

  it('has no channel whose reply schema could carry a field called secret', () => {
    for (const channel of IPC_CHANNELS) {
      const shape = JSON.stringify(IPC_CONTRACT[channel].response.toJSONSchema?.() ?? {});
      expect(shape, channel).not.toMatch(/"secret"/i);
    }
  });
});
