/**
 * A stand-in for the CommsEase server API, on 127.0.0.1, that checks requests as CommsEase does.
 *
 * It recomputes every CheckSum with node:crypto (not with the engine under test), refuses a
 * wrong or stale one with code 414 exactly like the documented server, keeps accounts and
 * their tokens, and can be told to misbehave: a CommsEase error code, a slow answer, a
 * malformed body, a bare HTTP error. It records every request so tests can assert what was
 * (and was not) sent — in particular that the AppSecret never travels.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { listenLocal, readRequestBody } from './localHttpServer';

export type FakeBehaviour =
  | { kind: 'normal' }
  | { kind: 'api_error'; code: number; desc: string }
  | { kind: 'slow'; delayMs: number }
  | { kind: 'malformed' }
  | { kind: 'http_status'; status: number; body: string };

export interface RecordedApiRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  rawBody: string;
  form: Record<string, string>;
  /** Why the fake refused it (null: accepted). */
  refusal: string | null;
}

export interface FakeCommsEase {
  /** e.g. http://127.0.0.1:54321/nimserver */
  apiBase: string;
  accounts: Map<string, string>;
  requests: RecordedApiRequest[];
  setBehaviour(behaviour: FakeBehaviour): void;
  /** The token the next refreshToken answers with (random when null). */
  nextRefreshToken: string | null;
  /** Whether any request carried the AppSecret in its headers, path or body. */
  secretSeen(): boolean;
  close(): Promise<void>;
}

export interface FakeCommsEaseOptions {
  appKey: string;
  appSecret: string;
  /** The fake's clock, epoch seconds. */
  now: () => number;
}

const MAX_SKEW_SECONDS = 300;

export async function startFakeCommsEase(options: FakeCommsEaseOptions): Promise<FakeCommsEase> {
  const accounts = new Map<string, string>();
  const requests: RecordedApiRequest[] = [];
  let behaviour: FakeBehaviour = { kind: 'normal' };
  let secretSeen = false;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawBody = await readRequestBody(req);
    const headerText = JSON.stringify(req.headers);
    if ([headerText, req.url ?? '', rawBody].some((part) => part.includes(options.appSecret))) secretSeen = true;
    const form = Object.fromEntries(new URLSearchParams(rawBody));
    const record: RecordedApiRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, rawBody, form, refusal: null };
    requests.push(record);

    if (behaviour.kind === 'slow') {
      await new Promise((resolve) => setTimeout(resolve, behaviour.kind === 'slow' ? behaviour.delayMs : 0));
    }
    if (behaviour.kind === 'http_status') {
      res.writeHead(behaviour.status, { 'content-type': 'text/html' }).end(behaviour.body);
      return;
    }
    if (behaviour.kind === 'malformed') {
      res.writeHead(200, { 'content-type': 'application/json;charset=utf-8' }).end('{"code":200,"info":{"token":');
      return;
    }

    const refusal = checkSignature(req, options);
    if (refusal) {
      record.refusal = refusal;
      return answer(res, { code: 414, desc: refusal });
    }
    const contentType = String(req.headers['content-type'] ?? '');
    if (req.method !== 'POST' || !contentType.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
      record.refusal = 'not a form-encoded POST';
      return answer(res, { code: 414, desc: 'not a form-encoded POST' });
    }
    if (behaviour.kind === 'api_error') return answer(res, { code: behaviour.code, desc: behaviour.desc });

    const accid = form.accid ?? '';
    if (accid === '') return answer(res, { code: 414, desc: 'accid is missing' });
    switch (req.url) {
      case '/nimserver/user/create.action': {
        if (accounts.has(accid)) return answer(res, { code: 414, desc: 'already register' });
        const token = form.token ?? randomBytes(16).toString('hex');
        accounts.set(accid, token);
        return answer(res, { code: 200, info: { token, accid, name: '' } });
      }
      case '/nimserver/user/update.action': {
        if (!accounts.has(accid)) return answer(res, { code: 414, desc: 'accid not exist' });
        if (!form.token) return answer(res, { code: 414, desc: 'token is missing' });
        accounts.set(accid, form.token);
        return answer(res, { code: 200 });
      }
      case '/nimserver/user/refreshToken.action': {
        if (!accounts.has(accid)) return answer(res, { code: 414, desc: 'accid not exist' });
        const token = fake.nextRefreshToken ?? randomBytes(16).toString('hex');
        fake.nextRefreshToken = null;
        accounts.set(accid, token);
        return answer(res, { code: 200, info: { token, accid } });
      }
      default:
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  }

  const server = await listenLocal((req, res) => void handle(req, res));
  const fake: FakeCommsEase = {
    nextRefreshToken: null,
    apiBase: `http://127.0.0.1:${server.port}/nimserver`,
    accounts,
    requests,
    setBehaviour(next) {
      behaviour = next;
    },
    secretSeen: () => secretSeen,
    close: () => server.close(),
  };
  return fake;
}

/** The documented check: AppKey known, Nonce 1–128 chars, CurTime seconds within 5 min, SHA-1 CheckSum. */
function checkSignature(req: IncomingMessage, options: FakeCommsEaseOptions): string | null {
  const header = (name: string): string | undefined => {
    const value = req.headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
  };
  const appKey = header('AppKey');
  const nonce = header('Nonce');
  const curTime = header('CurTime');
  const checkSum = header('CheckSum');
  if (appKey !== options.appKey) return 'unknown AppKey';
  if (!nonce || nonce.length > 128) return 'Nonce must have 1 to 128 characters';
  if (!curTime || !/^\d+$/.test(curTime)) return 'CurTime must be epoch seconds';
  if (Math.abs(options.now() - Number(curTime)) > MAX_SKEW_SECONDS) return 'CurTime is more than 5 minutes away: checksum expired';
  const expected = createHash('sha1').update(options.appSecret + nonce + curTime).digest('hex');
  if (checkSum !== expected) return 'checksum is wrong';
  return null;
}

function answer(res: ServerResponse, body: unknown): void {
  // CommsEase answers its own errors with HTTP 200 and a JSON code.
  res.writeHead(200, { 'content-type': 'application/json;charset=utf-8' }).end(JSON.stringify(body));
}

/** A 127.0.0.1 port that nothing listens on: open a server, note its port, close it. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
