/**
 * The Token server screen's store: it sends the form as settings, keeps the key that start
 * and rotate return (status never carries it), takes log lines from the main→renderer event,
 * refuses a fault config with a bad field before calling main, and opens a saved log.
 */
import { describe, expect, it } from 'vitest';
import { createAppStores } from '../../../src/renderer/src/app/stores';
import { serverFaultsSchema } from '../../../src/shared/tokenServer/faultConfig';
import type { RequestLogEntry } from '../../../src/shared/tokenServer/requestLog';
import { fakeBackend } from '../support/fakeBackend';

const KEY = 'k'.repeat(43);
const status = (running: boolean) => ({
  running,
  url: running ? 'http://127.0.0.1:4000' : null,
  startedAt: running ? 1 : null,
  settings: null,
  faults: serverFaultsSchema.parse({}),
  requests: 0,
});
const entry = (seq: number): RequestLogEntry => ({ seq, at: 1_700_000_000_000 + seq * 1000, route: '/token', family: 'zego', profile: 'dev', user: 'alice', latencyMs: 2, faults: [], status: 200, expiresAt: 1_700_000_040 + seq, error: null });

function setup() {
  const backend = fakeBackend({
    'tokenServer:start': () => ({ url: 'http://127.0.0.1:4000', key: KEY, status: status(true) }),
    'tokenServer:rotateKey': () => ({ key: 'r'.repeat(43) }),
    'tokenServer:setFaults': () => status(true),
    'tokenServer:status': () => status(true),
    'tokenServer:log': () => ({ entries: [] }),
  });
  const stores = createAppStores({ api: backend.api, now: () => 1_700_000_000 });
  return { backend, stores, ts: stores.tokenServer };
}

describe('token server store', () => {
  it('starts with the form as settings and the fault config, and keeps the key it was given', async () => {
    const { backend, ts } = setup();
    ts.getState().setForm({ port: '8787', profiles: 'dev, qa', corsOrigins: 'http://localhost:5173\n' });
    ts.getState().setFaultsText('{"ttlOverrideSeconds": 40, "failRequests": [3]}');
    await ts.getState().start();
    expect(backend.callsTo('tokenServer:start')[0]).toMatchObject({ port: 8787, profiles: ['dev', 'qa'], corsOrigins: ['http://localhost:5173'], faults: { ttlOverrideSeconds: 40, failRequests: [3] } });
    expect(ts.getState().key).toBe(KEY);
    await ts.getState().rotateKey();
    expect(ts.getState().key).toBe('r'.repeat(43));
  });

  it('names a bad fault field and does not call main', async () => {
    const { backend, ts } = setup();
    ts.getState().setFaultsText('{"ttlOverideSeconds": 40}');
    await ts.getState().applyFaults();
    expect(ts.getState().faultsError).toEqual({ text: expect.stringContaining('ttlOverideSeconds') });
    ts.getState().setFaultsText('{not json');
    await ts.getState().applyFaults();
    expect(ts.getState().faultsError).toEqual({ key: 'tokenServer.faults.notJson' });
    expect(backend.callsTo('tokenServer:setFaults')).toEqual([]);
  });

  it('appends log lines from the tokenServer:logged event once each', () => {
    const { backend, stores, ts } = setup();
    const disconnect = stores.connectMainEvents(() => {});
    backend.emit('tokenServer:logged', entry(1));
    backend.emit('tokenServer:logged', entry(2));
    backend.emit('tokenServer:logged', entry(2));
    expect(ts.getState().log.map((e) => e.seq)).toEqual([1, 2]);
    disconnect();
  });

  it('opens a saved log for the timeline, and says why a file is not one', () => {
    const { ts } = setup();
    expect(ts.getState().openLog('run.jsonl', `${JSON.stringify(entry(1))}\n`)).toBeNull();
    expect(ts.getState().opened?.entries).toHaveLength(1);
    expect(ts.getState().openLog('notes.txt', 'hello')).toEqual({ key: 'tokenServer.timeline.notALog' });
  });

  it('names the form field that is not a whole number and does not call main', async () => {
    const { backend, ts } = setup();
    ts.getState().setForm({ port: 'eighty' });
    await ts.getState().start();
    expect(ts.getState().error).toEqual({ key: 'tokenServer.settings.wholeNumber', params: { field: 'tokenServer.settings.port' } });
    expect(backend.callsTo('tokenServer:start')).toEqual([]);
  });
});
