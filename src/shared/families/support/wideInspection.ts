/**
 * The widened `Inspection` the new families speak: `format` is the family id, `fields` are the
 * family's own (named as in the vectors' `expect.fields`), segment names and diagnosis codes
 * are plain strings, and the verdict may be `user_id_mismatch`.
 *
 * The shared type in ../../tokens/types.ts is being widened the same way on another branch;
 * until that lands, the families work on this alias and cast once at the `TokenFamily`
 * boundary (`asWide` / `asInspection`). After the merge both casts become identities.
 */
import type { Inspection, Verdict } from '../../tokens/types';
import type { FamilyVerifyOptions } from '../family';

export type WideVerdict = Verdict | 'user_id_mismatch';

export interface WideSegment {
  name: string;
  label: string;
  offset: number;
  length: number;
  charStart: number;
  charEnd: number;
  value: string;
}

export interface WideDiagnosis {
  code: string;
  severity: 'info' | 'warning' | 'error';
  message: string;
}

export interface WideInspection
  extends Omit<Inspection, 'format' | 'fields' | 'verdict' | 'segments' | 'diagnoses'> {
  format: string;
  verdict: WideVerdict;
  fields: Readonly<Record<string, unknown>> | null;
  segments: WideSegment[];
  diagnoses: WideDiagnosis[];
}

export const asWide = (inspection: Inspection): WideInspection => inspection as unknown as WideInspection;
export const asInspection = (inspection: WideInspection): Inspection => inspection as unknown as Inspection;

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
