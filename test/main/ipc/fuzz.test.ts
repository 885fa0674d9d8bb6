/**
 * Property-based fuzzing of every IPC handler through the dispatcher: random payloads, and
 * valid samples with one part replaced by something random. The dispatcher must never throw,
 * nothing may reject unhandled, and every reply must be either a value that matches the
 * channel's response schema or a typed error (a known code, a message). INTERNAL — "a
 * handler threw something unexpected" — counts as a failure: it means a bug.
 *
 * Channels come from the contract and valid samples from test/support/ipcSamples.ts, so new
 * channels are fuzzed as soon as they exist. Runs with the keychain available and locked.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, IPC_CONTRACT, type IpcChannel } from '../../../src/shared/ipc/contract';
import { IPC_ERROR_CODES, type IpcReply } from '../../../src/shared/ipc/reply';
import { closedPort } from '../../support/fakeCommsEase';
import { emptySampleContext, runSamplePhase, sampleRequests, type SampleContext } from '../../support/ipcSamples';
import { startIpcTestApp, type IpcTestApp } from '../../support/ipcTestApp';
import { localOnlyFetch } from '../../support/localOnlyFetch';

const RUNS = Number(process.env['TOKENLAB_FUZZ_RUNS'] ?? 60);

let app: IpcTestApp;
const ctx: SampleContext = emptySampleContext();
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => void unhandled.push(reason);

beforeAll(async () => {
  vi.stubGlobal('fetch', localOnlyFetch(globalThis.fetch));
  process.on('unhandledRejection', onUnhandled);
  const port = await closedPort();
  ctx.apiBase = `http://127.0.0.1:${port}/nimserver`; // refuses connections: fast, local failures
  ctx.callbackUrl = `http://127.0.0.1:${port}/callback`;
  app = await startIpcTestApp();
  await runSamplePhase(app.dispatch, ctx, 'setup');
}, 30_000);

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  vi.unstubAllGlobals();
  await app?.close();
});

/** Why a reply breaks the contract, or null when it is fine. */
function replyProblem(channel: IpcChannel, reply: IpcReply<unknown>): string | null {
  if (typeof reply !== 'object' || reply === null) return 'not an object';
  if (reply.ok === true) {
    const parsed = IPC_CONTRACT[channel].response.safeParse(reply.value);
    return parsed.success ? null : `value does not match the response schema: ${parsed.error.issues[0]?.message}`;
  }
  if (reply.ok !== false) return 'ok is neither true nor false';
  if (!(IPC_ERROR_CODES as readonly string[]).includes(reply.error.code)) return `unknown error code ${reply.error.code}`;
  if (typeof reply.error.message !== 'string' || reply.error.message === '') return 'empty error message';
  if (reply.error.code === 'INTERNAL') return `INTERNAL: ${reply.error.message}`;
  return null;
}

/** A random value in place of one part (top-level key, nested key or array element) of a valid request. */
function mutate(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[Number(head) % Math.max(copy.length, 1)] = mutate(copy[Number(head) % Math.max(copy.length, 1)], rest, replacement);
    return copy;
  }
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value);
    const key = keys.length > 0 && typeof head === 'number' ? (keys[head % keys.length] as string) : String(head);
    return { ...(value as Record<string, unknown>), [key]: mutate((value as Record<string, unknown>)[key], rest, replacement) };
  }
  return replacement;
}

const nasty = fc.oneof(
  fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom('', ' ', '__proto__', 'constructor', '../../etc/passwd', '\u0000', '\u202e', 'NaN', '1e309', '😀'.repeat(40)),
  fc.double(),
  fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 2 ** 53, 0xffff_ffff + 1),
  fc.string({ minLength: 1000, maxLength: 70_000 }),
);

/** Paths of every leaf (string, number, boolean) of a sample request. */
function leafPaths(value: unknown, prefix: (string | number)[] = []): Array<{ path: (string | number)[]; type: string }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => leafPaths(v, [...prefix, i]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...prefix, k]));
  return [{ path: prefix, type: typeof value }];
}

/** Replace exactly one leaf with a random value of the same type (so most requests still validate and reach the handler). */
function sameTypeMutation(sample: unknown): fc.Arbitrary<unknown> {
  const leaves = leafPaths(sample);
  if (leaves.length === 0) return fc.constant(sample);
  return fc.constantFrom(...leaves).chain(({ path, type }) => {
    const value =
      type === 'string'
        ? fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.stringMatching(/^[0-9a-f]{16}$/), fc.constantFrom('', ' x ', 'prod', 'alice'))
        : type === 'number'
          ? fc.oneof(fc.integer(), fc.integer({ min: 0, max: 2 ** 32 }), fc.double({ noNaN: false }), fc.constantFrom(0, 1, -1, 2 ** 31))
          : type === 'boolean'
            ? fc.boolean()
            : fc.constant(null);
    return value.map((v) => setPath(sample, path, v));
  });
}

function setPath(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? setPath(v, rest, replacement) : v));
  return { ...(value as Record<string, unknown>), [head]: setPath((value as Record<string, unknown>)[head], rest, replacement) };
}

const pathArb = fc.array(fc.oneof(fc.nat(20), fc.constantFrom('__proto__', 'constructor', 'extra', 'secret')), { minLength: 1, maxLength: 3 });

async function fuzzChannel(channel: IpcChannel): Promise<void> {
  const samples = sampleRequests(ctx).filter((s) => s.channel === channel).map((s) => s.request);
  const fromSamples =
    samples.length > 0
      ? [
          fc.constantFrom(...samples),
          fc.constantFrom(...samples).chain(sameTypeMutation),
          fc.constantFrom(...samples).chain(sameTypeMutation),
          fc.tuple(fc.constantFrom(...samples), pathArb, nasty).map(([sample, path, bad]) => mutate(sample, path, bad)),
        ]
      : [];
  const payload = fc.oneof(nasty, fc.dictionary(fc.string({ maxLength: 12 }), nasty, { maxKeys: 6 }), ...fromSamples);
  await fc.assert(
    fc.asyncProperty(payload, async (request) => {
      const reply = await app.dispatch(channel, request);
      const problem = replyProblem(channel, reply);
      if (problem !== null) throw new Error(`${channel}: ${problem}`);
    }),
    { numRuns: RUNS },
  );
}

describe('IPC fuzzing: no crash, typed replies only', () => {
  it('covers every contract channel', () => {
    expect(IPC_CHANNELS.length).toBeGreaterThan(10);
    expect(ctx.zegoProfileId).toMatch(/^[0-9a-f]{16}$/);
  });

  it.each(IPC_CHANNELS)('%s (keychain available)', async (channel) => {
    app.secrets.setState('available');
    await fuzzChannel(channel);
  });

  it.each(IPC_CHANNELS)('%s (keychain locked)', async (channel) => {
    app.secrets.setState('locked');
    try {
      await fuzzChannel(channel);
    } finally {
      app.secrets.setState('available');
    }
  });

  it('answers unknown and hostile channel names with a typed error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'toString', 'constructor', 'hasOwnProperty', 'profiles:', ':list')), nasty, async (name, request) => {
        const reply = await app.dispatch(name, request);
        if (IPC_CHANNELS.includes(name as IpcChannel)) return;
        expect(reply).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
      }),
      { numRuns: 200 },
    );
  });

  it('left no unhandled rejection behind', async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(unhandled).toEqual([]);
  });
});
