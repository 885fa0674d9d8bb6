/** Small constructors for Inspection results, so every code path fills every field. */
import type { DiagnosisCode, Inspection, TokenFormat, Verdict } from './types';

export { describeTrimming, trimTokenText } from './trimming';

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
  options: { detail?: 'full' | 'verdict' },
  code: DiagnosisCode,
  severity: 'info' | 'warning' | 'error',
  message: string | (() => string),
  /** What the catalogue's sentence for `code` needs; instants are epoch seconds named `at`. */
  params?: Readonly<Record<string, string | number>>,
): void {
  if (options.detail === 'verdict' && severity === 'info') return;
  const text = typeof message === 'string' ? message : message();
  inspection.diagnoses.push(params ? { code, severity, message: text, params } : { code, severity, message: text });
}
