/** Small constructors for Inspection results, so every code path fills every field. */
import type { DiagnosisCode, Inspection, TokenFormat, Verdict, VerifyOptions } from './types';

/** `trimNote` says what was trimmed (see describeTrimming in inspect.ts). */
export function emptyInspection(token: string, trimmed: boolean, format: TokenFormat, trimNote?: string): Inspection {
  return {
    token,
    trimmed,
    format,
    layout: null,
    verdict: 'unverified',
    reason: '',
    offset: null,
    offsetIn: null,
    fields: null,
    expiresAt: null,
    issuedAt: null,
    privilege: null,
    segments: [],
    diagnoses: trimmed
      ? [{ code: 'trimmed_whitespace', severity: 'info', message: trimNote ?? 'Surrounding whitespace or line breaks were trimmed.' }]
      : [],
  };
}

export function conclude(inspection: Inspection, verdict: Verdict, reason: string): Inspection {
  inspection.verdict = verdict;
  inspection.reason = reason;
  return inspection;
}

export function malformedAt(
  inspection: Inspection,
  offset: number,
  offsetIn: 'text' | 'envelope',
  reason: string,
): Inspection {
  inspection.offset = offset;
  inspection.offsetIn = offsetIn;
  return conclude(inspection, 'malformed', reason);
}

/**
 * Adds a diagnosis. The message may be a function so that it is built only when details are
 * wanted: batch verification (`detail: 'verdict'`) skips the byte map and the informational
 * diagnoses, keeping warnings and errors (rare, so cheap).
 */
export function diagnose(
  inspection: Inspection,
  options: Pick<VerifyOptions, 'detail'>,
  code: DiagnosisCode,
  severity: 'info' | 'warning' | 'error',
  message: string | (() => string),
): void {
  if (options.detail === 'verdict' && severity === 'info') return;
  inspection.diagnoses.push({ code, severity, message: typeof message === 'string' ? message : message() });
}
