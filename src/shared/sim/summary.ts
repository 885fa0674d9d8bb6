/**
 * The numbers a developer reads first after a run: how much of the time the clients were
 * connected, how often and why they were dropped, the longest gap, and what happened how often.
 */
import type { DisconnectCause, SimEventType } from './events';
import type { SimPlatform } from './scenario';

export interface SimSummary {
  type: 'summary';
  platform: SimPlatform;
  clients: number;
  durationSeconds: number;
  /** Virtual seconds actually simulated (less than the duration when truncated). */
  simulatedSeconds: number;
  /** Connected time over the time since each client's first login attempt, in percent. */
  connectedPercent: number;
  /** Summed over clients: time connected while holding an expired token (Express refuse-next, CommsEase). */
  connectedWithExpiredTokenSeconds: number;
  disconnections: { total: number; byCause: Record<DisconnectCause, number>; clientsAffected: number };
  /** Connections interrupted by a network outage or sleep (the SDK then tries to reconnect). */
  networkInterruptions: number;
  /** The longest time one client spent not connected after its first login attempt. */
  worstGap: { seconds: number; client: number; fromSeconds: number } | null;
  counts: Record<SimEventType, number>;
  /** The run hit `maxEvents` and stopped early. */
  truncated: boolean;
  /** The undocumented rules this run relied on (see `simAssumptions`). */
  assumptions: string[];
}
