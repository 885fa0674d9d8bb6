/** Inspect a plain JWS/JWT (HS256/384/512) by README-jwt.md's ordered rules. */
import type { CryptoPort } from '../../crypto/cryptoPort';
import type { FamilyVerifyOptions } from '../family';
import type { DetectionReads } from '../support/detectionReads';
import { knownHeaders } from '../support/jwt';
import { inspectJwt, type JwtRules } from '../support/jwtInspect';
import type { WideInspection } from '../support/wideInspection';

export const JWT_GENERIC_ID = 'jwt-generic';

const rules: JwtRules = {
  id: JWT_GENERIC_ID,
  allowed: ['HS256', 'HS384', 'HS512'],
  knownHeaders: knownHeaders(['{"alg":"HS256","typ":"JWT"}', '{"alg":"HS384","typ":"JWT"}', '{"alg":"HS512","typ":"JWT"}', '{"alg":"HS256"}', '{"typ":"JWT","alg":"HS256"}']),
  identity: (claims) => claims['sub'],
  identityName: 'sub',
};

export function inspectJwtGeneric(out: WideInspection, options: FamilyVerifyOptions, crypto: CryptoPort | undefined, reads?: DetectionReads): WideInspection {
  return inspectJwt(rules, out, options, crypto, reads);
}
