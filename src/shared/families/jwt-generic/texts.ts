/**
 * The field texts of generic HS JWTs (profile identifiers, generator fields and choices, expected
 * values, secret label) in English — the family's own FieldSpec words — and Chinese, as
 * ../../i18n/areas/family.ts lists them under `family.<id>`.
 */
import type { Strings } from '../../i18n/strings';
import { JWT_SEGMENTS, JWT_SEGMENTS_ZH } from '../support/jwtTexts';

export const jwtGenericTextsEn = {
  label: 'JWT (HS256/384/512)',
  secret: 'HMAC key (text, or base64url:… for raw bytes)',
  vendor: 'RFC 7519',
  segment: JWT_SEGMENTS,
  identifier: { issuer: { label: 'Issuer (iss)' } },
  field: {
    alg: { label: 'Algorithm', option: { HS256: 'HS256', HS384: 'HS384', HS512: 'HS512' } },
    sub: { label: 'Subject (sub)' },
    ttl: { label: 'Lifetime' },
    claims: { label: 'Other claims (JSON object)' },
  },
  verify: { appId: { label: 'Issuer (iss)', help: 'The iss the token must carry.' }, userId: { label: 'Subject (sub)' } },
} as const;

export const jwtGenericTextsZh: Strings<typeof jwtGenericTextsEn> = {
  label: 'JWT（HS256/384/512）',
  secret: 'HMAC 密钥（文本，或以 base64url: 开头的原始字节）',
  vendor: 'RFC 7519',
  segment: JWT_SEGMENTS_ZH,
  identifier: { issuer: { label: '签发者（iss）' } },
  field: {
    alg: { label: '算法', option: { HS256: 'HS256', HS384: 'HS384', HS512: 'HS512' } },
    sub: { label: '主题（sub）' },
    ttl: { label: '有效期' },
    claims: { label: '其他声明（JSON 对象）' },
  },
  verify: { appId: { label: '签发者（iss）', help: '令牌必须携带的 iss。' }, userId: { label: '主题（sub）' } },
};
