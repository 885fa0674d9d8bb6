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

/** The catalogue form of a reason: `reason.<code>` with its params (see Inspection.reasonCode). */
export type ReasonParams = Readonly<Record<string, string | number>>;

/** A param may quote the token (a claim, an identity): cut long ones, so a reply stays small. */
const MAX_PARAM_CHARS = 256;

function boundedParams(params: ReasonParams): ReasonParams {
  // The usual case, every param short: kept as given (each caller passes a fresh object), no copy.
  let long = false;
  for (const key in params) {
    const value = params[key];
    if (typeof value === 'string' && value.length > MAX_PARAM_CHARS) long = true;
  }
  if (!long) return params;
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    out[key] = typeof value === 'string' && value.length > MAX_PARAM_CHARS ? `${value.slice(0, MAX_PARAM_CHARS)}…` : value;
  }
  return out;
}

export function conclude(inspection: Inspection, verdict: Verdict, reason: string, code?: string, params?: ReasonParams): Inspection {
  inspection.verdict = verdict;
  inspection.reason = reason;
  if (code !== undefined) {
    inspection.reasonCode = code;
    if (params !== undefined) inspection.reasonParams = boundedParams(params);
  } else {
    delete inspection.reasonCode;
    delete inspection.reasonParams;
  }
  return inspection;
}

export function malformedAt(
  inspection: Inspection,
  offset: number,
  offsetIn: 'text' | 'envelope',
  reason: string,
  code?: string,
  params?: ReasonParams,
): Inspection {
  inspection.offset = offset;
  inspection.offsetIn = offsetIn;
  return conclude(inspection, 'malformed', reason, code, params);
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
