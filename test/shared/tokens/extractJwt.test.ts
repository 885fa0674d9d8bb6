/** Pasted text with a JWT (LiveKit, Twilio, any HS256) yields the whole compact token, not its header. */
import { describe, expect, it } from 'vitest';
import { extractTokens, lineTokens } from '../../../src/shared/tokens/extractTokens';
import { loadFamilyVectors } from '../../support/familyVectors';

const jwts = ['livekit-jwt.json', 'twilio-jwt.json', 'jwt-generic.json'].map((f) => loadFamilyVectors(f).find((v) => v.expect.verdict === 'valid')!.token);

describe('token extraction, JWTs', () => {
  it.each(jwts)('finds %s whole, alone and inside a log line', (token) => {
    expect(lineTokens(token)).toEqual([token]);
    expect(lineTokens(`INFO join token="${token}" user=alice`)).toEqual([token]);
    expect(extractTokens(`a=${token}\n\nAuthorization: Bearer ${token}`)).toEqual([token, token]);
  });
});
