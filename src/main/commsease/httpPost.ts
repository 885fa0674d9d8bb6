/**
 * One HTTP POST with a hard deadline, classified into what a support engineer needs to know.
 *
 * Both CommsEase clients (server API, login callback tester) need the same three outcomes —
 * an answer, no answer in time, no connection at all — and the time it took. Redirects are not
 * followed (neither CommsEase nor its callbacks follow them, and a redirect could carry signed
 * headers to another host), and the answer is read up to a bounded size so a misbehaving server
 * cannot fill memory.
 */

export interface PostRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
}

export type PostOutcome =
  | { kind: 'answered'; status: number; contentType: string | null; body: string; truncated: boolean; elapsedMs: number }
  | { kind: 'timeout'; timeoutMs: number; elapsedMs: number }
  | { kind: 'unreachable'; detail: string; elapsedMs: number };

/** Monotonic milliseconds; `performance.now` in production, a fake in tests. */
export type MonotonicClock = () => number;

export const MAX_ANSWER_BYTES = 1024 * 1024;

export async function postWithDeadline(request: PostRequest, monotonicMs: MonotonicClock = () => performance.now()): Promise<PostOutcome> {
  const started = monotonicMs();
  const elapsed = (): number => Math.max(0, Math.round(monotonicMs() - started));
  const signal = AbortSignal.timeout(request.timeoutMs);
  try {
    const response = await fetch(request.url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal,
    });
    const { text, truncated } = await readBounded(response);
    return {
      kind: 'answered',
      status: response.status,
      contentType: response.headers.get('content-type'),
      body: text,
      truncated,
      elapsedMs: elapsed(),
    };
  } catch (error) {
    if (signal.aborted || isTimeout(error)) return { kind: 'timeout', timeoutMs: request.timeoutMs, elapsedMs: elapsed() };
    return { kind: 'unreachable', detail: describeNetworkError(error), elapsedMs: elapsed() };
  }
}

async function readBounded(response: Response): Promise<{ text: string; truncated: boolean }> {
  if (!response.body) return { text: '', truncated: false };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size + value.length > MAX_ANSWER_BYTES) {
      chunks.push(value.subarray(0, MAX_ANSWER_BYTES - size));
      truncated = true;
      await reader.cancel();
      break;
    }
    chunks.push(value);
    size += value.length;
  }
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.length;
  }
  return { text: new TextDecoder('utf-8').decode(all), truncated };
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused (nothing listens on that host and port)',
  ECONNRESET: 'the connection was reset by the server',
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name could not be resolved right now (DNS)',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  UND_ERR_SOCKET: 'the server closed the connection',
  CERT_HAS_EXPIRED: 'the server\'s TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the server\'s TLS certificate is self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the server\'s TLS certificate cannot be verified',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the server\'s TLS certificate is for another host name',
};

/** A short, secret-free description: error codes only, never request contents. */
export function describeNetworkError(error: unknown): string {
  const cause = error instanceof Error ? (error as Error & { cause?: unknown }).cause : undefined;
  const code = errorCode(cause) ?? errorCode(error);
  if (code) return NETWORK_CODES[code] ?? `network error ${code}`;
  if (error instanceof TypeError && /invalid url|failed to parse url/i.test(error.message)) return 'the URL is not valid';
  return 'network error';
}

function errorCode(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const code = (value as { code?: unknown }).code;
  return typeof code === 'string' ? code : null;
}
