/**
 * The batch table as CSV and JSON.
 *
 * A token is a credential, so exports carry an abbreviation of it (enough to find the line
 * again, with the line number) rather than the full text. CSV cells that a spreadsheet would
 * run as a formula (=, +, -, @, tab, CR) are prefixed with a quote.
 */
import { isoUtc } from '../../../../shared/time/humanize';
import type { Inspection } from '../../../../shared/tokens/types';

export interface ExportRow {
  line: number;
  token: string;
  inspection: Inspection;
}

export interface ExportRecord {
  line: number;
  token: string;
  format: string;
  layout: string | null;
  verdict: string;
  reason: string;
  expiresAt: string | null;
  issuedAt: string | null;
  userId: string | null;
  roomId: string | null;
  appId: number | null;
}

/** "04AAAAAGXK…yzE=" — the first 10 and last 4 characters. */
export function abbreviateToken(token: string): string {
  return token.length <= 18 ? token : `${token.slice(0, 10)}…${token.slice(-4)}`;
}

export function toExportRecord({ line, token, inspection }: ExportRow): ExportRecord {
  const fields = inspection.fields;
  return {
    line,
    token: abbreviateToken(token),
    format: inspection.format,
    layout: inspection.layout,
    verdict: inspection.verdict,
    reason: inspection.reason,
    expiresAt: inspection.expiresAt === null ? null : isoUtc(inspection.expiresAt),
    issuedAt: inspection.issuedAt === null ? null : isoUtc(inspection.issuedAt),
    userId: typeof fields?.['user_id'] === 'string' ? fields['user_id'] : null,
    roomId: inspection.privilege?.roomId ?? null,
    appId: typeof fields?.['app_id'] === 'number' ? fields['app_id'] : null,
  };
}

const COLUMNS: (keyof ExportRecord)[] = ['line', 'token', 'format', 'layout', 'verdict', 'reason', 'expiresAt', 'issuedAt', 'userId', 'roomId', 'appId'];

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly ExportRow[]): string {
  const lines = [COLUMNS.join(',')];
  for (const row of rows) {
    const record = toExportRecord(row);
    lines.push(COLUMNS.map((c) => csvCell(record[c])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function toJson(rows: readonly ExportRow[]): string {
  return `${JSON.stringify(rows.map(toExportRecord), null, 2)}\n`;
}
