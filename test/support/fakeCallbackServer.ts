/**
 * A customer's login-callback endpoint, on 127.0.0.1, written the way the CommsEase docs tell
 * customers to write it: check MD5 of the raw body and CheckSum = sha1(AppSecret + MD5 + CurTime)
 * (with node:crypto, independently of the code under test), then allow the login with
 * `{"errCode":0}` when accid and token match its table, or refuse it with `{"errCode":1}`.
 * It can also answer slowly, with an HTTP error, or with a body that is not a decision.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { listenLocal, readRequestBody } from './localHttpServer';

export type CallbackBehaviour =
  | { kind: 'decide' }
  | { kind: 'slow'; delayMs: number }
  | { kind: 'http_status'; status: number }
  | { kind: 'not_json' }
  | { kind: 'no_err_code' };

export interface RecordedCallback {
  headers: Record<string, string | string[] | undefined>;
  rawBody: string;
  body: Record<string, unknown> | null;
  md5Valid: boolean;
  checkSumValid: boolean;
}

export interface FakeCallbackServer {
  url: string;
  /** accid → the token the customer accepts. */
  users: Map<string, string>;
  received: RecordedCallback[];
  setBehaviour(behaviour: CallbackBehaviour): void;
  close(): Promise<void>;
}

export async function startFakeCallbackServer(options: { appSecret: string }): Promise<FakeCallbackServer> {
  const users = new Map<string, string>();
  const received: RecordedCallback[] = [];
  let behaviour: CallbackBehaviour = { kind: 'decide' };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawBody = await readRequestBody(req);
    const header = (name: string): string => String(req.headers[name] ?? '');
    const md5 = createHash('md5').update(rawBody).digest('hex');
    const md5Valid = header('md5') === md5;
    const checkSumValid = header('checksum') === createHash('sha1').update(options.appSecret + header('md5') + header('curtime')).digest('hex');
    let body: Record<string, unknown> | null = null;
    try {
      body = JSON.parse(rawBody) as Record<string, unknown>;
    } catch {
      body = null;
    }
    received.push({ headers: req.headers, rawBody, body, md5Valid, checkSumValid });

    if (behaviour.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, behaviour.kind === 'slow' ? behaviour.delayMs : 0));
    if (behaviour.kind === 'http_status') return void res.writeHead(behaviour.status, { 'content-type': 'text/plain' }).end('oops');
    if (behaviour.kind === 'not_json') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html>ok</html>');
    if (behaviour.kind === 'no_err_code') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"allowed":true}');

    const allowed =
      md5Valid && checkSumValid && body !== null && typeof body.fromAccount === 'string' && users.get(body.fromAccount) === body.token;
    res
      .writeHead(200, { 'content-type': 'application/json;charset=utf-8' })
      .end(JSON.stringify(allowed ? { errCode: 0 } : { errCode: 1, responseCode: 20001 }));
  }

  const server = await listenLocal((req, res) => void handle(req, res));
  return {
    url: `http://127.0.0.1:${server.port}/im/login-callback`,
    users,
    received,
    setBehaviour(next) {
      behaviour = next;
    },
    close: () => server.close(),
  };
}
