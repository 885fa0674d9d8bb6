/**
 * `tokenServer:*` — the desktop token server for the app under test (the same main-side
 * service as `tokenlab serve`). `start` and `rotateKey` return the bearer key once; `status`
 * never does. Log lines also arrive as the `tokenServer:logged` event.
 */
import { z } from 'zod';
import { serverFaultsSchema } from '../../tokenServer/faultConfig';
import { MAX_LOG_ENTRIES, requestLogEntrySchema } from '../../tokenServer/requestLog';
import { serverSettingsSchema } from '../../tokenServer/serverSettings';
import { defineChannel } from '../channel';
import { emptyRequest } from '../schemas/common';

const settingsView = serverSettingsSchema.omit({ faults: true });

export const tokenServerStatusSchema = z.strictObject({
  running: z.boolean(),
  url: z.string().max(64).nullable(),
  startedAt: z.number().int().nullable(),
  settings: settingsView.nullable(),
  faults: serverFaultsSchema,
  requests: z.number().int().min(0),
});

const bearerKey = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const tokenServerChannels = {
  'tokenServer:start': defineChannel({
    summary: 'start the local token server on 127.0.0.1 (prod profiles only after a native confirmation); returns its URL and a new bearer key',
    request: serverSettingsSchema,
    response: z.strictObject({ url: z.string().max(64), key: bearerKey, status: tokenServerStatusSchema }),
  }),
  'tokenServer:stop': defineChannel({
    summary: 'stop the token server and free its port',
    request: emptyRequest,
    response: tokenServerStatusSchema,
  }),
  'tokenServer:status': defineChannel({
    summary: 'whether the token server runs, where, with which settings and faults (never the key)',
    request: emptyRequest,
    response: tokenServerStatusSchema,
  }),
  'tokenServer:rotateKey': defineChannel({
    summary: 'replace the bearer key; requests with the old one get 401 from now on',
    request: emptyRequest,
    response: z.strictObject({ key: bearerKey }),
  }),
  'tokenServer:setFaults': defineChannel({
    summary: 'replace the fault config; the next request uses it',
    request: serverFaultsSchema,
    response: tokenServerStatusSchema,
  }),
  'tokenServer:log': defineChannel({
    summary: 'the request log of this run (no token text, no key), after a sequence number',
    request: z.strictObject({ after: z.number().int().min(0).optional() }),
    response: z.strictObject({ entries: z.array(requestLogEntrySchema).max(MAX_LOG_ENTRIES) }),
  }),
} as const;
