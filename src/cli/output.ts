/**
 * How the CLI prints inspections: one JSON object per line for automation, or a readable
 * coloured summary (plain when stdout is not a terminal or NO_COLOR is set).
 */
import { describeExpiry, isoUtc } from '../shared/time/humanize';
import { describeRoomPrivilege } from '../shared/families/zego-token04/privilege';
import type { Inspection, Verdict } from '../shared/tokens/types';
import { jsonText, shown } from './untrustedText';

/** The fields automation reads, in a stable order. */
export function inspectionRecord(r: Inspection): Record<string, unknown> {
  return {
    format: r.format,
    layout: r.layout,
    verdict: r.verdict,
    reason: r.reason,
    offset: r.offset,
    offsetIn: r.offsetIn,
    trimmed: r.trimmed,
    fields: r.fields,
    expiresAt: r.expiresAt,
    issuedAt: r.issuedAt,
    privilege: r.privilege,
    diagnoses: r.diagnoses.map((d) => ({ code: d.code, severity: d.severity, message: d.message })),
  };
}

export function inspectionJson(index: number, r: Inspection): string {
  return jsonText({ index, ...inspectionRecord(r) });
}

const VERDICT_COLOUR: Record<Verdict, number> = {
  valid: 32,
  unverified: 36,
  expired: 33,
  not_yet_valid: 33,
  app_id_mismatch: 31,
  wrong_secret_or_tampered: 31,
  malformed: 31,
};

export interface Painter {
  paint(text: string, sgr: number): string;
}

/** Colour only on a terminal, and not when NO_COLOR is set or the terminal is dumb. */
export function colourWanted(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  return isTTY && env['NO_COLOR'] === undefined && env['TERM'] !== 'dumb';
}

export function painterFor(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): Painter {
  const colour = colourWanted(isTTY, env);
  return { paint: (text, sgr) => (colour ? `\u001b[${sgr}m${text}\u001b[0m` : text) };
}

export function inspectionText(index: number, r: Inspection, now: number, p: Painter): string {
  const format = r.format === 'unknown' ? 'unknown format' : r.layout ? `${r.format} (${r.layout.toUpperCase()})` : r.format;
  const verdict = p.paint(r.verdict.toUpperCase(), VERDICT_COLOUR[r.verdict]);
  // Reasons, fields and diagnoses quote the token: shown escaped, so none of it reaches the terminal raw.
  const lines = [`#${index} ${format}  ${verdict}  ${shown(r.reason)}`];
  if (r.offset !== null) lines.push(`   stopped at ${r.offsetIn === 'text' ? 'character' : 'byte'} ${r.offset}`);
  if (r.fields) {
    lines.push(
      '   ' +
        Object.entries(r.fields)
          .map(([k, v]) => `${k}=${typeof v === 'string' ? shown(JSON.stringify(v)) : v}`)
          .join('  '),
    );
  }
  if (r.expiresAt !== null && r.verdict !== 'malformed') {
    lines.push(`   expiry ${isoUtc(r.expiresAt)} — ${describeExpiry(r.expiresAt, now)}`);
  }
  if (r.privilege) lines.push(`   privileges: ${describeRoomPrivilege(r.privilege)}`);
  for (const d of r.diagnoses) {
    if (d.code === 'expires_in' || d.code === 'needs_secret') continue;
    const mark = d.severity === 'error' ? p.paint('!', 31) : d.severity === 'warning' ? p.paint('!', 33) : p.paint('·', 2);
    lines.push(`   ${mark} ${shown(d.message)}`);
  }
  return lines.join('\n') + '\n';
}

/** Batches writes: 100k tokens must not mean 100k write calls. */
export class BufferedWriter {
  private chunks: string[] = [];
  private size = 0;
  constructor(
    private readonly sink: { write(text: string): void; drained?(): Promise<void> },
    private readonly limit = 1 << 16,
  ) {}
  /** True when this write filled the buffer and sent it on: the moment to `drain()` if the caller can wait. */
  write(text: string): boolean {
    this.chunks.push(text);
    this.size += text.length;
    if (this.size < this.limit) return false;
    this.flush();
    return true;
  }
  flush(): void {
    if (this.chunks.length === 0) return;
    this.sink.write(this.chunks.join(''));
    this.chunks = [];
    this.size = 0;
  }
  /** Flushes, then waits until the sink has handed the text to the OS: a slow reader slows the producer instead of output piling up in memory. */
  async drain(): Promise<void> {
    this.flush();
    await this.sink.drained?.();
  }
}
