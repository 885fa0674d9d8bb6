/**
 * Turn pasted text into inspected rows: the tokens found on each line (one, several, or one
 * inside a log line), each decoded without a secret — instant, no IPC, no crypto.
 *
 * A cache keyed by token text makes re-inspection after an edit cost only the changed lines,
 * so typing into a box of 10,000 lines stays responsive.
 */
import { extractTokens } from '../../../../shared/tokens/extractTokens';
import { inspectToken } from '../../../../shared/tokens/inspect';
import type { Inspection } from '../../../../shared/tokens/types';

export interface InspectedRow {
  /** Position in the list (stable key for the table). */
  index: number;
  /** 1-based line of the pasted text. */
  line: number;
  token: string;
  /** Decoded without a secret. */
  local: Inspection;
}

export type InspectionCache = Map<string, Inspection>;

export function inspectText(text: string, now: number, previous: InspectionCache): { rows: InspectedRow[]; cache: InspectionCache } {
  const rows: InspectedRow[] = [];
  const cache: InspectionCache = new Map();
  const lines = text.split('\n');
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l] as string;
    if (line.trim() === '') continue;
    for (const token of extractTokens(line)) {
      let local = cache.get(token) ?? previous.get(token);
      if (!local) local = inspectToken(token, { now });
      cache.set(token, local);
      rows.push({ index: rows.length, line: l + 1, token, local });
    }
  }
  return { rows, cache };
}
