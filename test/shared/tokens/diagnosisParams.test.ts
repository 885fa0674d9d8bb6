/** Diagnoses carry a code and params, so screens and the CLI word them from the catalogue; the English message stays for --json. */
import { describe, expect, it } from 'vitest';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { createI18n, formatRelative } from '../../../src/shared/i18n';
import { inspectToken } from '../../../src/shared/tokens/inspect';
import { loadVectors } from '../../support/vectors';

const gcm = loadVectors('zego-token04-gcm.json')[0]!;
const secret = (gcm.inputs as { secret: string }).secret;

describe('diagnosis params', () => {
  it('an expired ZEGO token says when, as params, and keeps its English message', () => {
    const later = gcm.expect.now + 400 * 86_400;
    const r = inspectToken(gcm.token, { now: later, secret }, nodeCryptoPort);
    const d = r.diagnoses.find((x) => x.code === 'expired_by')!;
    expect(d.message).toMatch(/^Expired \d+ d/);
    expect(typeof d.params?.['at']).toBe('number');
    const zh = createI18n('zh-CN').t(`diagnosis.${d.code}`, { relative: formatRelative(d.params!['at'] as number, later, 'zh-CN'), time: 'T' });
    expect(zh).toBe('1.1年前已过期，过期时间 T。');
  });
  it('an app mismatch names both apps', () => {
    const r = inspectToken(gcm.token, { now: gcm.expect.now, secret, expectedAppId: 1 }, nodeCryptoPort);
    const d = r.diagnoses.find((x) => x.code === 'app_id_mismatch')!;
    expect(d.params).toEqual({ actual: (gcm.inputs as { appId: number }).appId, expected: '1' });
    expect(createI18n('zh-CN').t('diagnosis.app_id_mismatch', d.params)).toContain('而非 1');
  });
});
