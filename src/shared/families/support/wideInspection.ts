/**
 * Helpers the non-ZEGO/CommsEase families share for building an `Inspection`: `format` is the
 * family id, `fields` are the family's own (named as in the vectors' `expect.fields`), and the
 * verdict may be `user_id_mismatch`. (The `Wide*` names are aliases kept from before the
 * shared type was widened.)
 */
import { emptyInspection } from '../../tokens/inspection';
import type { Diagnosis, Inspection, Segment, Verdict } from '../../tokens/types';

export type WideVerdict = Verdict;
export type WideSegment = Segment;
export type WideDiagnosis = Diagnosis;
/** `Inspection` now speaks every family's verdicts, fields and segment names: the alias stays for the families' imports. */
export type WideInspection = Inspection;

// One set of constructors for every family: the ones ZEGO and CommsEase use.
export { conclude, diagnose, malformedAt } from '../../tokens/inspection';

/** A fresh inspection for tests and benches that call a family without the registry. */
export function baseInspection(raw: string): WideInspection {
  const token = raw.replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, '');
  return emptyInspection(token, token !== raw, 'unknown');
}
