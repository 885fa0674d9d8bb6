/**
 * `tokenlab serve`: the CLI contract acceptance checks rely on — the first --json line is
 * {"url", "key"}, then one JSON line per request; 401 without the key; 400 naming a bad
 * parameter; a non-loopback --host exits 2; SIGTERM exits 0 and frees the port. Minting runs
 * in-process over an in-memory keychain; the signal contract against the built out/main/cli.js.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { serveCommand, type ServeIo } from '../../src/cli/commands/serve';
import { nodeCryptoPort } from '../../src/main/crypto/nodeCryptoPort';
import { createMemorySecretStore } from '../../src/main/vault/memorySecretStore';
import { inspectToken } from '../../src/shared/tokens/inspect';
import { fakeRandomBytes, runTokenlab } from '../support/cliHarness';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers, read loosely in tests
type Json = Record<string, any>;

const SECRET = 'fa94dd0f974cf2e293728a526b028271';
const CLI = resolve(__dirname, '../../out/main/cli.js');
const NOW = 1_700_000_000;

function portIsFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
  });
}

/** Runs serve in-process; `stop()` plays the signal. */
function serveInProcess(argv: string[], env: Record<string, string>, secretStore: ReturnType<typeof createMemorySecretStore>) {
  let stdout = '';
  let stderr = '';
  let stop = (): void => {};
  const stopped = new Promise<void>((r) => (stop = r));
  const waiters: Array<() => void> = [];
  const io: ServeIo = {
    secretStore,
    stdin: { isTTY: false, readAll: async () => '', lines: async function* () {} },
    stdout: { isTTY: false, write: (t) => ((stdout += t), waiters.splice(0).forEach((w) => w())) },
    stderr: { isTTY: false, write: (t) => void (stderr += t) },
    env,
    now: () => NOW,
    nowMs: () => NOW * 1000,
    randomBytes: fakeRandomBytes(9),
    promptHidden: async () => '',
    untilStopped: () => stopped,
  };
  const done = serveCommand(argv, io);
  const lines = () => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Json);
  const waitForLines = async (n: number) => {
    while (lines().length < n) {
      const finished = await Promise.race([new Promise<boolean>((r) => waiters.push(() => r(false))), done.then(() => true)]);
      if (finished && lines().length < n) throw new Error(`serve ended: ${stderr}`);
    }
    return lines();
  };
  const waitForStderr = async (text: string) => {
    while (!stderr.includes(text)) await new Promise((r) => setTimeout(r, 50));
  };
  return { waitForLines, waitForStderr, stop, done, stderr: () => stderr };
}

