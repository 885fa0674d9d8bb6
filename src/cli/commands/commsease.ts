/**
 * `tokenlab commsease static …` and `tokenlab commsease callback …`: CommsEase static tokens
 * (keychain + server API) and third-party login callbacks, from a terminal or a script.
 *
 * Tokens are read from stdin (or a hidden prompt on a terminal), never echoed, and never
 * printed after a server call: the report says what happened and that the keychain holds the
 * result. Refresh and update lock users out of devices with the old token, so they ask for
 * confirmation naming the profile's environment tag (twice for prod); `--yes` skips it, and
 * without a terminal to ask on they refuse (exit 2) rather than guess.
 * Exit codes: 0 done / matches / valid / login allowed, 1 the check or the call failed,
 * 2 usage error or refused input.
 */
import { nodeCryptoPort } from '../../main/crypto/nodeCryptoPort';
import type { CallbackVerification } from '../../main/commsease/callbackVerifier';
import { sendLoginCallback, type LoginCallbackReport } from '../../main/commsease/loginCallbackTester';
import type { StaticApiReport } from '../../main/commsease/staticTokenService';
import type { Profile } from '../../main/vault/profile';
import { commsEaseFamily, type CommsEaseCredentials } from '../../shared/families/commsease-dynamic';
import { normalizeLoginToken, normalizeStaticToken, validateAccid } from '../../main/commsease/staticTokenStore';
import { answerConfirms, confirmationSteps, type DestructiveAction } from '../../shared/commsease/destructiveConfirmation';
import { COMMSEASE_CLIENT_TYPES, isCommsEaseClientType } from '../../shared/commsease/loginCallback';
import type { Translate } from '../../shared/tokens/reasonText';
import { cliT, translator, usageText } from '../cliText';
import { commandWordParams, helpAsked, integerOption, noPositionals, optionValue, parseArgs, type OptionSpec, type ParsedArgs } from '../args';
import { openCliVault, reportCorruption, type CliVault, type CliVaultIo } from '../cliVault';
import { EXIT_NOT_ALL_VALID, EXIT_OK, EXIT_USAGE, type CliIo } from '../io';
import { readHiddenInput, readOptionalHiddenInput } from '../secretInput';
import { readUserFile } from '../userFile';
import { cliDestinationGate } from '../cliConfirm';
import { resolveDataDir } from '../../main/vault/dataDir';
import { jsonText, shown } from '../untrustedText';

/** The help in a language; the client types come from the shared list. */
function commsEaseHelp(t: Translate): string {
  return t('cli.help.commsease', { clientTypes: COMMSEASE_CLIENT_TYPES.join(', ') });
}

/** The English help (tests quote it). */
export const COMMSEASE_USAGE = commsEaseHelp(translator('en'));

const PROFILE_ACCID: Record<string, OptionSpec> = { profile: { value: true }, accid: { value: true }, json: { value: false } };
const SERVER_CALL: Record<string, OptionSpec> = { ...PROFILE_ACCID, yes: { value: false } };
const SEND: Record<string, OptionSpec> = {
  profile: { value: true },
  url: { value: true },
  accid: { value: true },
  'client-type': { value: true },
  'client-ip': { value: true },
  ext: { value: true },
  timeout: { value: true },
  json: { value: false },
};
const VERIFY: Record<string, OptionSpec> = { profile: { value: true }, headers: { value: true }, body: { value: true }, json: { value: false } };

const MAX_HEADERS_BYTES = 64 * 1024;
const MAX_BODY_BYTES = 1024 * 1024;

function required(args: ParsedArgs, name: string, what: string): string {
  const value = optionValue(args, name);
  if (value === undefined || value.trim() === '') throw usageText('args.required', { flag: `--${name} ${what}` });
  return value;
}

/** A token is never a positional argument here (only `static check -- TOKEN`, handled there). */
const TOKEN_ON_STDIN = 'a token is read from stdin';

