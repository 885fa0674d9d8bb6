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
import { describeZodError } from '../../shared/ipc/describeZodError';
import { FAULT_CONFIG_HELP, serverFaultsSchema, type ServerFaults } from '../../shared/tokenServer/faultConfig';
import type { RequestLogEntry } from '../../shared/tokenServer/requestLog';
import { DEFAULT_MAX_TTL_SECONDS, DEFAULT_RATE_LIMIT_PER_SECOND, isLoopbackHost, type ServerSettingsInput } from '../../shared/tokenServer/serverSettings';
import { integerOption, noPositionals, optionValue, parseArgs, usage } from '../args';
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

/** `serve --help`: the routes are listed from the registry, so every family shows with its parameters. */
export function serveUsage(registry: FamilyRegistry): string {
  return `Usage: tokenlab serve [--port N] [--host 127.0.0.1] [--profile NAME ...] [--max-ttl S]
                      [--refuse-over-max] [--rate-limit N] [--cors ORIGIN ...]
                      [--config FILE] [--allow-prod [--yes]] [--json]

Serves tokens of your stored profiles to the app under test, on 127.0.0.1 only, until
Ctrl+C (SIGINT) or SIGTERM; then it frees the port and exits 0.
  GET /token?profile=NAME&user=U[&ttl=S][&family=F] plus the family's own parameters, or
  GET /token/FAMILY?... with the family's field names (profile= may be left out when the
     run serves exactly one --profile, or one of that family):
${familyRoutes(registry)}
     (each field also answers to its generate flag without "--", e.g. room for roomId;
     lists are comma-separated, switches true/false, ttl in seconds)
  with "Authorization: Bearer KEY" → 200 {"token", "expiresAt" (epoch s), "family", "ttlSeconds"}.
  No key: 401. Unknown parameter: 400 naming it. Over the rate limit: 429.
  --port N           listen on N (default: a free port)
  --host H           a loopback address (127.0.0.1, localhost, ::1); anything else exits 2
  --profile NAME     serve only these profiles (repeatable; default: every profile)
  --max-ttl S        the longest TTL served (default ${DEFAULT_MAX_TTL_SECONDS}); longer asks are cut to it
                     and the answer says "ttlClamped" ...
  --refuse-over-max  ... or answered 400 ttl_too_long instead
  --rate-limit N     requests a second (default ${DEFAULT_RATE_LIMIT_PER_SECOND})
  --cors ORIGIN      allow this browser origin (repeatable; default: CORS off)
  --allow-prod       serve prod-tagged profiles this run (asks to type yes on the terminal;
                     --yes answers it; without a terminal and --yes it exits 2)
  --config FILE      faults as JSON (schema below), e.g. every token lives 40 s and
                     request 3 fails: {"ttlOverrideSeconds": 40, "failRequests": [3]};
                     save an edit while it runs and the next request uses it
                     ("-" reads it from stdin)
  --json             first line {"url","key"}, then one JSON line per request
The fault config (--config FILE; docs/TOKEN-SERVER.md):
${FAULT_CONFIG_HELP}
Examples:
  tokenlab serve --profile staging
  tokenlab serve --port 8787 --profile staging --max-ttl 3600 --json

Exit codes: 0 stopped by a signal, 2 a bad option, config or host, or the port is taken.
`;
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
    throw usage(`the config file ${path} is not valid JSON (${error instanceof Error ? error.message : 'parse error'})`);
  }
  const parsed = serverFaultsSchema.safeParse(input);
  if (!parsed.success) throw usage(`the config file ${path} has bad fields: ${describeZodError(parsed.error, 20)}`);
  return parsed.data;
}

function describeEntry(e: RequestLogEntry): string {
  const time = new Date(e.at).toISOString().slice(11, 23);
  const who = [e.family, e.profile, e.user].map((x) => (x === null ? '-' : shown(x))).join(' ');
  const faults = e.faults.length > 0 ? `  faults: ${e.faults.join(',')}` : '';
  const err = e.error !== null ? `  ${e.error}` : '';
  return `${time}  #${e.seq}  ${e.status}  ${shown(e.route)}  ${who}  ${Math.round(e.latencyMs)} ms${faults}${err}`;
}

export async function serveCommand(argv: readonly string[], io: ServeIo): Promise<number> {
  const args = parseArgs(argv, OPTIONS);
  if (args.flags.has('help')) {
    io.stdout.write(serveUsage(cliRegistry(io)));
    return EXIT_OK;
  }
  noPositionals(args);
  const host = optionValue(args, 'host') ?? '127.0.0.1';
  if (!isLoopbackHost(host)) throw usage(`--host must be a loopback address (127.0.0.1, localhost or ::1), got "${host}": the token server never listens on the network`);
  const port = integerOption(args, 'port', { min: 0, max: 65_535 });
  const maxTtl = integerOption(args, 'max-ttl', { min: 1, max: 365 * 86_400 });
  const rate = integerOption(args, 'rate-limit', { min: 1, max: 1_000_000 });
  const configPath = optionValue(args, 'config');
  const faults = configPath !== undefined ? await loadFaults(configPath, io) : undefined;
  if (!io.untilStopped) throw usage('serve needs a terminal session it can be stopped from');
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
  });
  const json = args.flags.has('json');
  const started = await service.start(settings);
  if (json) io.stdout.write(`${jsonText({ url: started.url, key: started.key })}\n`);
  else {
    io.stdout.write(`Token server on ${started.url} (Ctrl+C stops it)\n`);
    io.stdout.write(`Key (this run only): ${started.key}\n`);
    io.stdout.write(`Try: curl -H "Authorization: Bearer ${started.key}" "${started.url}/token?profile=NAME&user=alice&ttl=40"\n`);
  }
  service.onLog((entry) => io.stdout.write(`${json ? jsonText(entry) : describeEntry(entry)}\n`));
  // Edit the config while it runs: the next request after the save uses it (a bad edit keeps the old faults).
  const watched = configPath !== undefined && configPath !== '-' ? configPath : null;
  if (watched !== null) {
    watchFile(watched, { interval: CONFIG_POLL_MS, persistent: false }, () => {
      loadFaults(watched, io).then(
        (next) => {
          service.setFaults(next);
          io.stderr.write(`tokenlab serve: faults reloaded from ${watched}\n`);
        },
        (error: unknown) => io.stderr.write(`tokenlab serve: kept the previous faults: ${error instanceof Error ? error.message : 'unreadable config'}\n`),
      );
    });
  }
  await io.untilStopped();
  if (watched !== null) unwatchFile(watched);
  await service.stop();
  return EXIT_OK;
}
