/**
 * `tokenlab serve`: the desktop token server for the app under test, on 127.0.0.1, until
 * SIGINT/SIGTERM. The same main-side service as the app's Token server screen.
 *
 * With --json the first stdout line is `{"url": …, "key": …}` and every request is one JSON
 * line after it (no token text, no key). A --host that is not a loopback address exits 2.
 */
import { unwatchFile, watchFile } from 'node:fs';
import { createTokenServerService } from '../../main/tokenServer/tokenServerService';
import { createSigningTokenMinter } from '../../main/tokenServer/signingTokenMinter';
import { zodDetailParams } from '../../shared/ipc/describeZodError';
import { serverFaultsSchema, type ServerFaults } from '../../shared/tokenServer/faultConfig';
import type { RequestLogEntry } from '../../shared/tokenServer/requestLog';
import { DEFAULT_MAX_TTL_SECONDS, DEFAULT_RATE_LIMIT_PER_SECOND, isLoopbackHost, type ServerSettingsInput } from '../../shared/tokenServer/serverSettings';
import { integerOption, noPositionals, optionValue, parseArgs } from '../args';
import { cliT, errorText, jsonErrorDetail, translator, usageText } from '../cliText';
import { TokenLabError } from '../../shared/errors';
import type { Translate } from '../../shared/tokens/reasonText';
import { createCliConfirm } from '../cliConfirm';
import { cliRegistry, openCliVault, type CliVaultIo } from '../cliVault';
import type { FamilyRegistry } from '../../shared/families/registry';
import { familyQueryOf } from '../../shared/tokenServer/familyQuery';
import { EXIT_OK, type CliIo } from '../io';
import { jsonText, shown } from '../untrustedText';
import { readUserFile } from '../userFile';

/** One line per family: its route and the names its fields answer to. */
function familyRoutes(registry: FamilyRegistry): string {
  return registry.families
    .map((family) => {
      const fq = familyQueryOf(family);
      const fields = family.generator.fields.filter((f) => f !== fq.ttlField).map((f) => (f === fq.userField ? `user (${f.key})` : f.key));
      const lines = [`     /token/${family.cliNames[0] ?? family.id} `];
      for (const [i, field] of fields.entries()) {
        const piece = ` ${field}${i < fields.length - 1 ? ',' : ''}`;
        if (lines.at(-1)!.length + piece.length > 92) lines.push(`       ${piece}`);
        else lines[lines.length - 1] += piece;
      }
      return lines.join('\n');
    })
    .join('\n');
}

/** `serve --help` in the run's language: the routes are listed from the registry, so every family shows with its parameters. */
export function serveUsage(registry: FamilyRegistry, t: Translate = cliT({})): string {
  return t('cli.help.serve', {
    routes: familyRoutes(registry),
    maxTtl: DEFAULT_MAX_TTL_SECONDS,
    rate: DEFAULT_RATE_LIMIT_PER_SECOND,
    faults: t('cli.help.serveFaults'),
  });
}

const OPTIONS = {
  port: { value: true },
  host: { value: true },
  profile: { value: true, repeat: true },
  'max-ttl': { value: true },
  'refuse-over-max': { value: false },
  'rate-limit': { value: true },
  cors: { value: true, repeat: true },
  config: { value: true },
  'allow-prod': { value: false },
  yes: { value: false },
  json: { value: false },
  help: { value: false },
} as const;

/** The CLI's clock and stop signal, beyond CliIo's; main.ts supplies the real ones. */
export type ServeIo = CliVaultIo & {
  nowMs?(): number;
  /** Resolves on SIGINT / SIGTERM. */
  untilStopped?(): Promise<void>;
};

/** A fault config is a few hundred bytes; 1 MiB leaves room for long failRequests lists. */
const CONFIG_MAX_BYTES = 1024 * 1024;
/** How often the config file is checked for an edit. */
const CONFIG_POLL_MS = 300;

async function loadFaults(path: string, io: CliIo): Promise<ServerFaults> {
  const text = path === '-' ? await io.stdin.readAll(CONFIG_MAX_BYTES) : (await readUserFile(path, 'config', CONFIG_MAX_BYTES)).toString('utf8');
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    throw usageText('serve.configNotJson', { path, detail: error instanceof Error ? error.message : cliT(io)('cli.serve.parseError'), 'detail@zh-CN': jsonErrorDetail(error, translator('zh-CN'), 'zh-CN') });
  }
  const parsed = serverFaultsSchema.safeParse(input);
  if (!parsed.success) throw usageText('serve.configBadFields', { path, ...zodDetailParams(parsed.error, 20) });
  return parsed.data;
}

