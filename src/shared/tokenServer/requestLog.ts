/**
 * One line of the token server's request log, as a zod schema (IPC replies, the main→renderer
 * event, `--json` stdout lines and a saved log file share it).
 *
 * It says what happened — time, route, user, family, latency, faults, status, when the served
 * token expires — and never carries the token text, the bearer key or a secret.
 */
import { z } from 'zod';
import { FAULT_NAMES } from './faultDecision';

export const MAX_LOG_ENTRIES = 1000;

const shortText = z.string().max(128);

export const requestLogEntrySchema = z.strictObject({
  /** 1-based request number since the server started (the fault config counts the same way). */
  seq: z.number().int().min(0),
  /** Epoch milliseconds when the request arrived. */
  at: z.number().int().min(0),
  /** The path only (no query string: it could carry a key pasted by mistake). */
  route: shortText,
  family: shortText.nullable(),
  profile: shortText.nullable(),
  user: shortText.nullable(),
  /** Milliseconds from arrival to answer, added latency included. */
  latencyMs: z.number().min(0),
  faults: z.array(z.enum(FAULT_NAMES)).max(FAULT_NAMES.length),
  status: z.number().int().min(100).max(599),
  /** Epoch seconds at which the served token expires (200 only). */
  expiresAt: z.number().int().nullable(),
  /** The error code of a refused request (e.g. unknown_parameter, unauthorized). */
  error: z.string().max(64).nullable(),
});
export type RequestLogEntry = z.output<typeof requestLogEntrySchema>;

export type ParsedLog = { ok: true; entries: RequestLogEntry[]; skipped: number } | { ok: false; code: 'too_many_lines' | 'no_entries'; message: string };

export const MAX_LOG_FILE_LINES = 100_000;

/**
 * A saved log (JSON lines, as `tokenlab serve --json` prints or the screen saves): the entries
 * it holds; the `{"url", "key"}` first line of a CLI run and lines that are not entries are skipped.
 */
export function parseRequestLog(text: string): ParsedLog {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length > MAX_LOG_FILE_LINES) return { ok: false, code: 'too_many_lines', message: `a log has at most ${MAX_LOG_FILE_LINES} lines` };
  const entries: RequestLogEntry[] = [];
  let skipped = 0;
  for (const line of lines) {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      skipped++;
      continue;
    }
    const parsed = requestLogEntrySchema.safeParse(value);
    if (parsed.success) entries.push(parsed.data);
    else skipped++;
  }
  if (entries.length === 0) return { ok: false, code: 'no_entries', message: 'no request log lines found' };
  return { ok: true, entries, skipped };
}

/** The log as JSON lines, one entry per line, for saving. */
export function formatRequestLog(entries: readonly RequestLogEntry[]): string {
  return entries.map((e) => JSON.stringify(e)).join('\n') + (entries.length > 0 ? '\n' : '');
}
