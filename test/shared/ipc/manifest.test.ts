import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../../src/shared/ipc/contract';
import { APP_EVENT_NAMES } from '../../../src/shared/ipc/events';
import { isManifestEvent, MANIFEST_CHANNELS, MANIFEST_EVENTS } from '../../../src/shared/ipc/manifest';

// The type-check already refuses a missing or extra name; this is the same promise at run
// time, for a build that skipped tsc.
describe('the preload manifest (names only)', () => {
  it('lists exactly the contract channels', () => {
    expect([...MANIFEST_CHANNELS].sort()).toEqual([...IPC_CHANNELS].sort());
  });

  it('lists exactly the app events', () => {
    expect([...MANIFEST_EVENTS].sort()).toEqual([...APP_EVENT_NAMES].sort());
  });

  it('knows an event only by its own name, never by an inherited key', () => {
    expect(isManifestEvent('app:command')).toBe(true);
    expect(isManifestEvent('toString')).toBe(false);
    expect(isManifestEvent('__proto__')).toBe(false);
    expect(isManifestEvent('profiles:list')).toBe(false);
    expect(isManifestEvent(7)).toBe(false);
  });
});
