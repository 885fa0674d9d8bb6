import { describe, expect, it } from 'vitest';
import { decideLoginCallback } from '../../../src/shared/commsease/callbackDecision';

describe('decideLoginCallback', () => {
  it('allows the login on HTTP 2xx with errCode 0', () => {
    const decision = decideLoginCallback({ kind: 'answered', status: 200, body: '{"errCode":0,"responseCode":20000}' });
    expect(decision.kind).toBe('login_allowed');
    expect(decision.responseCode).toBe(20000);
  });

  it('refuses with 302 on any other errCode', () => {
    const decision = decideLoginCallback({ kind: 'answered', status: 200, body: '{"errCode":1,"responseCode":20001}' });
    expect(decision.kind).toBe('login_refused');
    expect(decision.clientExperience).toContain('302');
    expect(decision.errCode).toBe(1);
  });

  it('leaves a non-2xx answer, a timeout and an unreachable URL to the console default policy', () => {
    expect(decideLoginCallback({ kind: 'answered', status: 500, body: '{"errCode":0}' }).kind).toBe('default_policy_http_error');
    expect(decideLoginCallback({ kind: 'timeout', timeoutMs: 2000 }).kind).toBe('default_policy_timeout');
    expect(decideLoginCallback({ kind: 'unreachable', detail: 'connection refused' }).reason).toContain('connection refused');
  });

  it.each([
    ['<html>ok</html>', 'not JSON'],
    ['[0]', 'not an object'],
    ['{"allowed":true}', 'no "errCode"'],
    ['{"errCode":"0"}', 'whole number'],
  ])('explains an answer that carries no decision: %s', (body, words) => {
    const decision = decideLoginCallback({ kind: 'answered', status: 200, body });
    expect(decision.kind).toBe('default_policy_unreadable_answer');
    expect(decision.reason).toContain(words);
  });
});
