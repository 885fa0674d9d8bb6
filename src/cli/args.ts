/**
 * A small, strict argument parser for the `tokenlab` CLI.
 *
 * Strict on purpose: an unknown option is a usage error (exit 2), never silently ignored,
 * because a mistyped `--secret-fil` must not fall back to "no secret". `--` ends the
 * options so that a token starting with `-` can still be passed.
 */
import type { TokenLabError } from '../shared/errors';
import type { Translate } from '../shared/tokens/reasonText';
import { translator, usageText } from './cliText';

export interface OptionSpec {
  /** true: takes a value (`--name VALUE` or `--name=VALUE`); false: a flag. */
  value: boolean;
  /** May be given more than once (values collected in order). */
  repeat?: boolean;
}

export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string[]>;
  flags: Set<string>;
}

/** The English answer to `--secret` (tests quote it); printed through the catalogue. */
export const SECRET_ON_COMMAND_LINE = translator('en')('cli.args.secretOnCommandLine');

export function parseArgs(argv: readonly string[], spec: Record<string, OptionSpec>): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string[]>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    const def = spec[name];
    if (!def && name === 'secret') throw usageText('args.secretOnCommandLine');
    if (!def) throw usageText('args.unknownOption', { name });
    if (!def.value) {
      if (eq !== -1) throw usageText('args.takesNoValue', { name });
      flags.add(name);
      continue;
    }
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      i++;
    }
    if (value === undefined) throw usageText('args.needsValue', { name });
    const list = options.get(name) ?? [];
    if (list.length > 0 && !def.repeat) throw usageText('args.givenTwice', { name });
    list.push(value);
    options.set(name, list);
  }
  return { positionals, options, flags };
}

/**
 * A usage error from a sentence built elsewhere (a family's field check, a service's refusal):
 * printed as it is. The CLI's own sentences use `usageText` with a catalogue key instead.
 */
export function usage(message: string): TokenLabError {
  return usageText('verbatim', { message });
}

export function optionValue(args: ParsedArgs, name: string): string | undefined {
  return args.options.get(name)?.[0];
}

/**
 * Refuse positional arguments where a command takes none; `hint` says where the value goes
 * instead. The argument is named by position and length, never quoted: a stray positional is
 * most often a secret pasted in the wrong place, and an error message ends up in logs.
 */
export function noPositionals(args: ParsedArgs, hint?: string): void {
  const [first] = args.positionals;
  if (first === undefined) return;
  if (hint === undefined) throw usageText('args.unexpectedArgument', { length: first.length });
  throw usageText('args.unexpectedArgumentHint', { length: first.length, hint });
}

/**
 * A command word for an "unknown command" message: quoted when it looks like one (so a typo is
 * recognisable), else only its length — it may be a secret typed in the wrong place.
 */
export function describeCommandWord(arg: string, t: Translate = translator('en')): string {
  return /^[a-z][a-z-]{0,23}$/.test(arg) ? `"${arg}"` : t('cli.wordNotShown', { length: arg.length });
}

/** `describeCommandWord` as a usage error's `word` param, in English and (as `word@zh-CN`) in Chinese. */
export function commandWordParams(arg: string): { word: string; 'word@zh-CN': string } {
  return { word: describeCommandWord(arg), 'word@zh-CN': describeCommandWord(arg, translator('zh-CN')) };
}

/** The integer `raw` spells (optional minus sign, digits, surrounding whitespace), or undefined. */
export function parseWholeNumber(raw: string): number | undefined {
  const text = raw.trim();
  return /^-?\d+$/.test(text) ? Number(text) : undefined;
}

/** A whole number in [min, max]; the error names the option. */
export function integerOption(
  args: ParsedArgs,
  name: string,
  range: { min: number; max: number },
): number | undefined {
  const raw = optionValue(args, name);
  if (raw === undefined) return undefined;
  const n = parseWholeNumber(raw);
  if (n === undefined) throw usageText('args.wholeNumber', { flag: `--${name}`, raw });
  if (!Number.isSafeInteger(n) || n < range.min || n > range.max) {
    throw usageText('args.between', { flag: `--${name}`, min: range.min, max: range.max, raw });
  }
  return n;
}

/** The latest instant the CLI accepts for --now: 9999-12-31T23:59:59Z. */
export const MAX_EPOCH_SECONDS = 253_402_300_799;

/** Adds `--help` (and `-h` is read as it too) to a command's options. */
export function withHelp(spec: Record<string, OptionSpec>): Record<string, OptionSpec> {
  return { ...spec, help: { value: false } };
}

/** `-h` means `--help` everywhere. */
export function helpAsked(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** An ISO 8601 time with a zone (`2026-12-02T05:00:00Z`, `…+08:00`): epoch seconds, or undefined. */
export function parseIsoTime(raw: string): number | undefined {
  const text = raw.trim();
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
}

/** `--now EPOCH_SECONDS` or `--now 2026-12-02T05:00:00Z`, or the clock. */
export function nowOption(args: ParsedArgs, clock: () => number): number {
  const raw = optionValue(args, 'now');
  if (raw !== undefined && parseWholeNumber(raw) === undefined) {
    const iso = parseIsoTime(raw);
    if (iso === undefined || iso < 0 || iso > MAX_EPOCH_SECONDS) {
      throw usageText('args.nowFormat', { raw });
    }
    return iso;
  }
  return integerOption(args, 'now', { min: 0, max: MAX_EPOCH_SECONDS }) ?? clock();
}

const DURATION_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/**
 * A duration as people write it: `3600`, `90s`, `45m`, `1h`, `1h30m`, `7d`, `2w` → seconds;
 * undefined for anything else.
 */
export function parseDuration(raw: string): number | undefined {
  const text = raw.trim().toLowerCase();
  const whole = parseWholeNumber(text);
  if (whole !== undefined) return whole;
  if (!/^(\d+[smhdw])+$/.test(text)) return undefined;
  let total = 0;
  for (const [, n, unit] of text.matchAll(/(\d+)([smhdw])/g)) total += Number(n) * (DURATION_UNITS[unit as string] as number);
  return Number.isSafeInteger(total) ? total : undefined;
}
