/**
 * One batch line → its printed verdict. The same code runs on the main thread and in the
 * verify workers, so a line reads the same whichever thread judged it.
 *
 * Every line gets a verdict: a token of another family, or a secret that cannot be its
 * family's key, is that line's verdict with its reason — the run goes on.
 */
import { nodeCryptoPort } from '../../main/crypto/nodeCryptoPort';
import { PreparedKeys } from '../../shared/crypto/preparedKeys';
import type { Expectations, FamilyVerifyOptions, TokenFamily } from '../../shared/families/family';
import { defaultRegistry, type FamilyRegistry } from '../../shared/families/registry';
import { lineTokens } from '../../shared/tokens/extractTokens';
import type { Inspection, Verdict } from '../../shared/tokens/types';
import type { Language } from '../../shared/i18n';
import { translator } from '../cliText';
import { inspectionPrinter, inspectionRecord, painterFor, type Words } from '../output';
import { jsonSafe } from '../untrustedText';

/** Everything a judge needs, as plain data (it crosses to a worker with postMessage). */
export interface BatchJudgeConfig {
  mode: 'inspect' | 'verify';
  now: number;
  skewSeconds: number;
  secret?: string;
  /** Per family id, what its tokens must match. */
  expect: Record<string, Expectations>;
  json: boolean;
  colour: boolean;
  /** The language text output is worded in (a worker builds its own catalogue from it). */
  language?: Language;
}

/** One input line (numbered from 1) or one argument. */
export interface BatchItem {
  line: number;
  text: string;
}

/** Verdict → how many lines had it. */
export type VerdictCounts = Partial<Record<Verdict, number>>;

/**
 * The printed verdicts of one item (none for a blank line); each verdict is counted in `counts`.
 * What it returns is whole once passed through `finish` (--json: the escaping `jsonText` does,
 * applied to a chunk of verdicts at once; text: as it is).
 */
export interface BatchJudge {
  (item: BatchItem, counts: VerdictCounts): string;
  finish(text: string): string;
}

/**
 * The tokens of one stdin line: pulled out of a log line as the inspector does. A line that is
 * just one token is kept as it is, so the verdict still says what invisible edges were trimmed.
 */
export function tokensOfLine(text: string): string[] {
  if (isWholeToken(text)) return [text];
  const found = lineTokens(text);
  return found.length === 1 && found[0] === text.trim() ? [text] : found;
}

const BASE64_CHAR = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') BASE64_CHAR[c.charCodeAt(0)] = 1;

/**
 * Whether a line is one base64 token and nothing else, which `lineTokens` gives back whole:
 * `/^(?:04|ey|ew|006|007)[A-Za-z0-9+/]{20,}={0,2}$/` — one of its prefixes, at least 20 more
 * base64 characters and up to two `=`, with no space, dot or other character it would stop or
 * split at. Most batch lines are this; a loop is twice as fast as the regular expression, and
 * test/cli/batchLines.test.ts checks that both agree with `lineTokens`.
 */
export function isWholeToken(text: string): boolean {
  const a = text.charCodeAt(0);
  const b = text.charCodeAt(1);
  let prefix: number;
  if ((a === 0x30 && b === 0x34) || (a === 0x65 && (b === 0x79 || b === 0x77))) prefix = 2; // 04 ey ew
  else if (a === 0x30 && b === 0x30 && (text.charCodeAt(2) === 0x36 || text.charCodeAt(2) === 0x37)) prefix = 3; // 006 007
  else return false;
  let end = text.length;
  if (text.charCodeAt(end - 1) === 0x3d) end -= text.charCodeAt(end - 2) === 0x3d ? 2 : 1;
  if (end - prefix < 20) return false;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 127 || BASE64_CHAR[c] === 0) return false;
  }
  return true;
}

export function isBlankLine(text: string): boolean {
  return text.trim() === '';
}

/** `extract`: stdin lines (tokens pulled out of log lines, blank lines skipped); otherwise arguments, judged whole. */
export function createBatchJudge(config: BatchJudgeConfig, extract: boolean, registry: FamilyRegistry = defaultRegistry): BatchJudge {
  // The CLI prints no byte map: skip it, and informational notes, for batch speed.
  // One PreparedKeys for the run: each key the secret gives (HMAC, AES-CBC) is prepared once, not per token.
  const base: FamilyVerifyOptions = { now: config.now, skewSeconds: config.skewSeconds, detail: 'verdict', prepared: new PreparedKeys() };
  const optionsByFamily = new Map<string, FamilyVerifyOptions>();
  const optionsFor = (family: TokenFamily | null): FamilyVerifyOptions => {
    if (config.mode === 'inspect') return base;
    const familyId = family?.id;
    const key = familyId ?? '';
    let options = optionsByFamily.get(key);
    if (!options) {
      const expect = familyId ? config.expect[familyId] : undefined;
      options = { ...base, ...(config.secret !== undefined ? { secret: config.secret } : {}), ...(expect && Object.keys(expect).length > 0 ? { expect } : {}) };
      optionsByFamily.set(key, options);
    }
    return options;
  };
  const painter = painterFor(config.colour, {});
  const words: Words = { t: translator(config.language ?? 'en'), language: config.language ?? 'en' };
  const printText = inspectionPrinter(config.now, painter, registry, words);
  const judgeToken = (line: number, token: string, counts: VerdictCounts): string => {
    const result: Inspection = registry.inspect(token, optionsFor, nodeCryptoPort);
    counts[result.verdict] = (counts[result.verdict] ?? 0) + 1;
    // --json: inspectionJson's text, escaped by `finish` (jsonSafe) per chunk rather than per line.
    return config.json ? JSON.stringify({ line, ...inspectionRecord(result) }) + '\n' : printText(line, result);
  };
  const judge = ({ line, text }: BatchItem, counts: VerdictCounts): string => {
    if (!extract) return judgeToken(line, text, counts);
    if (isBlankLine(text)) return '';
    let out = '';
    for (const token of tokensOfLine(text)) out += judgeToken(line, token, counts);
    return out;
  };
  return Object.assign(judge, { finish: config.json ? jsonSafe : (text: string) => text });
}