describe('tokenlab serve (in-process)', () => {
  it('serves a stored profile with the --config faults and --max-ttl, logging one JSON line per request', async () => {
    const home = mkdtempSync(join(tmpdir(), 'tokenlab-serve-'));
    const secretStore = createMemorySecretStore();
    const env = { TOKENLAB_HOME: home };
    const add = await runTokenlab(['profile', 'add', '--provider', 'zego', '--name', 'dev', '--app-id', '42'], { env, stdin: `${SECRET}\n`, secretStore });
    expect(add.code).toBe(0);
    const config = join(home, 'faults.json');
    writeFileSync(config, JSON.stringify({ failRequests: [3], ttlOverrideSeconds: 40 }));

    const run = serveInProcess(['--json', '--max-ttl', '30', '--config', config], env, secretStore);
    const [first] = await run.waitForLines(1);
    expect(Object.keys(first!)).toEqual(['url', 'key']);
    const auth = { Authorization: `Bearer ${first!.key}` };
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await fetch(`${first!.url}/token?profile=dev&user=alice&ttl=9999`, { headers: auth }));
    const bodies = await Promise.all(answers.map((a) => a.json() as Promise<Json>));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 500]);
    // The override asks for 40 s; --max-ttl 30 clamps it, and the answer says so.
    expect(bodies[0]).toMatchObject({ family: 'zego', expiresAt: NOW + 30, ttlClamped: { asked: 40, served: 30 } });
    expect(inspectToken(bodies[0]!.token, { now: NOW, secret: SECRET, expectedAppId: 42 }, nodeCryptoPort).verdict).toBe('valid');

    const lines = await run.waitForLines(4);
    expect(lines.slice(1).map((l) => [l.seq, l.status, l.user, l.family, l.faults])).toEqual([
      [1, 200, 'alice', 'zego', ['ttl-override']],
      [2, 200, 'alice', 'zego', ['ttl-override']],
      [3, 500, 'alice', 'zego', ['nth-request']],
    ]);
    expect(JSON.stringify(lines.slice(1))).not.toContain(bodies[0]!.token);
    expect(JSON.stringify(lines.slice(1))).not.toContain(first!.key);

    // An edit of the config file acts on the next request once the server has reloaded it.
    writeFileSync(config, JSON.stringify({ failRequests: [4, 5] }));
    await run.waitForStderr('faults reloaded');
    expect((await fetch(`${first!.url}/token?profile=dev&user=alice`, { headers: auth })).status).toBe(500);
    run.stop();
    expect(await run.done).toBe(0);
  });

  it('exits 2 for a non-loopback --host or a config with an unknown field', async () => {
    const bad = await runTokenlab(['serve', '--host', '0.0.0.0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('loopback');
    const home = mkdtempSync(join(tmpdir(), 'tokenlab-serve-'));
    const config = join(home, 'faults.json');
    writeFileSync(config, JSON.stringify({ ttlOverideSeconds: 40 }));
    const typo = await runTokenlab(['serve', '--config', config]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('ttlOverideSeconds');
  });

  it('documents the fault config schema in --help', async () => {
    const { code, stdout: out } = await runTokenlab(['serve', '--help']);
    expect(code).toBe(0);
    for (const field of ['failRequests', 'ttlOverrideSeconds', 'outages', 'failureRate', 'latency', 'otherUser']) expect(out).toContain(field);
  });

  it('speaks Chinese with --lang zh-CN: the help, its fault schema and a usage error; routes and JSON stay as typed', async () => {
    const help = await runTokenlab(['--lang', 'zh-CN', 'serve', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^用法：tokenlab serve \[--port N\]/);
    expect(help.stdout).toContain('只服务这些档案（可重复；默认：全部档案）');
    expect(help.stdout).toContain('"failureRate": 0.1,               请求被应答 500 的概率');
    expect(help.stdout).toContain('退出码：0 被信号停止');
    expect(help.stdout).toMatch(/^ {5}\/token\/zego /m);
    expect(help.stdout).not.toContain('Serves tokens');
    const bad = await runTokenlab(['--lang', 'zh-CN', 'serve', '--host', '0.0.0.0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--host 必须是回环地址（127.0.0.1、localhost 或 ::1），收到的是 "0.0.0.0"');
  });
});

describe.skipIf(!existsSync(CLI))('tokenlab serve (built CLI, real signals)', () => {
  it('prints {"url","key"} first, answers 401 / 400, logs JSON lines, and exits 0 on SIGTERM freeing the port', async () => {
    const home = mkdtempSync(join(tmpdir(), 'tokenlab-serve-'));
    const child = spawn(process.execPath, [CLI, 'serve', '--json'], { env: { ...process.env, TOKENLAB_HOME: home }, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines = createInterface({ input: child.stdout });
    const iterator = lines[Symbol.asyncIterator]();
    const next = async () => JSON.parse((await iterator.next()).value as string) as Json;
    const first = await next();
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(first.key).toMatch(/^[A-Za-z0-9_-]{43}$/);

    expect((await fetch(`${first.url}/token?profile=p&user=u`)).status).toBe(401);
    const bad = await fetch(`${first.url}/token?profile=p&user=u&ttl=soon`, { headers: { Authorization: `Bearer ${first.key}` } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { parameters: string[] } }).error.parameters).toEqual(['ttl']);
    expect([(await next()).status, (await next()).status]).toEqual([401, 400]);

    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(await portIsFree(Number(new URL(first.url).port))).toBe(true);
  });
});
