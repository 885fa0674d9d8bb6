/**
 * The simulator's bookkeeping of connected time: per client, when it connected, how long it
 * was connected, the gaps in between and the spells spent connected with an expired token.
 *
 * Kept apart from the SDK rules so the rules read as rules; typed arrays, because it is
 * updated on every connect and disconnect of 10,000 clients.
 */
export class ConnectionLedger {
  private readonly connectedSinceMs: Float64Array;
  private readonly connectedMs: Float64Array;
  private readonly gapStartMs: Float64Array;
  private readonly expiredSinceMs: Float64Array;
  private readonly everDisconnected: Uint8Array;
  private expiredConnectedMs = 0;
  private worstGapMs = -1;
  private worstGapClient = -1;
  private worstGapFromMs = 0;

  constructor(private readonly clients: number) {
    this.connectedSinceMs = new Float64Array(clients).fill(-1);
    this.connectedMs = new Float64Array(clients);
    this.gapStartMs = new Float64Array(clients).fill(-1);
    this.expiredSinceMs = new Float64Array(clients).fill(-1);
    this.everDisconnected = new Uint8Array(clients);
  }

  /** A login attempt: from now on, time not connected counts as a gap. */
  attempted(c: number, nowMs: number): void {
    if (this.gapStartMs[c]! < 0 && this.connectedSinceMs[c]! < 0) this.gapStartMs[c] = nowMs;
  }

  connected(c: number, nowMs: number): void {
    const gapStart = this.gapStartMs[c]!;
    if (gapStart >= 0) this.recordGap(c, gapStart, nowMs);
    this.gapStartMs[c] = -1;
    this.connectedSinceMs[c] = nowMs;
  }

  /** The connection ended (network loss or disconnection); no-op when it was not connected. */
  notConnected(c: number, nowMs: number): void {
    const since = this.connectedSinceMs[c]!;
    if (since >= 0) {
      this.connectedMs[c]! += nowMs - since;
      this.connectedSinceMs[c] = -1;
      this.gapStartMs[c] = nowMs;
    }
    this.tokenValidAgain(c, nowMs);
  }

  disconnected(c: number, nowMs: number): void {
    this.notConnected(c, nowMs);
    this.everDisconnected[c] = 1;
  }

  /** Still connected, but with a token that has expired (Express refuse-next, CommsEase). */
  tokenExpiredWhileConnected(c: number, nowMs: number): void {
    this.expiredSinceMs[c] = nowMs;
  }

  tokenValidAgain(c: number, nowMs: number): void {
    const since = this.expiredSinceMs[c]!;
    if (since < 0) return;
    this.expiredConnectedMs += nowMs - since;
    this.expiredSinceMs[c] = -1;
  }

  /** Close every open connection, gap and expired spell at the end of the run. */
  close(endMs: number): void {
    for (let c = 0; c < this.clients; c++) {
      this.notConnected(c, endMs);
      const gapStart = this.gapStartMs[c]!;
      if (gapStart >= 0 && gapStart < endMs) this.recordGap(c, gapStart, endMs);
    }
  }

  /** After `close`: the summary's connection figures. */
  figures(endMs: number, loginAtMs: Float64Array): {
    connectedPercent: number;
    connectedWithExpiredTokenSeconds: number;
    clientsAffected: number;
    worstGap: { seconds: number; client: number; fromSeconds: number } | null;
  } {
    let connected = 0;
    let observed = 0;
    let affected = 0;
    for (let c = 0; c < this.clients; c++) {
      connected += this.connectedMs[c]!;
      observed += Math.max(0, endMs - loginAtMs[c]!);
      if (this.everDisconnected[c]) affected++;
    }
    return {
      connectedPercent: observed > 0 ? Math.round((connected / observed) * 100_000) / 1000 : 0,
      connectedWithExpiredTokenSeconds: this.expiredConnectedMs / 1000,
      clientsAffected: affected,
      worstGap:
        this.worstGapMs < 0 ? null : { seconds: this.worstGapMs / 1000, client: this.worstGapClient, fromSeconds: this.worstGapFromMs / 1000 },
    };
  }

  private recordGap(c: number, fromMs: number, toMs: number): void {
    const gap = toMs - fromMs;
    if (gap > this.worstGapMs) {
      this.worstGapMs = gap;
      this.worstGapClient = c;
      this.worstGapFromMs = fromMs;
    }
  }
}
