/**
 * `tokenlab generate zego|commsease`: mint a token; the token alone on stdout's last line.
 * Human notes go to stderr so that `$(tokenlab generate …)` captures just the token.
 */
import { nodeCryptoPort } from '../../main/crypto/nodeCryptoPort';
import { TokenLabError } from '../../shared/errors';
import { isoUtc } from '../../shared/time/humanize';
import { generateCommsEaseToken } from '../../shared/tokens/commsease/dynamicToken';
import { inspectToken } from '../../shared/tokens/inspect';
import type { Inspection, ZegoLayout } from '../../shared/tokens/types';
import { drawZegoRandomness, generateZegoToken } from '../../shared/tokens/zego/generateZegoToken';
import { buildRoomPrivilegePayload, describeRoomPrivilege } from '../../shared/tokens/zego/privilege';
import { appIdOption, noPositionals, nowOption, optionValue, parseArgs, parseWholeNumber, usage, type OptionSpec, type ParsedArgs } from '../args';
import { EXIT_OK, type CliIo } from '../io';
import { inspectionRecord } from '../output';
import { loadProfileCredentials } from '../profileCredentials';
import { readSecretFile } from '../secretFile';
import { jsonText, shown } from '../untrustedText';

const SHARED: Record<string, OptionSpec> = {
  ttl: { value: true },
  'secret-file': { value: true },
  profile: { value: true },
  json: { value: false },
  now: { value: true },
};

const ZEGO: Record<string, OptionSpec> = {
  ...SHARED,
  'app-id': { value: true },
  'user-id': { value: true },
  room: { value: true },
  privilege: { value: true },
  stream: { value: true },
  layout: { value: true },
};

const COMMSEASE: Record<string, OptionSpec> = { ...SHARED, 'app-key': { value: true }, accid: { value: true } };

const MAX_TTL = 0x7fff_ffff;

interface Credentials {
  secret: string;
  appId?: number;
  appKey?: string;
}

async function credentials(args: ParsedArgs, io: CliIo, provider: 'zego' | 'commsease'): Promise<Credentials> {
  const secretFile = optionValue(args, 'secret-file');
  const profileName = optionValue(args, 'profile');
  if (secretFile !== undefined && profileName !== undefined) throw usage('give either --secret-file or --profile, not both');
  if (profileName !== undefined) {
    const profile = await loadProfileCredentials(profileName, io);
    if (profile.provider !== provider) throw usage(`profile "${profileName}" is a ${profile.provider} profile, not ${provider}`);
    return profile;
  }
  if (secretFile === undefined) throw usage('the secret is needed: --secret-file PATH or --profile NAME (never as an argument)');
  return { secret: await readSecretFile(secretFile) };
}

function ttlOption(args: ParsedArgs): number {
  const raw = optionValue(args, 'ttl');
  if (raw === undefined) throw usage('--ttl SECONDS is required');
  const ttl = parseWholeNumber(raw);
  if (ttl === undefined) throw usage(`--ttl must be a whole number of seconds, got "${raw}"`);
  if (ttl <= 0) throw new TokenLabError('ZEGO_EFFECTIVE_TIME_INVALID', `--ttl must be above 0 seconds, got ${raw}`, 6);
  if (ttl > MAX_TTL) throw usage(`--ttl must be at most ${MAX_TTL} seconds`);
  return ttl;
}

function list(raw: string | undefined): string[] {
  return raw === undefined ? [] : raw.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

function roomPayload(args: ParsedArgs): string {
  const room = optionValue(args, 'room');
  const privilegeRaw = optionValue(args, 'privilege');
  const streams = list(optionValue(args, 'stream'));
  if (room === undefined && privilegeRaw === undefined && streams.length === 0) return '';
  const allowed = privilegeRaw === undefined ? ['login'] : list(privilegeRaw);
  for (const p of allowed) if (p !== 'login' && p !== 'publish') throw usage(`--privilege takes login and/or publish, got "${p}"`);
  return buildRoomPrivilegePayload({
    roomId: room ?? '',
    canLogin: allowed.includes('login'),
    canPublish: allowed.includes('publish'),
    streamIds: streams.length > 0 ? streams : null,
  });
}

/** Prints the minted token (alone on stdout's last line) and, from one inspection, its summary. */
function emit(io: CliIo, token: string, json: boolean, now: number, summary: (inspection: Inspection) => string): number {
  const inspection = inspectToken(token, { now });
  if (json) {
    io.stdout.write(jsonText({ token, ...inspectionRecord(inspection) }) + '\n');
  } else {
    io.stderr.write(summary(inspection));
    io.stdout.write(token + '\n');
  }
  return EXIT_OK;
}

async function generateZego(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ZEGO);
  noPositionals(args);
  const creds = await credentials(args, io, 'zego');
  const appId = appIdOption(args) ?? creds.appId;
  if (appId === undefined) throw usage('--app-id N is required');
  const userId = optionValue(args, 'user-id');
  if (userId === undefined) throw usage('--user-id U is required');
  const layoutRaw = optionValue(args, 'layout') ?? 'gcm';
  if (layoutRaw !== 'gcm' && layoutRaw !== 'cbc') throw usage(`--layout is gcm or cbc, got "${layoutRaw}"`);
  const layout: ZegoLayout = layoutRaw;
  const effectiveTimeInSeconds = ttlOption(args);
  const payload = roomPayload(args);
  const now = nowOption(args, () => io.now());
  const token = generateZegoToken(
    { appId, userId, secret: creds.secret, effectiveTimeInSeconds, payload, layout, now, ...drawZegoRandomness(layout, io.randomBytes) },
    nodeCryptoPort,
  );
  return emit(io, token, args.flags.has('json'), now, (inspection) => {
    const privilege = inspection.privilege ? `; ${describeRoomPrivilege(inspection.privilege)}` : '';
    return `ZEGO Token04 (${layout.toUpperCase()}) for app ${appId}, user ${shown(JSON.stringify(userId))}; expires ${isoUtc(now + effectiveTimeInSeconds)}${privilege}\n`;
  });
}

async function generateCommsEase(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, COMMSEASE);
  noPositionals(args);
  const creds = await credentials(args, io, 'commsease');
  const appKey = optionValue(args, 'app-key') ?? creds.appKey;
  if (appKey === undefined || appKey === '') throw usage('--app-key K is required');
  const accid = optionValue(args, 'accid');
  if (accid === undefined || accid === '') throw usage('--accid A is required');
  const ttlSeconds = ttlOption(args);
  const now = nowOption(args, () => io.now());
  const token = generateCommsEaseToken({ appKey, accid, appSecret: creds.secret, curTimeMs: now * 1000, ttlSeconds }, nodeCryptoPort);
  return emit(io, token, args.flags.has('json'), now, () => `CommsEase dynamic token for accid ${shown(JSON.stringify(accid))}; expires ${isoUtc(now + ttlSeconds)}\n`);
}

export async function generateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [kind, ...rest] = argv;
  if (kind === 'zego') return generateZego(rest, io);
  if (kind === 'commsease') return generateCommsEase(rest, io);
  throw usage(`generate what? "tokenlab generate zego …" or "tokenlab generate commsease …"${kind ? ` (got "${kind}")` : ''}`);
}
