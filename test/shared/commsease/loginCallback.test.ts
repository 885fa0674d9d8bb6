import { describe, expect, it } from 'vitest';
import {
  buildLoginCallbackBody,
  LOGIN_CALLBACK_EVENT_TYPE,
  summarizeLoginCallbackBody,
} from '../../../src/shared/commsease/loginCallback';

const input = {
  accid: 'wm1',
  token: 'tok-secret',
  clientType: 'AOS' as const,
  clientIp: '36.18.111.225',
  clientPort: '39632',
  deviceId: 'ef6b789c',
  loginExt: '{"tenant":7}',
  timestampMs: 1590482457381,
};

describe('buildLoginCallbackBody', () => {
  it('carries the documented login-callback fields, eventType 36 and authType 2 (third-party)', () => {
    const body = JSON.parse(buildLoginCallbackBody(input)) as Record<string, unknown>;
    expect(body).toEqual({
      authType: 2,
      eventType: LOGIN_CALLBACK_EVENT_TYPE,
      fromAccount: 'wm1',
      fromClientIp: '36.18.111.225',
      fromClientPort: '39632',
      fromClientType: 'AOS',
      fromDeviceId: 'ef6b789c',
      loginExt: '{"tenant":7}',
      timestamp: '1590482457381',
      token: 'tok-secret',
    });
    expect(LOGIN_CALLBACK_EVENT_TYPE).toBe(36);
  });
});

describe('summarizeLoginCallbackBody', () => {
  it('accepts the eventType 35 of the docs example and points the inconsistency out', () => {
    const summary = summarizeLoginCallbackBody('{"eventType":35,"fromAccount":"wm1","fromClientType":"AOS","token":"x"}');
    expect(summary?.isLoginEvent).toBe(true);
    expect(summary?.note).toMatch(/36.*35/);
  });

  it('accepts 36 without a note, and never returns the token itself', () => {
    const summary = summarizeLoginCallbackBody(buildLoginCallbackBody(input));
    expect(summary).toMatchObject({ eventType: 36, isLoginEvent: true, fromAccount: 'wm1', hasToken: true, note: null });
    expect(JSON.stringify(summary)).not.toContain('tok-secret');
  });

  it('returns null for a body that is not a JSON object', () => {
    expect(summarizeLoginCallbackBody('not json')).toBeNull();
    expect(summarizeLoginCallbackBody('[1]')).toBeNull();
  });
});
