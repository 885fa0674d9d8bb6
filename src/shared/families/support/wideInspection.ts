/**
 * Helpers the non-ZEGO/CommsEase families share for building an `Inspection`: `format` is the
 * family id, `fields` are the family's own (named as in the vectors' `expect.fields`), and the
 * verdict may be `user_id_mismatch`. (The `Wide*` names are aliases kept from before the
 * shared type was widened.)
 */
import type { Diagnosis, Inspection, Segment, Verdict } from '../../tokens/types';
import type { FamilyVerifyOptions } from '../family';

export type WideVerdict = Verdict;
export type WideSegment = Segment;
export type WideDiagnosis = Diagnosis;
/** `Inspection` now speaks every family's verdicts, fields and segment names: the alias stays for the families' imports. */
export type WideInspection = Inspection;

export function conclude(out: WideInspection, verdict: WideVerdict, reason: string): WideInspection {
  out.verdict = verdict;
  out.reason = reason;
  return out;
}

export function malformedAt(out: WideInspection, offset: number, offsetIn: 'text' | 'envelope', reason: string): WideInspection {
  out.offset = offset;
  out.offsetIn = offsetIn;
  return conclude(out, 'malformed', reason);
}

/** As ../../tokens/inspection.ts `diagnose`: lazy messages, infos skipped in batch mode. */
export function diagnose(
  out: WideInspection,
  options: Pick<FamilyVerifyOptions, 'detail'>,
  code: string,
  severity: 'info' | 'warning' | 'error',
  message: string | (() => string),
): void {
  if (options.detail === 'verdict' && severity === 'info') return;
  out.diagnoses.push({ code, severity, message: typeof message === 'string' ? message : message() });
}

/** A fresh inspection for tests and benches that call a family without the registry. */
export function baseInspection(raw: string): WideInspection {
  const token = raw.replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, '');
  const trimmed = token !== raw;
  return {
    token,
    trimmed,
    format: 'unknown',
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
    diagnoses: trimmed ? [{ code: 'trimmed_whitespace', severity: 'info', message: 'Surrounding whitespace or line breaks were trimmed.' }] : [],
  };
}
