/**
 * A new token family costs one folder and one registry line: the test-only toy family
 * (test/support/toyFamily) appears in detection, `tokenlab inspect`, `profile add`,
 * `generate` and `verify`, and the app's composition root, with no other code changed.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCoreServices } from '../../../src/main/services/coreServices';
import { createMemorySecretStore } from '../../../src/main/vault/memorySecretStore';
import { defaultRegistry } from '../../../src/shared/families/registry';
import { runTokenlab } from '../../support/cliHarness';
import { toyFamily, toyRegistry } from '../../support/toyFamily';

const SECRET = 'toy-secret-1';
const NOW = 1_700_000_000;

describe('the toy family, registered by one line', () => {
  it('is detected and inspected by a registry that lists it, and unknown to the shipped one', () => {
    const token = toyFamily.generator.mint({ user: 'bob', ttlSeconds: 60 }, {
      credentials: { app: 'demo' },
      secret: SECRET,
      nowMs: NOW * 1000,
      randomBytes: (n) => new Uint8Array(n),
      crypto: { sha256Hex: (t: string | Uint8Array) => `h${String(t).length}` } as never,
    });
    expect(toyRegistry.detect(token)?.family.id).toBe('toy-token');
    expect(toyRegistry.inspect(` ${token}\n`, { now: NOW })).toMatchObject({ format: 'toy-token', verdict: 'unverified', trimmed: true, fields: { user: 'bob' } });
    expect(defaultRegistry.inspect(token, { now: NOW }).format).toBe('unknown');
    expect(toyRegistry.byCliName('toy')).toBe(toyFamily);
    expect(toyRegistry.platform('toy-sdk')?.family).toBe(toyFamily);
  });

  it('works end to end in the CLI: profile add, generate, inspect and verify', async () => {
    const home = mkdtempSync(join(tmpdir(), 'tokenlab-toy-'));
    const secretStore = createMemorySecretStore();
    const options = { env: { TOKENLAB_HOME: home }, secretStore, registry: toyRegistry, now: NOW };
    const added = await runTokenlab(['profile', 'add', '--provider', 'toy', '--name', 'toy dev', '--toy-app', 'demo'], { ...options, stdin: SECRET });
    expect([added.code, added.stdout]).toEqual([0, expect.stringMatching(/^added toy dev \(toy, toy app demo, env dev, fingerprint [0-9a-f]{8}\)\n$/)]);

    const minted = await runTokenlab(['generate', 'toy', '--profile', 'toy dev', '--user', 'bob', '--ttl', '60', '--json'], options);
    expect(minted.code).toBe(0);
    const { token, format } = JSON.parse(minted.stdout) as { token: string; format: string };
    expect(format).toBe('toy-token');

    const inspected = await runTokenlab(['inspect', '--json', token], options);
    // The first --json line is the token's verdict (a {"summary": …} line follows).
    const first = (stdout: string) => JSON.parse(stdout.split('\n')[0] as string) as Record<string, unknown>;
    expect(first(inspected.stdout)).toMatchObject({ format: 'toy-token', verdict: 'unverified', fields: { user: 'bob', exp: NOW + 60 } });
    const verified = await runTokenlab(['verify', '--profile', 'toy dev', '--json', token], options);
    expect([verified.code, first(verified.stdout)['verdict']]).toEqual([0, 'valid']);
    // An identifier that contradicts the profile is refused, not checked with the profile's secret.
    const otherApp = await runTokenlab(['verify', '--profile', 'toy dev', '--toy-app', 'other', '--json', token], options);
    expect([otherApp.code, otherApp.stdout]).toEqual([2, '']);
    expect(otherApp.stderr).toContain('contradicts profile "toy dev"');
    // The shipped CLI does not know it: the token is malformed there.
    expect(first((await runTokenlab(['inspect', '--json', token])).stdout)['format']).toBe('unknown');
  });

  it('mints through the same composition root the app uses', async () => {
    const core = createCoreServices({ dataDir: mkdtempSync(join(tmpdir(), 'tokenlab-toy-core-')), secrets: createMemorySecretStore(), registry: toyRegistry, nowMs: () => NOW * 1000 });
    const profile = await core.vault.add({ family: 'toy-token', name: 'toy', credentials: { app: 'demo' }, secret: SECRET });
    expect(profile).toMatchObject({ family: 'toy-token', provider: 'toy', summary: 'toy app demo', credentials: { app: 'demo' } });
    const { inspection } = await core.signing.generate('toy-token', profile.id, { user: 'carol', ttlSeconds: 600 });
    expect(inspection).toMatchObject({ format: 'toy-token', verdict: 'valid' });
    await expect(core.simulation.credentialsFor({ id: profile.id }, 'zim')).rejects.toThrow(/is a toy profile \(Toy token\); zim needs a zego one/);
  });
});
