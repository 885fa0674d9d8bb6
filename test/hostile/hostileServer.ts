/**
 * A hostile HTTP server on 127.0.0.1: it answers every request by echoing what it received —
 * headers, path, body, and every value of a form or JSON body — in every encoding it can think
 * of (raw, URL and form encoding, JSON and \uXXXX escapes, hex, base64 and base64url, the
 * whole body base64-encoded so a value sits at some byte alignment inside a larger blob).
 * How it wraps the echo is chosen per test: as a CommsEase error `desc`, as an HTTP 500 page,
 * or as a callback answer whose `errCode` is the echo.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { listenLocal, readRequestBody } from '../support/localHttpServer';

export type HostileWrapping = 'api_desc' | 'http_500' | 'callback_errcode' | 'callback_not_json';

export interface HostileServer {
  url: string;
  /** Every request received (nothing when a send was refused before the network). */
  requests: Array<{ path: string; headers: IncomingMessage['headers']; body: string }>;
  wrapping: HostileWrapping;
  close(): Promise<void>;
}

/** Every encoding of one value the server echoes. */
export function encodingsOf(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const json = JSON.stringify(value).slice(1, -1);
  return [
    value,
    encodeURIComponent(value),
    new URLSearchParams({ v: value }).toString().slice(2),
    json,
    json.replace(/\//g, '\\/'),
    Array.from({ length: value.length }, (_, i) => `\\u${value.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''),
    bytes.toString('hex'),
    bytes.toString('hex').toUpperCase(),
    bytes.toString('base64'),
    bytes.toString('base64url'),
  ];
}

function valuesOf(body: string): string[] {
  const values = [...new URLSearchParams(body).values()];
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === 'object' && parsed !== null) values.push(...Object.values(parsed).filter((v): v is string => typeof v === 'string'));
  } catch {
    // not JSON: the form values above are all there is
  }
  return values;
}

export function echoOf(req: { url?: string; headers: IncomingMessage['headers'] }, body: string): string {
  // The values first: clients quote only the start of an answer, and that is where a leak would show.
  const parts = valuesOf(body).flatMap(encodingsOf);
  parts.push(`body=${body}`, `body64=${Buffer.from(`x${body}`).toString('base64')}`, `path=${req.url ?? ''}`, `headers=${JSON.stringify(req.headers)}`);
  return parts.join(' | ');
}

export async function startHostileServer(wrapping: HostileWrapping): Promise<HostileServer> {
  const requests: HostileServer['requests'] = [];
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readRequestBody(req);
    requests.push({ path: req.url ?? '', headers: req.headers, body });
    const echo = echoOf(req, body);
    switch (hostile.wrapping) {
      case 'api_desc':
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 414, desc: echo }));
        return;
      case 'http_500':
        res.writeHead(500, { 'content-type': 'text/plain' }).end(echo);
        return;
      case 'callback_errcode':
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ errCode: echo, echo }));
        return;
      case 'callback_not_json':
        res.writeHead(200, { 'content-type': 'text/plain' }).end(echo);
        return;
    }
  };
  const server = await listenLocal((req, res) => void handle(req, res));
  const hostile: HostileServer = {
    url: `http://127.0.0.1:${server.port}`,
    requests,
    wrapping,
    close: () => server.close(),
  };
  return hostile;
}
