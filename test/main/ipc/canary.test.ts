/**
 * The canary: recognisable secrets go in through IPC and the CLI; every IPC channel and every
 * CLI command is driven; profiles are exported — and the secrets' bytes (raw, hex, base64)
 * must appear in no reply, no CLI output, no log line, no file under the data folder and no
 * export. They must be in exactly one place: the keychain.
 *
 * Channels come from the contract and samples from test/support/ipcSamples.ts, so a new
 * channel is covered as soon as it has samples (and the test fails until it does).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { COMMANDS } from '../../../src/cli/commands';
import { IPC_CHANNELS, type IpcChannel } from '../../../src/shared/ipc/contract';
import { defaultRegistry } from '../../../src/shared/families/registry';
import type { IpcReply } from '../../../src/shared/ipc/reply';
import { runTokenlab, type CliRun } from '../../support/cliHarness';
import { startFakeCallbackServer, type FakeCallbackServer } from '../../support/fakeCallbackServer';
import { startFakeCommsEase, type FakeCommsEase } from '../../support/fakeCommsEase';
import {
  ACCID,
  CANARY,
  CANARY_APP_KEY,
  CHANNEL_SAMPLES,
  emptySampleContext,
  FAMILY_PROFILES,
  runSamplePhase,
  type SampleContext,
  type SamplePhase,
} from '../../support/ipcSamples';
import { startIpcTestApp, type IpcTestApp } from '../../support/ipcTestApp';
import { findSecrets, secretPatterns } from '../../support/secretPatterns';
import { localOnlyFetch } from '../../support/localOnlyFetch';

const NOW = 1_700_000_000;
const PATTERNS = Object.values(CANARY).flatMap(secretPatterns);

/** CLI invocations per top-level command; every command in COMMANDS needs an entry. */
function cliSamples(ctx: SampleContext, headersFile: string, bodyFile: string): Record<string, Array<{ argv: string[]; stdin?: string; code: number }>> {
  return {
    profile: [
      { argv: ['profile', 'add', '--provider', 'zego', '--name', 'cli-zego', '--app-id', '42', '--env', 'prod'], stdin: `${CANARY.zegoSecret}\n`, code: 0 },
      {
        argv: ['profile', 'add', '--provider', 'commsease', '--name', 'cli-ce', '--app-key', CANARY_APP_KEY, '--api-base', ctx.apiBase],
        stdin: CANARY.commsEaseSecret,
        code: 0,
      },
      ...FAMILY_PROFILES.map((f) => ({ argv: ['profile', 'add', '--provider', f.provider, '--name', `cli-${f.provider}`, ...f.cliAdd], stdin: `${f.secret}\n`, code: 0 })),
      { argv: ['profile', 'list'], code: 0 },
      { argv: ['profile', 'list', '--json'], code: 0 },
      { argv: ['profile', 'rename', 'cli-zego', 'cli-zego-2'], code: 0 },
      { argv: ['profile', 'retag', 'cli-zego-2', 'staging'], code: 0 },
      { argv: ['profile', 'set-secret', 'cli-zego-2'], stdin: CANARY.zegoSecretReplacement, code: 0 },
      { argv: ['profile', 'add', '--provider', 'zego', '--name', 'argv-attempt', '--app-id', '1', `--secret=${CANARY.zegoSecret}`], code: 2 },
      { argv: ['profile', '--help'], code: 0 },
      { argv: ['profile', 'doctor'], code: 0 },
      { argv: ['profile', 'doctor', '--remove', '--yes', '--json'], code: 0 },
    ],
    inspect: [
      { argv: ['inspect', ctx.zegoToken], code: 0 },
      { argv: ['inspect', '--json', ctx.zegoToken, ctx.ceToken], code: 0 },
    ],
    verify: [
      { argv: ['verify', '--profile', 'cli-zego-2', '--json', ctx.zegoToken], code: 1 }, // other secret: wrong_secret
      { argv: ['verify', '--profile', 'canary-zego-renamed', ctx.zegoToken], code: 0 },
      { argv: ['verify', '--profile', 'cli-ce', '--accid', ACCID, '--json', ctx.ceToken], code: 0 },
    ],
    generate: [
      { argv: ['generate', 'zego', '--profile', 'cli-zego-2', '--user-id', 'u', '--ttl', '3600'], code: 0 },
      { argv: ['generate', 'zego', '--profile', 'cli-zego-2', '--user-id', 'u', '--ttl', '60', '--layout', 'cbc', '--room', 'r', '--json'], code: 0 },
      { argv: ['generate', 'commsease', '--profile', 'cli-ce', '--accid', ACCID, '--ttl', '600', '--json'], code: 0 },
      ...FAMILY_PROFILES.map((f) => ({ argv: ['generate', f.provider, '--profile', `cli-${f.provider}`, ...f.cliGenerate, '--json'], code: 0 })),
    ],
    commsease: [
      { argv: ['commsease', 'static', 'set', '--profile', 'cli-ce', '--accid', ACCID], stdin: CANARY.staticToken, code: 0 },
      { argv: ['commsease', 'static', 'check', '--profile', 'cli-ce', '--accid', ACCID, '--json'], stdin: CANARY.staticToken, code: 0 },
      { argv: ['commsease', 'static', 'create', '--profile', 'cli-ce', '--accid', 'dave', '--json'], stdin: CANARY.staticToken, code: 0 },
      { argv: ['commsease', 'static', 'update', '--profile', 'cli-ce', '--accid', 'dave', '--yes'], stdin: CANARY.staticToken, code: 0 },
      { argv: ['commsease', 'static', 'refresh', '--profile', 'cli-ce', '--accid', 'dave', '--yes', '--json'], code: 0 },
      {
        argv: ['commsease', 'callback', 'send', '--profile', 'cli-ce', '--url', ctx.callbackUrl, '--accid', ACCID, '--client-type', 'WEB', '--json'],
        stdin: CANARY.staticToken,
        code: 0,
      },
      { argv: ['commsease', 'callback', 'verify', '--profile', 'cli-ce', '--headers', headersFile, '--body', bodyFile], code: 0 },
    ],
    serve: [
      { argv: ['serve', '--help'], code: 0 },
      { argv: ['serve', '--host', '0.0.0.0', '--json'], code: 2 },
    ],
    simulate: [
      { argv: ['simulate', '--scenario', '-', '--profile', 'cli-zego-2', '--json'], stdin: '{"platform": "zim", "tokenTtlSeconds": 120}', code: 0 },
      { argv: ['simulate', '--scenario', '-', '--profile', 'cli-ce'], stdin: '{"platform": "commsease-dynamic", "tokenTtlSeconds": 120}', code: 0 },
    ],
  };
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

let app: IpcTestApp;
let commsEase: FakeCommsEase;
let callbackServer: FakeCallbackServer;
const ctx: SampleContext = emptySampleContext();
const replies: Array<{ channel: IpcChannel; reply: IpcReply<unknown> }> = [];
const cliRuns: Array<{ argv: string[]; run: CliRun }> = [];
let finalExport = '';
const tokenServerAnswers: string[] = [];
const servedTokens: string[] = [];
const servedFamilies: string[] = [];
let keychainBeforeTeardown = '';

async function drive(phase: SamplePhase): Promise<void> {
  await runSamplePhase(app.dispatch, ctx, phase, (channel, reply) => replies.push({ channel, reply }));
}

beforeAll(async () => {
  vi.stubGlobal('fetch', localOnlyFetch(globalThis.fetch));
  commsEase = await startFakeCommsEase({ appKey: CANARY_APP_KEY, appSecret: CANARY.commsEaseSecret, now: () => NOW });
  callbackServer = await startFakeCallbackServer({ appSecret: CANARY.commsEaseSecret });
  callbackServer.users.set(ACCID, CANARY.staticToken);
  callbackServer.users.set('bob', CANARY.caseToken);
  ctx.apiBase = commsEase.apiBase;
  ctx.callbackUrl = callbackServer.url;
  app = await startIpcTestApp({ nowMs: NOW * 1000 });

  await drive('setup');
  await drive('use');
  // Apps under test fetch tokens from the local token server: its answers and log are checked too.
  for (const query of [`profile=canary-zego-renamed&user=${ACCID}&ttl=60`, `profile=canary-zego-renamed&user=${ACCID}`, `profile=canary-ce&accid=${ACCID}`, 'profile=canary-ce&bogus=1']) {
    const res = await fetch(`${ctx.tokenServerUrl}/token?${query}`, { headers: { Authorization: `Bearer ${ctx.tokenServerKey}` } });
    const text = await res.text();
    tokenServerAnswers.push(text);
    const body = JSON.parse(text) as { token?: string };
    if (body.token) servedTokens.push(body.token);
  }
  // Every other family on its own route, with its fixture's request as the vendor's field names.
  for (const f of FAMILY_PROFILES) {
    const fields = defaultRegistry.require(f.family).generator.fields;
    // Only the family's form fields are parameters (the 006 fixture also names its version, which the 006 form does not offer).
    const query = Object.entries(f.request).filter(([k]) => fields.some((x) => x.key === k)).map(([k, v]) => `${k}=${encodeURIComponent(Array.isArray(v) ? v.join(',') : String(v))}`);
    const res = await fetch(`${ctx.tokenServerUrl}/token/${f.provider}?profile=${f.name}&${query.join('&')}`, { headers: { Authorization: `Bearer ${ctx.tokenServerKey}` } });
    const text = await res.text();
    tokenServerAnswers.push(text);
    const body = JSON.parse(text) as { token?: string; family?: string };
    if (body.token) servedTokens.push(body.token);
    servedFamilies.push(body.family ?? `refused: ${text}`);
  }

  const { writeFile } = await import('node:fs/promises');
  const headersFile = join(app.dataDir, '..', `canary-headers-${process.pid}.txt`);
  const bodyFile = join(app.dataDir, '..', `canary-body-${process.pid}.json`);
  const body = JSON.stringify({ eventType: '36', fromAccount: ACCID, fromClientType: 'WEB', fromClientIp: '127.0.0.1' });
  const { createHash } = await import('node:crypto');
  const md5 = createHash('md5').update(body).digest('hex');
  const checkSum = createHash('sha1').update(CANARY.commsEaseSecret + md5 + String(NOW)).digest('hex');
  await writeFile(headersFile, `AppKey: ${CANARY_APP_KEY}\nCurTime: ${NOW}\nMD5: ${md5}\nCheckSum: ${checkSum}\n`);
  await writeFile(bodyFile, body);
  const env = { TOKENLAB_HOME: app.dataDir };
  for (const invocations of Object.values(cliSamples(ctx, headersFile, bodyFile))) {
    for (const { argv, stdin } of invocations) {
      cliRuns.push({ argv, run: await runTokenlab(argv, { env, now: NOW, secretStore: app.secrets, ...(stdin !== undefined ? { stdin } : {}) }) });
    }
  }

  const exported = await app.dispatch('profiles:export', {});
  finalExport = exported.ok ? (exported.value as { json: string }).json : '';
  keychainBeforeTeardown = [...app.secrets.entries.values()].join('\n');
  await drive('teardown');
  await drive('final');
}, 60_000);

afterAll(async () => {
  vi.unstubAllGlobals();
  await commsEase?.close();
  await callbackServer?.close();
  await app?.close();
});

describe('canary: secrets never leave the keychain', () => {
  it('has samples for every contract channel and every CLI command', () => {
    const missing = IPC_CHANNELS.filter((c) => (CHANNEL_SAMPLES[c] ?? []).length === 0);
    expect(missing, 'add samples in test/support/ipcSamples.ts').toEqual([]);
    const cli = cliSamples(ctx, '', '');
    expect(Object.keys(COMMANDS).filter((name) => !(name in cli)), 'add CLI samples in canary.test.ts').toEqual([]);
  });

  it('drove every channel successfully (the canary is only meaningful if the real paths ran)', () => {
    const driven = new Set(replies.map((r) => r.channel));
    expect(IPC_CHANNELS.filter((c) => !driven.has(c))).toEqual([]);
    const failures = replies.filter((r) => !r.reply.ok).map((r) => `${r.channel}: ${JSON.stringify(r.reply)}`);
    expect(failures).toEqual([]);
  });

  it('ran every CLI sample with the expected exit code', () => {
    const expected = Object.values(cliSamples(ctx, '', '')).flat();
    const describeRun = (argv: string[], code: number, stderr = '') => `${argv.slice(0, 3).join(' ')} → ${code}${stderr ? ` (${stderr.trim().slice(0, 200)})` : ''}`;
    const actual = cliRuns.map(({ argv, run }, i) => describeRun(argv, run.code, run.code === expected[i]?.code ? '' : run.stderr));
    expect(actual).toEqual(expected.map((e) => describeRun(e.argv, e.code)));
  });

  it('finds the secrets where they belong — the keychain — so the detector itself works', () => {
    expect(findSecrets(keychainBeforeTeardown, PATTERNS).filter((p) => p.encoding === 'raw').map((p) => p.secret)).toEqual(
      expect.arrayContaining([CANARY.zegoSecret, CANARY.commsEaseSecret, CANARY.staticToken, CANARY.caseToken, ...FAMILY_PROFILES.map((f) => f.secret)]),
    );
    for (const secret of Object.values(CANARY)) {
      const hexInText = `prefix ${Buffer.from(secret).toString('hex')} suffix`;
      const base64InText = Buffer.concat([Buffer.from('xy'), Buffer.from(secret), Buffer.from('z')]).toString('base64');
      expect(findSecrets(hexInText, secretPatterns(secret)).length).toBeGreaterThan(0);
      expect(findSecrets(base64InText, secretPatterns(secret)).length).toBeGreaterThan(0);
    }
  });

  it('removed every keychain entry of the deleted profiles', () => {
    const left = [...app.secrets.entries.keys()];
    expect(left.filter((a) => a.includes(ctx.zegoProfileId) || a.includes(ctx.ceProfileId))).toEqual([]);
  });

  it('puts no secret in any IPC reply', () => {
    const leaks = replies.flatMap(({ channel, reply }) => findSecrets(JSON.stringify(reply), PATTERNS).map((p) => `${channel}: ${p.encoding} of ${p.secret}`));
    expect(leaks).toEqual([]);
  });

  it('puts no secret in any CLI output', () => {
    const leaks = cliRuns.flatMap(({ argv, run }) =>
      findSecrets(run.stdout + run.stderr, PATTERNS).map((p) => `${argv.slice(0, 3).join(' ')}: ${p.encoding} of ${p.secret}`),
    );
    expect(leaks).toEqual([]);
  });

  it('puts no secret in any log line', () => {
    expect(app.logs.length).toBeGreaterThan(0);
    const leaks = app.logs.flatMap((line) => findSecrets(line, PATTERNS).map((p) => `${p.encoding} of ${p.secret}: ${line.slice(0, 80)}`));
    expect(leaks).toEqual([]);
  });

  it('puts no secret in any file under the data folder', async () => {
    const files = await filesUnder(app.dataDir);
    expect(files.some((f) => f.endsWith('profiles.json'))).toBe(true);
    const leaks: string[] = [];
    for (const file of files) {
      for (const p of findSecrets(await readFile(file), PATTERNS)) leaks.push(`${file}: ${p.encoding} of ${p.secret}`);
    }
    expect(leaks).toEqual([]);
  });

  it('puts no secret in an export', () => {
    expect(finalExport).toContain('canary-zego-renamed');
    expect(finalExport).toContain('cli-ce');
    expect(findSecrets(finalExport, PATTERNS)).toEqual([]);
    expect(findSecrets(ctx.exportJson, PATTERNS)).toEqual([]);
  });

  it('puts no secret in a token server answer, and neither a token nor the key in its request log', () => {
    // Request 2 is set to fail and the unknown parameter is refused; every other family is served.
    expect(servedFamilies).toEqual(FAMILY_PROFILES.map((f) => f.provider));
    expect(servedTokens.length).toBe(2 + FAMILY_PROFILES.length);
    expect(tokenServerAnswers.flatMap((a) => findSecrets(a, PATTERNS))).toEqual([]);
    const logReplies = replies.filter((r) => r.channel === 'tokenServer:log').map((r) => JSON.stringify(r.reply));
    expect(logReplies.join('\n')).toContain('"status":200');
    // The window's live log (the tokenServer:logged event) saw every request, and holds no secret either.
    const events = app.tokenServerLogged.map((e) => JSON.stringify(e));
    expect(events.length).toBe(4 + FAMILY_PROFILES.length);
    expect(events.flatMap((e) => findSecrets(e, PATTERNS))).toEqual([]);
    for (const text of [...logReplies, ...events, ...app.logs]) {
      for (const token of servedTokens) expect(text).not.toContain(token);
      expect(text).not.toContain(ctx.tokenServerKey);
    }
  });

  it('never sent the AppSecret itself to the (fake) CommsEase server', () => {
    expect(commsEase.requests.length).toBeGreaterThan(0);
    expect(commsEase.secretSeen()).toBe(false);
  });
});
