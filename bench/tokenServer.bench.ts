/**
 * The desktop token server under load: 10,000 GET /token requests, 50 at a time over
 * keep-alive connections, on 127.0.0.1, each minting a real token through the signing
 * service — ZEGO on the generic route, Agora and LiveKit on their own, in turn (the rate
 * limit lifted for the run: the default 1,000/s would measure the limiter instead).
 *
 * Prints throughput, p50/p99 latency seen by the client, peak RSS, and RSS before and after
 * three rounds (after a GC when `--expose-gc` is on): a leak shows as RSS climbing per round.
 * Client and server share this process, so the RSS figures hold both.
 */
import { Agent, request } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppServices } from '../src/main/composition';
import { createMemorySecretStore } from '../src/main/vault/memorySecretStore';

const REQUESTS = 10_000;
const CONCURRENCY = 50;
const ROUNDS = 3;

const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`;

function get(agent: Agent, url: string, key: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers: { Authorization: `Bearer ${key}` } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export async function run(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tokenlab-bench-server-'));
  const services = createAppServices({ dataDir, secrets: createMemorySecretStore(), clipboard: { readText: () => '', writeText: () => {} } });
  await services.vault.add({ provider: 'zego', name: 'bench', env: 'dev', appId: 1234567890, secret: 'fa94dd0f974cf2e293728a526b028271' });
  await services.vault.add({ family: 'agora-accesstoken2', name: 'bench-agora', env: 'dev', credentials: { appId: '0123456789abcdef0123456789abcdef' }, secret: 'fedcba9876543210fedcba9876543210' });
  await services.vault.add({ family: 'livekit-jwt', name: 'bench-lk', env: 'dev', credentials: { apiKey: 'APIkey123' }, secret: 'livekit-secret-livekit-secret-0123456789' });
  const { url, key } = await services.tokenServer.start({ rateLimitPerSecond: 1_000_000 });
  const targets = [
    `${url}/token?profile=bench&user=alice&ttl=3600&room=r1`,
    `${url}/token/agora?profile=bench-agora&service=rtc&channel=demo&uid=42&ttl=3600`,
    `${url}/token/livekit?profile=bench-lk&identity=alice&room=standup&ttl=3600`,
  ];
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);

  gc();
  const rssBefore = process.memoryUsage().rss;
  const rssAfterRound: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const latencies = new Float64Array(REQUESTS);
    let next = 0;
    let failures = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < REQUESTS) {
          const i = next++;
          const t0 = performance.now();
          const status = await get(agent, targets[i % targets.length]!, key);
          latencies[i] = performance.now() - t0;
          if (status !== 200) failures++;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    agent.destroy();
    latencies.sort();
    const pct = (p: number): string => `${latencies[Math.min(REQUESTS - 1, Math.floor(REQUESTS * p))]!.toFixed(2)} ms`;
    gc();
    rssAfterRound.push(process.memoryUsage().rss);
    console.log(
      `round ${round}: ${REQUESTS} requests, ${CONCURRENCY} concurrent: ${Math.round(REQUESTS / seconds)} req/s; p50 ${pct(0.5)}, p99 ${pct(0.99)}; ${failures} not 200; RSS after ${mb(rssAfterRound.at(-1)!)}`,
    );
  }
  clearInterval(sampler);
  await services.tokenServer.stop();
  await rm(dataDir, { recursive: true, force: true });
  const ratio = (rssAfterRound.at(-1)! / rssBefore).toFixed(2);
  console.log(`peak RSS ${mb(peakRss)}; RSS before ${mb(rssBefore)}, after round 1 ${mb(rssAfterRound[0]!)}, after round ${ROUNDS} ${mb(rssAfterRound.at(-1)!)} (after/before ${ratio}, round ${ROUNDS}/round 1 ${(rssAfterRound.at(-1)! / rssAfterRound[0]!).toFixed(2)})${(globalThis as { gc?: unknown }).gc ? '' : ' (no --expose-gc: figures include garbage not yet collected)'}`);
  console.log(`request log kept: ${services.tokenServer.log().length} entries (capped)`);
}
