/**
 * `tokenlab verify` / `inspect` on batches as they come from logs: streamed line by line, every
 * line judged whatever its family, tokens pulled out of log lines, a count per verdict; and
 * `generate --batch`. Streaming and the worker threads need the built CLI (out/main/cli.js).
 */
import { mkdtempSync, openSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../src/main/crypto/nodeCryptoPort';
import { generateZegoToken } from '../../src/shared/families/zego-token04/generateZegoToken';
import { startCli } from '../hostile/support/cliProcess';
import { runTokenlab } from '../support/cliHarness';
import { loadVectors } from '../support/vectors';
import { WORKER_FILE_BYTES } from '../../src/cli/batch/runBatch';

const gcm = loadVectors('zego-token04-gcm.json')[0]!;
const ce = loadVectors('commsease-dynamic.json')[0]!;
const now = String(gcm.expect.now);
const appId = String(gcm.inputs['appId']);

let dir: string;
let zegoSecret: string;
let ceSecret: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tokenlab-cli-batch-'));
  zegoSecret = join(dir, 'zego.txt');
  writeFileSync(zegoSecret, `${gcm.inputs['secret'] as string}\n`);
  ceSecret = join(dir, 'ce.txt');
  writeFileSync(ceSecret, `${ce.inputs['appSecret'] as string}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const records = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('batch verify keeps going and says what each line is', () => {
  it('a ZEGO token in a CommsEase batch is that line’s verdict with a reason; the lines after it are still judged', async () => {
    const stdin = `${ce.token}\n${gcm.token}\n${ce.token}\n`;
    const r = await runTokenlab(['verify', '--json', '--secret-file', ceSecret, '--app-key', ce.inputs['appKey'] as string, '--accid', ce.inputs['accid'] as string, '--now', String(ce.expect.now)], { stdin });
    expect(r.code).toBe(1);
    const out = records(r.stdout);
    expect(out.slice(0, 3).map((x) => [x['line'], x['format'], x['verdict']])).toEqual([
      [1, 'commsease-dynamic', 'valid'],
      [2, 'zego-token04', 'wrong_secret_or_tampered'],
      [3, 'commsease-dynamic', 'valid'],
    ]);
    expect(out[1]!['reason']).toMatch(/secret is \d+ bytes, not 32/);
    expect(out[3]).toEqual({ summary: { total: 3, valid: 2, wrong_secret_or_tampered: 1 } });
  });

  it('pulls tokens out of log lines (token=…, quoted, inside JSON), numbers lines from 1 and skips blank ones', async () => {
    const stdin = [
      `2026-12-02 05:00:01 INFO login token=${gcm.token} user=player-7`,
      '',
      `{"level":"info","token":"${gcm.token}"}`,
      '   ',
      `auth header "${gcm.token}" accepted`,
      'GET /health 200',
    ].join('\n');
    const r = await runTokenlab(['verify', '--json', '--secret-file', zegoSecret, '--app-id', appId, '--now', now], { stdin });
    const out = records(r.stdout);
    expect(out.map((x) => x['line'] ?? 'summary')).toEqual([1, 3, 5, 6, 'summary']);
    expect(out.slice(0, 3).every((x) => x['verdict'] === 'valid')).toBe(true);
    expect(out[3]).toMatchObject({ verdict: 'malformed' });
    expect(out[4]).toEqual({ summary: { total: 4, valid: 3, malformed: 1 } });
  });

  it('in text mode prints the count per verdict on stderr, stdout keeping only the verdicts', async () => {
    const r = await runTokenlab(['verify', '--secret-file', zegoSecret, '--now', now], { stdin: `${gcm.token}\nnot a token\n` });
    expect(r.stderr).toBe('2 tokens: 1 valid, 1 malformed\n');
    expect(r.stdout).toMatch(/^#1 VALID · ZEGO Token04 \(GCM\) · user "player-7" · app \d+ · /);
    expect(r.stdout).toContain('\n#2 MALFORMED · Unknown format');
  });
});

describe('batch output streams', () => {
  it('tail -f | tokenlab verify: each verdict is printed as its line arrives, before the next is written', async () => {
    const run = startCli(['verify', '--json', '--secret-file', zegoSecret, '--app-id', appId, '--now', now], { stdin: 'pipe', timeoutMs: 60_000 });
    const stdin = run.child.stdin!;
    const stdout = run.child.stdout!;
    let seen = '';
    const nextLine = () =>
      new Promise<Record<string, unknown>>((resolve) => {
        const take = () => {
          const end = seen.indexOf('\n');
          if (end === -1) return false;
          const line = seen.slice(0, end);
          seen = seen.slice(end + 1);
          stdout.off('data', onData);
          resolve(JSON.parse(line) as Record<string, unknown>);
          return true;
        };
        const onData = (chunk: Buffer) => {
          seen += chunk.toString('utf8');
          take();
        };
        if (!take()) stdout.on('data', onData);
      });
    for (let i = 1; i <= 3; i++) {
      stdin.write(`app log line token=${gcm.token}\n`);
      expect(await nextLine()).toMatchObject({ line: i, verdict: 'valid' });
    }
    stdin.end();
    expect(await nextLine()).toEqual({ summary: { total: 3, valid: 3 } });
    expect((await run.done).code).toBe(0);
  }, 60_000);
});

describe('a large batch goes through worker threads', () => {
  it('past 20k lines every verdict comes back, in input order', async () => {
    const secret = '0123456789abcdef0123456789abcdef';
    const tokens = Array.from({ length: 60 }, (_, i) =>
      generateZegoToken({ appId: 7, userId: `u${i}`, secret, effectiveTimeInSeconds: 3600, now: 1_700_000_000, nonce: i, iv: new Uint8Array(12).fill(i) }, nodeCryptoPort),
    );
    const count = 25_000;
    const lines: string[] = [];
    for (let i = 0; i < count; i++) lines.push(i % 1000 === 999 ? `junk ${i}` : (tokens[i % tokens.length] as string));
    const input = join(dir, 'large.txt');
    writeFileSync(input, lines.join('\n') + '\n');
    const secretPath = join(dir, 'large-secret.txt');
    writeFileSync(secretPath, secret);
    const fd = openSync(input, 'r');
    const run = startCli(['verify', '--json', '--secret-file', secretPath, '--app-id', '7', '--now', '1700000000'], { stdin: fd, timeoutMs: 120_000 });
    closeSync(fd);
    const r = await run.done;
    expect(r.code).toBe(1);
    const out = records(r.stdout);
    const verdicts = out.slice(0, -1);
    expect(verdicts.map((x) => x['line'])).toEqual(lines.map((_, i) => i + 1));
    // Each line's verdict is its own (the junk lines sit where they were).
    expect(verdicts.filter((x) => x['verdict'] === 'malformed').map((x) => x['line'])).toEqual(Array.from({ length: 25 }, (_, k) => (k + 1) * 1000));
    expect(verdicts[1]!['fields']).toMatchObject({ user_id: 'u1' });
    expect(out.at(-1)).toEqual({ summary: { total: count, valid: count - 25, malformed: 25 } });
  }, 120_000);

  it('a large file through the workers prints the bytes the main thread prints: CRLF and CR breaks, hostile text, bad UTF-8, text and --json', async () => {
    const secret = '0123456789abcdef0123456789abcdef';
    const token = (i: number) =>
      generateZegoToken({ appId: 7, userId: `u${i}`, secret, effectiveTimeInSeconds: 3600, now: 1_700_000_000, nonce: i, iv: new Uint8Array(12).fill(i) }, nodeCryptoPort);
    const odd = ['junk \u001b[2J\u009b31m', 'token=' + token(1) + ' \u202e', '', '  ', 'caf\u00e9 \u4ee4\u724c'];
    const parts: Buffer[] = [];
    for (let i = 0; i < 14_000; i++) {
      const text = i % 100 === 7 ? (odd[(i / 100) % odd.length | 0] as string) : token(i % 50);
      parts.push(Buffer.from(text), Buffer.from(i % 3 === 0 ? '\r\n' : i % 3 === 1 ? '\n' : '\r'));
      if (i % 1000 === 500) parts.push(Buffer.from([0xff, 0xe2, 0x82, 0x0a]));
    }
    const bytes = Buffer.concat(parts);
    expect(bytes.length).toBeGreaterThan(WORKER_FILE_BYTES); // so the built CLI hands every line to its workers
    const input = join(dir, 'mixed-breaks.txt');
    writeFileSync(input, bytes);
    const secretPath = join(dir, 'mixed-secret.txt');
    writeFileSync(secretPath, secret);
    for (const json of [true, false]) {
      const args = ['verify', ...(json ? ['--json'] : []), '--secret-file', secretPath, '--app-id', '7', '--now', '1700000000'];
      const fd = openSync(input, 'r');
      const run = startCli(args, { stdin: fd, timeoutMs: 120_000 });
      closeSync(fd);
      const viaWorkers = await run.done;
      // In-process: no worker script, every line judged on this thread from the same text.
      const here = await runTokenlab(args, { stdin: bytes.toString('utf8') });
      expect(viaWorkers.code).toBe(here.code);
      expect(viaWorkers.stdout).toBe(here.stdout);
      expect(viaWorkers.stderr).toBe(here.stderr);
    }
  }, 120_000);

  it('generate --batch past 20k lines: every record in input order, the workers minting as the main thread does', async () => {
    const count = 25_000;
    const lines: string[] = [];
    for (let i = 1; i <= count; i++) {
      if (i % 1000 === 0) lines.push('not json');
      else if (i === 22_222) lines.push(JSON.stringify({ family: 'zego', profile: 'nope', userId: 'x' })); // only the main thread opens profiles
      else if (i === 23_000 + 1) lines.push('');
      else lines.push(JSON.stringify({ family: i % 2 ? 'zego' : 'commsease', appId: 7, appKey: 'k7', userId: `u${i}`, accid: `a${i}`, ttlSeconds: 3600 }));
    }
    const input = join(dir, 'requests.jsonl');
    writeFileSync(input, lines.join('\n') + '\n');
    const secretPath = join(dir, 'bulk-secret.txt');
    writeFileSync(secretPath, '0123456789abcdef0123456789abcdef');
    const fd = openSync(input, 'r');
    const run = startCli(['generate', '--batch', '--secret-file', secretPath, '--now', '1700000000'], { stdin: fd, timeoutMs: 120_000 });
    closeSync(fd);
    const r = await run.done;
    expect(r.code).toBe(1);
    const out = records(r.stdout);
    expect(out.map((x) => x['line'])).toEqual(lines.flatMap((l, i) => (l === '' ? [] : [i + 1])));
    const refused = out.filter((x) => 'error' in x);
    expect(refused.map((x) => [x['line'], x['code']])).toEqual(
      lines.flatMap((l, i) => (l === 'not json' ? [[i + 1, 'NOT_JSON']] : l.includes('"nope"') ? [[i + 1, 'PROFILE_NOT_FOUND']] : [])),
    );
    expect(r.stderr).toBe(`${count - 1 - refused.length} minted, ${refused.length} refused\n`);
    const tokens = out.filter((x) => 'token' in x).map((x) => x['token'] as string);
    expect(new Set(tokens).size).toBe(tokens.length);
    // Tokens from both ends of the run verify (a stdin file this big goes to the workers from line 1).
    const fromWorker = out.find((x) => x['line'] === 24_001)!;
    const zego = await runTokenlab(['verify', '--json', '--secret-file', secretPath, '--app-id', '7', '--now', '1700000000', out[0]!['token'] as string, fromWorker['token'] as string]);
    expect(records(zego.stdout).slice(0, 2).map((x) => [x['verdict'], (x['fields'] as Record<string, unknown>)['user_id']])).toEqual([
      ['valid', 'u1'],
      ['valid', 'u24001'],
    ]);
  }, 120_000);
});

describe('tokenlab generate --batch', () => {
  it('mints one token per JSON line, any family, and answers a bad line with its error without stopping', async () => {
    const secret = join(dir, 'bulk.txt');
    writeFileSync(secret, 'fa94dd0f974cf2e293728a526b028271');
    const stdin = [
      JSON.stringify({ family: 'zego', appId: 1234567890, userId: 'alice', ttlSeconds: 3600 }),
      JSON.stringify({ family: 'commsease', appKey: 'k1', accid: 'bob', ttlSeconds: 600 }),
      'not json',
      JSON.stringify({ family: 'zego', appId: 1234567890, ttlSeconds: 3600 }),
      '',
      JSON.stringify({ family: 'zego', appId: 1234567890, userId: 'carol', ttlSeconds: 60, layout: 'cbc' }),
    ].join('\n');
    const r = await runTokenlab(['generate', '--batch', '--secret-file', secret, '--now', '1700000000'], { stdin, now: 1_700_000_000 });
    expect(r.code).toBe(1);
    const out = records(r.stdout);
    expect(out.map((x) => [x['line'], 'token' in x ? 'token' : 'error'])).toEqual([
      [1, 'token'],
      [2, 'token'],
      [3, 'error'],
      [4, 'error'],
      [6, 'token'],
    ]);
    expect(out[2]!['error']).toBe('not a JSON object');
    expect(String(out[3]!['error'])).toContain('userId');
    // Typed: a script switches on the code, not on the English message.
    expect([out[2]!['code'], out[3]!['code']]).toEqual(['NOT_JSON', 'REQUEST_INVALID']);
    expect(out[0]).not.toHaveProperty('code');
    expect(r.stderr).toBe('3 minted, 2 refused\n');
    // The tokens verify with the secret they were minted with.
    const zego = await runTokenlab(['verify', '--json', '--secret-file', secret, '--app-id', '1234567890', '--now', '1700000000', out[0]!['token'] as string, out[4]!['token'] as string]);
    expect(records(zego.stdout).slice(0, 2).map((x) => [x['verdict'], x['layout']])).toEqual([['valid', 'gcm'], ['valid', 'cbc']]);
    const commsease = await runTokenlab(['verify', '--json', '--secret-file', secret, '--app-key', 'k1', '--accid', 'bob', '--now', '1700000000', out[1]!['token'] as string]);
    expect(records(commsease.stdout)[0]).toMatchObject({ verdict: 'valid' });
    expect(r.stdout).not.toContain('fa94dd0f974cf2e293728a526b028271');
  });

  it("types each refusal: the family's own code and vendor number, or the batch's code", async () => {
    const short = join(dir, 'short.txt');
    writeFileSync(short, 'fa94dd0f974cf2e293728a526b02827'); // 31 characters: not a ServerSecret
    const stdin = [
      JSON.stringify({ family: 'zego', appId: 1234567890, userId: 'alice', ttlSeconds: 3600 }),
      JSON.stringify({ family: 'nope', userId: 'alice' }),
      JSON.stringify({ appId: 1234567890, userId: 'alice' }),
      '[1]',
    ].join('\n');
    const r = await runTokenlab(['generate', '--batch', '--secret-file', short, '--now', '1700000000'], { stdin, now: 1_700_000_000 });
    expect(r.code).toBe(1);
    expect(records(r.stdout).map((x) => [x['line'], x['code'], x['vendorCode']])).toEqual([
      [1, 'ZEGO_SECRET_INVALID', 5],
      [2, 'UNKNOWN_FAMILY', undefined],
      [3, 'NO_FAMILY', undefined],
      [4, 'NOT_JSON', undefined],
    ]);
    expect(r.stderr).toBe('0 minted, 4 refused\n');
  });
});