function describeEntry(e: RequestLogEntry, t: Translate): string {
  const time = new Date(e.at).toISOString().slice(11, 23);
  const who = [e.family, e.profile, e.user].map((x) => (x === null ? '-' : shown(x))).join(' ');
  const faults = e.faults.length > 0 ? `  ${t('cli.serve.faults', { faults: e.faults.join(',') })}` : '';
  const err = e.error !== null ? `  ${e.error}` : '';
  return `${time}  #${e.seq}  ${e.status}  ${shown(e.route)}  ${who}  ${t('cli.serve.latency', { ms: Math.round(e.latencyMs) })}${faults}${err}`;
}

/** Why a reloaded config was not taken, in the run's language. */
function reloadError(error: unknown, t: Translate, io: CliIo): string {
  if (error instanceof TokenLabError) return errorText(error, t, io.locale?.language);
  return error instanceof Error ? error.message : t('cli.serve.unreadableConfig');
}

export async function serveCommand(argv: readonly string[], io: ServeIo): Promise<number> {
  const args = parseArgs(argv, OPTIONS);
  if (args.flags.has('help')) {
    io.stdout.write(serveUsage(cliRegistry(io), cliT(io)));
    return EXIT_OK;
  }
  noPositionals(args);
  const host = optionValue(args, 'host') ?? '127.0.0.1';
  if (!isLoopbackHost(host)) throw usageText('serve.hostNotLoopback', { host });
  const port = integerOption(args, 'port', { min: 0, max: 65_535 });
  const maxTtl = integerOption(args, 'max-ttl', { min: 1, max: 365 * 86_400 });
  const rate = integerOption(args, 'rate-limit', { min: 1, max: 1_000_000 });
  const configPath = optionValue(args, 'config');
  const faults = configPath !== undefined ? await loadFaults(configPath, io) : undefined;
  if (!io.untilStopped) throw usageText('serve.needsTerminal');
  const settings: ServerSettingsInput = {
    host,
    ...(port !== undefined ? { port } : {}),
    ...(maxTtl !== undefined ? { maxTtlSeconds: maxTtl } : {}),
    ...(rate !== undefined ? { rateLimitPerSecond: rate } : {}),
    overMaxTtl: args.flags.has('refuse-over-max') ? 'refuse' : 'clamp',
    corsOrigins: args.options.get('cors') ?? [],
    profiles: args.options.get('profile') ?? [],
    allowProd: args.flags.has('allow-prod'),
    ...(faults ? { faults } : {}),
  };

  const confirm = createCliConfirm(io, args.flags.has('yes'));
  const { vault, signing, registry } = openCliVault(io);
  const nowMs = io.nowMs ?? (() => io.now() * 1000);
  const service = createTokenServerService({
    createMinter: () => createSigningTokenMinter({ vault, signing, registry }),
    randomBytes: io.randomBytes,
    nowMs,
    confirm,
    language: () => io.locale?.language ?? 'en',
  });
  const json = args.flags.has('json');
  const t = cliT(io);
  const started = await service.start(settings);
  if (json) io.stdout.write(`${jsonText({ url: started.url, key: started.key })}\n`);
  else {
    const words = { url: started.url, key: started.key };
    io.stdout.write(`${t('cli.serve.started', words)}\n${t('cli.serve.key', words)}\n${t('cli.serve.try', words)}\n`);
  }
  service.onLog((entry) => io.stdout.write(`${json ? jsonText(entry) : describeEntry(entry, t)}\n`));
  // Edit the config while it runs: the next request after the save uses it (a bad edit keeps the old faults).
  const watched = configPath !== undefined && configPath !== '-' ? configPath : null;
  if (watched !== null) {
    watchFile(watched, { interval: CONFIG_POLL_MS, persistent: false }, () => {
      loadFaults(watched, io).then(
        (next) => {
          service.setFaults(next);
          io.stderr.write(`tokenlab serve: ${t('cli.serve.reloaded', { path: watched })}\n`);
        },
        (error: unknown) => io.stderr.write(`tokenlab serve: ${t('cli.serve.keptFaults', { detail: reloadError(error, t, io) })}\n`),
      );
    });
  }
  await io.untilStopped();
  if (watched !== null) unwatchFile(watched);
  await service.stop();
  return EXIT_OK;
}