/** Refuse a token or secret passed as an option, without echoing it. */
function refuseSecretOptions(argv: readonly string[]): void {
  const end = argv.indexOf('--');
  const options = end === -1 ? argv : argv.slice(0, end);
  if (options.some((arg) => /^--(token|secret|app-secret|password)(=|$)/i.test(arg))) {
    throw usageText('commsease.secretOption');
  }
}

async function commsEaseProfile(cli: CliVault, name: string): Promise<Profile<CommsEaseCredentials>> {
  return cli.vault.profileOf(name, commsEaseFamily);
}

/**
 * A token from stdin, or a hidden prompt (`label`, ending in its colon) on a terminal, checked by `normalize` (CommsEase's
 * static-token limits by default). `optional`: empty is allowed (create lets CommsEase draw one).
 */
async function readToken(io: CliIo, label: string, optional = false, normalize: (token: string) => string = normalizeStaticToken): Promise<string | null> {
  const token = optional ? await readOptionalHiddenInput(io, label) : await readHiddenInput(io, label, 'token');
  return token === null ? null : normalize(token);
}

/** Ask the confirmation questions, or refuse; returns normally only when confirmed. */
async function confirmDestructive(action: DestructiveAction, profile: { name: string; env: string }, accid: string, args: ParsedArgs, io: CliIo): Promise<void> {
  if (args.flags.has('yes')) return;
  const target = cliT(io)('cli.commsease.target', { action, accid, profile: profile.name, env: profile.env });
  if (!io.stdin.isTTY) throw usageText('confirm.noTerminal', { action: target });
  for (const step of confirmationSteps(action, { profileName: profile.name, env: profile.env, accid })) {
    const answer = await io.promptHidden(`${step.question} `);
    if (!answerConfirms(step, answer)) throw usageText('commsease.notSent', { action: target });
  }
}

function printStaticReport(report: StaticApiReport, args: ParsedArgs, io: CliIo): number {
  const ok = report.status === 'ok' && report.stored;
  if (args.flags.has('json')) io.stdout.write(`${jsonText(report)}\n`);
  else {
    io.stdout.write(`${shown(report.message)}\n`);
    const t = cliT(io);
    const details = [
      report.status,
      ...(report.code !== null ? [t('cli.commsease.code', { code: report.code })] : []),
      ...(report.httpStatus !== null ? [`HTTP ${report.httpStatus}`] : []),
      t('cli.commsease.ms', { ms: report.elapsedMs }),
    ].join(t('cli.inspect.summaryJoin'));
    io.stdout.write(`   ${t('cli.commsease.reportLine', { operation: report.operation, accid: shown(report.accid), env: shown(report.env), apiBase: shown(report.apiBase), details })}\n`);
  }
  return ok ? EXIT_OK : EXIT_NOT_ALL_VALID;
}

