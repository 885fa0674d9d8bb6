/**
 * The byte-map texts every HS JWT family shares (LiveKit, Twilio, generic): the three dot-separated
 * parts, in the engine's English (support/jwtInspect.ts) and Chinese.
 */
import type { Strings } from '../../i18n/strings';

export const JWT_SEGMENTS = {
  header: { label: 'Protected header (base64url JSON)', help: 'Header: the algorithm (alg) and type; readable by anyone, and covered by the signature.' },
  payload: { label: 'Claims (base64url JSON)', help: 'Claims: who (iss, sub), when (iat, nbf, exp) and what the token allows; readable by anyone, not encrypted.' },
  signature: { label: 'HMAC signature (base64url)', help: 'HMAC of header.claims under the secret; a wrong secret or any change to the first two parts breaks it.' },
} as const;

export const JWT_SEGMENTS_ZH: Strings<typeof JWT_SEGMENTS> = {
  header: { label: '受保护头部（base64url JSON）', help: '头部：算法（alg）与类型；任何人都可读取，受签名保护。' },
  payload: { label: '声明（base64url JSON）', help: '声明：签发者与主体（iss、sub）、时间（iat、nbf、exp）以及令牌允许做什么；任何人都可读取，未加密。' },
  signature: { label: 'HMAC 签名（base64url）', help: '用密钥对 header.claims 计算的 HMAC；密钥错误或前两部分有任何改动都会使其失配。' },
};
