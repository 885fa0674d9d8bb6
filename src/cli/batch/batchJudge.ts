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
import { inspectionJson, inspectionPrinter, painterFor, type Words } from '../output';

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

/** The printed verdicts of one item (none for a blank line); each verdict is counted in `counts`. */
export type BatchJudge = (item: BatchItem, counts: VerdictCounts) => string;

/**
 * The tokens of one stdin line: pulled out of a log line as the inspector does. A line that is
 * just one token is kept as it is, so the verdict still says what invisible edges were trimmed.
 */
export function tokensOfLine(text: string): string[] {
  const found = lineTokens(text);
  return found.length === 1 && found[0] === text.trim() ? [text] : found;
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
    return config.json ? inspectionJson(line, result) + '\n' : printText(line, result);
  };
  return ({ line, text }, counts) => {
    if (!extract) return judgeToken(line, text, counts);
    if (isBlankLine(text)) return '';
    let out = '';
    for (const token of tokensOfLine(text)) out += judgeToken(line, token, counts);
    return out;
  };
}