async function staticCommand(action: string | undefined, argv: readonly string[], io: CliIo): Promise<number> {
  const isServerCall = action === 'create' || action === 'update' || action === 'refresh';
  if (action !== 'set' && action !== 'check' && !isServerCall) throw usageText('commsease.unknownStatic', { ...commandWordParams(action ?? ''), clientTypes: COMMSEASE_CLIENT_TYPES.join(', ') });
  const args = parseArgs(argv, isServerCall ? SERVER_CALL : PROFILE_ACCID);
  const accid = validateAccid(required(args, 'accid', 'A'));
  // Signed calls ask on this terminal before going to an API base not yet approved (or take --yes).
  const cli = openCliVault(io as CliVaultIo, { destinations: cliDestinationGate(resolveDataDir(io.env), io, args.flags.has('yes')) });
  const t = cliT(io);
  try {
    const profile = await commsEaseProfile(cli, required(args, 'profile', 'NAME'));
    const store = cli.commsease.staticTokens;

    if (action === 'set') {
      noPositionals(args, TOKEN_ON_STDIN);
      const token = (await readToken(io, t('cli.commsease.promptStatic', { accid, profile: profile.name }))) as string;
      await store.set(profile.id, accid, token);
      if (args.flags.has('json')) io.stdout.write(`${jsonText({ accid, profile: profile.name, stored: true })}\n`);
      else io.stdout.write(`${t('cli.commsease.stored', { accid, profile: profile.name, env: profile.env })}\n`);
      return EXIT_OK;
    }

    if (action === 'check') {
      if (args.positionals.length > 1) throw usageText('commsease.oneToken');
      const candidate = args.positionals[0] ?? (await readToken(io, t('cli.commsease.promptCheck', { accid }), false, normalizeLoginToken));
      if (candidate === null || candidate.trim() === '') throw usageText('commsease.emptyCheck');
      const verdict = await store.check(profile.id, accid, candidate);
      if (args.flags.has('json')) io.stdout.write(`${jsonText({ accid, profile: profile.name, verdict })}\n`);
      else {
        const sentence =
          verdict === 'matches'
            ? t('cli.commsease.matches')
            : verdict === 'does_not_match'
              ? t('cli.commsease.doesNotMatch')
              : t('cli.commsease.noneStored', { accid, profile: profile.name });
        io.stdout.write(`${accid}: ${sentence}\n`);
      }
      return verdict === 'matches' ? EXIT_OK : EXIT_NOT_ALL_VALID;
    }

    noPositionals(args, TOKEN_ON_STDIN);
    const service = cli.commsease.staticApi;
    const common = { profileId: profile.id, accid };
    const confirmation = { env: profile.env, twice: true };
    if (action === 'create') {
      const token = await readToken(io, t('cli.commsease.promptCreate', { accid }), true);
      return printStaticReport(await service.create({ ...common, token }), args, io);
    }
    if (action === 'update') {
      const token = (await readToken(io, t('cli.commsease.promptUpdate', { accid }))) as string;
      await confirmDestructive('update', profile, accid, args, io);
      return printStaticReport(await service.update({ ...common, token, confirmation }), args, io);
    }
    await confirmDestructive('refresh', profile, accid, args, io);
    return printStaticReport(await service.refresh({ ...common, confirmation }), args, io);
  } finally {
    reportCorruption(cli, io);
  }
}

