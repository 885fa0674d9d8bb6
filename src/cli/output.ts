/**
 * How the CLI prints inspections: one JSON object per line for automation, or a readable
 * coloured summary (plain when stdout is not a terminal or NO_COLOR is set).
 */
import { isoUtc } from '../shared/time/humanize';
import { durationKey, formatDuration, formatRelative, relativeKey, type Language } from '../shared/i18n';
import { diagnosisText, fieldText, reasonText, type ReasonContext, type Translate } from '../shared/tokens/reasonText';
import { translator } from './cliText';
import type { Expectations } from '../shared/families/family';
import { defaultRegistry, UNKNOWN_FORMAT, type FamilyRegistry } from '../shared/families/registry';
import { inspectionHeadline, type InspectionHeadline } from '../shared/tokens/headline';
import { familyLabelKey } from '../shared/i18n/familyTexts';
import type { Inspection, RoomPrivilege, Verdict } from '../shared/tokens/types';
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

/** `line`: the input line (from 1) or the argument's position (from 1). */
export function inspectionJson(line: number, r: Inspection): string {
  return jsonText({ line, ...inspectionRecord(r) });
}

const VERDICT_COLOUR: Record<Verdict, number> = {
  valid: 32,
  unverified: 36,
  expired: 33,
  not_yet_valid: 33,
  app_id_mismatch: 31,
  user_id_mismatch: 31,
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

/** The words a printed inspection needs: the run's catalogue and language. */
export interface Words {
  t: Translate;
  language: Language;
}

export const ENGLISH: Words = { t: translator('en'), language: 'en' };

/**
 * The headline every inspection opens with — verdict · family · user · app · room/channel ·
 * expiry (absolute, then relative) — as the app's inspector shows it.
 */
export function headlineText(r: Inspection, now: number, registry: FamilyRegistry, p: Painter, w: Words = ENGLISH, expect: Expectations = {}): string {
  return headlineWords(r, inspectionHeadline(r, registry, expect), now, p, w);
}

/** The headline's words from its parts: a function of `h`, `r.format`, `r.layout` and whether `r` is malformed. */
function headlineWords(r: Inspection, h: InspectionHeadline, now: number, p: Painter, w: Words): string {
  const { t } = w;
  const label = r.format === UNKNOWN_FORMAT ? t('headline.unknownFamily') : t(familyLabelKey(r.format), { defaultValue: h.familyLabel });
  const family = r.layout ? `${label} (${r.layout.toUpperCase()})` : label;
  const parts = [p.paint(t(`cli.verdictTag.${h.verdict}`), VERDICT_COLOUR[h.verdict]), family];
  if (h.user !== null) parts.push(t('headline.user', { user: shown(JSON.stringify(h.user)) }));
  if (h.app !== null) parts.push(t('headline.app', { app: shown(h.app) }));
  if (h.channel !== null) parts.push(t(`headline.${h.channel.kind}`, { [h.channel.kind]: shown(JSON.stringify(h.channel.id)) }));
  if (h.expiresAt !== null && r.verdict !== 'malformed') {
    const relative = formatRelative(h.expiresAt, now, w.language);
    const expiry = t(h.expiresAt > now ? 'time.expiresRelative' : 'time.expiredRelative', { relative });
    parts.push(t(h.expiryAuthenticated ? 'cli.inspect.expiry' : 'cli.inspect.expiryUnproven', { time: isoUtc(h.expiresAt), expiry }));
  }
  return parts.join(' · ');
}

/** ZEGO room privileges in words ("may log in to room `r1`; may publish any stream"). */
export function privilegeText(privilege: RoomPrivilege, t: Translate): string {
  const room = privilege.roomId === '' ? t('cli.inspect.anyRoom') : t('cli.inspect.room', { room: privilege.roomId });
  const login = t(privilege.canLogin ? 'cli.inspect.mayLogin' : 'cli.inspect.mayNotLogin', { room });
  const publish = !privilege.canPublish
    ? t('cli.inspect.mayNotPublish')
    : privilege.streamIds
      ? t('cli.inspect.mayPublishOnly', { streams: privilege.streamIds.map((id) => `\`${id}\``).join(', ') })
      : t('cli.inspect.mayPublishAny');
  return `${login}${t('cli.inspect.privilegeJoin')}${publish}`;
}

/** `line`: the input line (from 1) or the argument's position (from 1). */
export function inspectionText(line: number, r: Inspection, now: number, p: Painter, registry: FamilyRegistry = defaultRegistry, w: Words = ENGLISH): string {
  return inspectionPrinter(now, p, registry, w)(line, r);
}

/** Entries a printer's memo holds before it starts over: a batch repeats a few shapes of sentence, and memory stays flat. */
const MEMO_ENTRIES = 4096;

/** A memo key for params: JSON, or null (not remembered) when a number in them is NaN or ±Infinity, which JSON writes as null. */
function paramsKey(head: string, params: Readonly<Record<string, unknown>> | undefined): string | null {
  if (params === undefined) return head;
  for (const k in params) {
    const v = params[k];
    if (typeof v === 'number' && !Number.isFinite(v)) return null;
  }
  return head + JSON.stringify(params);
}

/** A function of a key, remembered for the last MEMO_ENTRIES distinct keys. */
function memo(): (key: string | null, compute: () => string) => string {
  let known = new Map<string, string>();
  return (key, compute) => {
    if (key === null) return compute();
    let text = known.get(key);
    if (text === undefined) {
      text = compute();
      if (known.size >= MEMO_ENTRIES) known = new Map();
      known.set(key, text);
    }
    return text;
  };
}

/**
 * `inspectionText` for a batch: the same bytes, with the sentences that repeat from token to
 * token (headline, reason, diagnoses, privileges: catalogue lookups, Intl and relative times,
 * all fixed by `now` and the language) worded once per distinct value instead of once per token.
 * The memo holds printed text of public token fields only, and lives as long as the printer.
 */
export function inspectionPrinter(now: number, p: Painter, registry: FamilyRegistry = defaultRegistry, w: Words = ENGLISH): (line: number, r: Inspection) => string {
  // Each formatter is remembered under what its result depends on (a CommsEase expiry has milliseconds, worded to the second).
  const remembered = (keyOf: (n: number) => string, f: (n: number) => string) => {
    const known = memo();
    return (n: number) => known(keyOf(n), () => f(n));
  };
  const ctx: ReasonContext = {
    t: w.t,
    language: w.language,
    now,
    formatTime: remembered(String, isoUtc),
    relative: remembered((at) => relativeKey(at, now), (at) => formatRelative(at, now, w.language)),
    duration: remembered(durationKey, (seconds) => formatDuration(seconds, w.language)),
  };
  const headlines = memo();
  const expiries = memo();
  const reasons = memo();
  const diagnoses = memo();
  const privileges = memo();
  return (line, r) => {
    const h = inspectionHeadline(r, registry);
    // The headline is its family and identity words, then its expiry words (a function of the instant alone).
    const identity = headlines(JSON.stringify([h.verdict, r.format, h.familyLabel, r.layout, h.user, h.app, h.channel]), () => headlineWords(r, { ...h, expiresAt: null }, now, p, w));
    const shownExpiry = h.expiresAt !== null && r.verdict !== 'malformed';
    const headline = shownExpiry
      ? identity + expiries(`${h.expiresAt}|${h.expiryAuthenticated}`, () => headlineWords(r, h, now, p, w).slice(identity.length))
      : identity;
    const reasonKey = r.reasonCode === undefined ? `\u0000${r.reason}` : paramsKey(JSON.stringify([r.reason, r.reasonCode]), r.reasonParams);
    // Reasons, fields and diagnoses quote the token: shown escaped, so none of it reaches the terminal raw.
    let out = `#${line} ${headline}\n   ${reasons(reasonKey, () => shown(reasonText(r, ctx)))}\n`;
    if (r.offset !== null) out += `   ${w.t(r.offsetIn === 'text' ? 'cli.inspect.stoppedAtCharacter' : 'cli.inspect.stoppedAtByte', { offset: r.offset })}\n`;
    if (r.fields) {
      let fields = '';
      let first = true;
      for (const k in r.fields) {
        if (!Object.prototype.hasOwnProperty.call(r.fields, k)) continue;
        // A field the engine wrote as a sentence (Tencent's userbufParseError) reads in the reader's language.
        const v = r.fieldParams?.[k] === undefined ? r.fields[k] : (fieldText(r, k, ctx) ?? r.fields[k]);
        // Keys and nested values come from the token too (JWT claims, Agora services): escaped, and objects as JSON.
        fields += `${first ? '' : '  '}${shown(k)}=${typeof v === 'string' || (typeof v === 'object' && v !== null) ? shown(JSON.stringify(v)) : v}`;
        first = false;
      }
      out += `   ${fields}\n`;
    }
    if (r.privilege) {
      const privilege = r.privilege;
      out += `   ${privileges(JSON.stringify(privilege), () => w.t('cli.inspect.privileges', { list: shown(privilegeText(privilege, w.t)) }))}\n`;
    }
    for (const d of r.diagnoses) {
      if (d.code === 'expires_in' || d.code === 'needs_secret') continue;
      out += diagnoses(paramsKey(JSON.stringify([d.code, d.severity, d.message]), d.params), () => {
        const mark = d.severity === 'error' ? p.paint('!', 31) : d.severity === 'warning' ? p.paint('!', 33) : p.paint('·', 2);
        return `   ${mark} ${shown(diagnosisText(d, ctx))}\n`;
      });
    }
    return out;
  };
}

/**
 * Batches writes: 100k tokens must not mean 100k write calls. With `flushWhenIdle`, what is
 * buffered also goes out as soon as the event loop is idle (the input paused), so a line
 * arriving from `tail -f` is answered at once while a fast input is still written in blocks.
 */
export class BufferedWriter {
  private chunks: string[] = [];
  private size = 0;
  private idleFlush: ReturnType<typeof setImmediate> | null = null;
  /** Written by an idle flush and not yet waited for. */
  private unsettled = false;
  constructor(
    private readonly sink: { write(text: string): void; writeBytes?(bytes: Uint8Array): void; drained?(): Promise<void> },
    private readonly limit = 1 << 16,
    private readonly options: { flushWhenIdle?: boolean } = {},
  ) {}
  /** True when the caller should `drain()` now: the buffer was sent on (full, or flushed while idle). */
  write(text: string): boolean {
    this.chunks.push(text);
    this.size += text.length;
    if (this.size < this.limit) {
      if (this.options.flushWhenIdle && this.idleFlush === null) {
        this.idleFlush = setImmediate(() => {
          this.idleFlush = null;
          if (this.chunks.length > 0) this.unsettled = true;
          this.flush();
        });
      }
      return this.unsettled;
    }
    this.flush();
    return true;
  }
  /**
   * UTF-8 output that already passed `terminalSafe` (a verify worker's chunk), after what is
   * buffered; the caller then `drain()`s. A sink without a byte door gets it as text (escaping
   * twice changes nothing: escaped text holds no control character).
   */
  writeBytes(bytes: Uint8Array): void {
    this.flush();
    if (this.sink.writeBytes) this.sink.writeBytes(bytes);
    else this.sink.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'));
  }
  flush(): void {
    if (this.idleFlush !== null) {
      clearImmediate(this.idleFlush);
      this.idleFlush = null;
    }
    if (this.chunks.length === 0) return;
    this.sink.write(this.chunks.join(''));
    this.chunks = [];
    this.size = 0;
  }
  /** Flushes, then waits until the sink has handed the text to the OS: a slow reader slows the producer instead of output piling up in memory. */
  async drain(): Promise<void> {
    this.flush();
    this.unsettled = false;
    await this.sink.drained?.();
  }
}