function printCallbackReport(report: LoginCallbackReport, io: CliIo): void {
  const t = cliT(io);
  const lines = [
    // The URL, the headers and above all the server's answer are untrusted: each shown escaped on its own line.
    `${report.request.method} ${shown(report.request.url)}`,
    ...Object.entries(report.request.headers).map(([name, value]) => `  ${shown(name)}: ${shown(value)}`),
    `  ${shown(report.request.bodyShown)}`,
    report.response
      ? t('cli.commsease.answer', { status: report.response.status, type: report.response.contentType ? ` (${shown(report.response.contentType)})` : '', ms: report.elapsedMs })
      : t('cli.commsease.noAnswer', { ms: report.elapsedMs }),
    ...(report.response && report.response.body !== '' ? [`  ${shown(report.response.body)}${report.response.truncated ? ' …' : ''}`] : []),
    t('cli.commsease.decision', { kind: report.decision.kind, reason: shown(report.decision.reason) }),
    t('cli.commsease.client', { experience: report.decision.clientExperience }),
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
}

async function readBoundedFile(path: string, what: string, limit: number): Promise<string> {
  return (await readUserFile(path, what, limit)).toString('utf8');
}

function printVerification(result: CallbackVerification, io: CliIo): void {
  const t = cliT(io);
  const mark = (status: string) => t(status === 'ok' ? 'cli.commsease.ok' : status === 'mismatch' ? 'cli.commsease.failed' : 'cli.commsease.missing');
  const lines = [
    `${result.verdict.toUpperCase()}: ${result.explanation}`,
    `  MD5       ${t('cli.commsease.md5', { mark: mark(result.md5.status), header: result.md5.received ?? '-', body: result.md5.computed })}`,
    ...(result.md5.hint ? [`            ${result.md5.hint}`] : []),
    `  CheckSum  ${t('cli.commsease.checkSum', { mark: mark(result.checkSum.status), header: result.checkSum.received ?? '-' })}`,
    `  AppKey    ${result.appKey.status}${result.appKey.received ? ` (${result.appKey.received})` : ''}`,
    ...(result.curTime.note ? [`  CurTime   ${result.curTime.received} — ${result.curTime.note}`] : []),
    ...(result.body
      ? [
          `  body      ${t('cli.commsease.bodyLine', { eventType: result.body.eventType ?? '-', fromAccount: result.body.fromAccount ?? '-', fromClientType: result.body.fromClientType ?? '-' })}`,
          ...(result.body.note ? [`            ${result.body.note}`] : []),
        ]
      : [`  body      ${t('cli.commsease.bodyNotJson')}`]),
    ...result.headerProblems.map((problem) => `  ! ${problem}`),
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
}

async function callbackCommand(action: string | undefined, argv: readonly string[], io: CliIo): Promise<number> {
  if (action !== 'send' && action !== 'verify') throw usageText('commsease.unknownCallback', { ...commandWordParams(action ?? ''), clientTypes: COMMSEASE_CLIENT_TYPES.join(', ') });
  const args = parseArgs(argv, action === 'send' ? SEND : VERIFY);
  noPositionals(args, TOKEN_ON_STDIN);
  const profileName = required(args, 'profile', 'NAME');

  if (action === 'send') {
    const url = required(args, 'url', 'URL');
    const accid = validateAccid(required(args, 'accid', 'A'));
    const clientType = required(args, 'client-type', 'TYPE').toUpperCase();
    if (!isCommsEaseClientType(clientType)) throw usageText('commsease.clientType', { types: COMMSEASE_CLIENT_TYPES.join(', ') });
    const timeoutMs = integerOption(args, 'timeout', { min: 1, max: 60_000 });
    const cli = openCliVault(io as CliVaultIo);
    try {
      await commsEaseProfile(cli, profileName);
      const token = (await readToken(io, cliT(io)('cli.commsease.promptLogin', { accid }), false, normalizeLoginToken)) as string;
      const { profile, secret: appSecret } = await cli.vault.credentialsByName(profileName, commsEaseFamily);
      const report = await sendLoginCallback(
        {
          url,
          appKey: profile.credentials.appKey,
          appSecret,
          accid,
          token,
          clientType,
          clientIp: optionValue(args, 'client-ip') ?? '127.0.0.1',
          loginExt: optionValue(args, 'ext') ?? '',
          nowMs: io.now() * 1000,
        },
        nodeCryptoPort,
        timeoutMs !== undefined ? { timeoutMs } : {},
      );
      if (args.flags.has('json')) io.stdout.write(`${jsonText(report)}\n`);
      else printCallbackReport(report, io);
      return report.decision.kind === 'login_allowed' ? EXIT_OK : EXIT_NOT_ALL_VALID;
    } finally {
      reportCorruption(cli, io);
    }
  }

  const headers = await readBoundedFile(required(args, 'headers', 'FILE'), 'headers', MAX_HEADERS_BYTES);
  const body = await readBoundedFile(required(args, 'body', 'FILE'), 'body', MAX_BODY_BYTES);
  const cli = openCliVault(io as CliVaultIo);
  try {
    const profile = await commsEaseProfile(cli, profileName);
    const result = await cli.commsease.callbacks.verify({ profileId: profile.id, headers, body });
    if (args.flags.has('json')) io.stdout.write(`${jsonText(result)}\n`);
    else printVerification(result, io);
    return result.verdict === 'valid' ? EXIT_OK : EXIT_NOT_ALL_VALID;
  } finally {
    reportCorruption(cli, io);
  }
}

export async function commseaseCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [group, action, ...rest] = argv;
  // `commsease static check --help` too: every call's usage and examples are in the one help text.
  if (group === undefined || group === 'help' || helpAsked(argv)) {
    io.stdout.write(commsEaseHelp(cliT(io)));
    return group === undefined ? EXIT_USAGE : EXIT_OK;
  }
  refuseSecretOptions(rest);
  if (group === 'static') return staticCommand(action, rest, io);
  if (group === 'callback') return callbackCommand(action, rest, io);
  throw usageText('commsease.unknownGroup', { ...commandWordParams(group), clientTypes: COMMSEASE_CLIENT_TYPES.join(', ') });
}
