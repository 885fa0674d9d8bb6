/**
 * Checks a captured CommsEase callback (pasted headers + raw body) the way the customer's server
 * should: MD5 of the body against the `MD5` header, then
 * `CheckSum = sha1_hex_lower(AppSecret + MD5 + CurTime)` against the `CheckSum` header.
 *
 * The two checks are reported separately because they point at different bugs: a bad MD5 means
 * the body the server hashed is not the body CommsEase sent (re-serialised JSON, a charset
 * conversion, a framework that parsed the body first); a bad CheckSum with a good MD5 means the
 * wrong AppSecret (or AppKey/profile), or a CurTime/MD5 header altered on the way. When both
 * hold, the signature is fine and any refusal is the server's own logic. Comparisons are
 * timing-safe; the expected CheckSum is never shown (it is derived from the AppSecret).
 */
import type { CryptoPort } from '../../shared/crypto/cryptoPort';
import { callbackCheckSum, checksumsEqual } from '../../shared/families/commsease-dynamic/checksum';
import { parseRawHeaders } from '../../shared/commsease/rawHeaders';
import { summarizeLoginCallbackBody } from '../../shared/commsease/loginCallback';
import type { CallbackVerificationView } from '../../shared/ipc/channels/commsease';
import type { Language } from '../../shared/i18n';
import { mainT, type MainTranslate } from '../i18n/mainText';

/**
 * The verifier's report, as the `commsease:verifyCallback` schema defines it: `md5.received` is
 * the header as sent, `md5.computed` the MD5 of the pasted body (not secret), `md5.hint` a paste
 * artefact that explains a mismatch (e.g. a trailing newline), `explanation` one paragraph on
 * what failed and what it means.
 */
export type CallbackVerification = CallbackVerificationView;
export type CallbackVerdict = CallbackVerification['verdict'];
export type CheckStatus = CallbackVerification['md5']['status'];

export interface VerifyCallbackInput {
  rawHeaders: string;
  rawBody: string;
  appKey: string;
  appSecret: string;
  /** Epoch milliseconds, to say how old the callback is. */
  nowMs: number;
}

/** `language`: the one the explanation, hint and CurTime note are worded in (default English). */
export function verifyCallback(input: VerifyCallbackInput, crypto: CryptoPort, language: Language = 'en'): CallbackVerification {
  const t = mainT(language);
  const { values, problems } = parseRawHeaders(input.rawHeaders);
  const md5Header = values.get('md5') ?? null;
  const checkSumHeader = values.get('checksum') ?? null;
  const curTimeHeader = values.get('curtime') ?? null;
  const appKeyHeader = values.get('appkey') ?? null;

  const computedMd5 = crypto.md5Hex(input.rawBody);
  const md5Status: CheckStatus = md5Header === null ? 'missing_header' : checksumsEqual(computedMd5, md5Header, crypto) ? 'ok' : 'mismatch';
  const md5Hint = md5Status === 'mismatch' && md5Header !== null ? pasteArtefact(input.rawBody, md5Header, crypto, t) : null;

  let checkSumStatus: CheckStatus = 'missing_header';
  if (checkSumHeader !== null && md5Header !== null && curTimeHeader !== null) {
    const expected = callbackCheckSum(input.appSecret, md5Header, curTimeHeader, crypto);
    checkSumStatus = checksumsEqual(expected, checkSumHeader, crypto) ? 'ok' : 'mismatch';
  }

  const appKeyStatus = appKeyHeader === null ? 'missing_header' : appKeyHeader === input.appKey ? 'matches' : 'differs';
  const verdict = verdictOf(md5Status, checkSumStatus);
  return {
    verdict,
    explanation: explain(t, verdict, md5Status, checkSumStatus, appKeyStatus, md5Hint),
    md5: { status: md5Status, received: md5Header, computed: computedMd5, hint: md5Hint },
    checkSum: { status: checkSumStatus, received: checkSumHeader },
    appKey: { status: appKeyStatus, received: appKeyHeader },
    curTime: { received: curTimeHeader, note: curTimeNote(curTimeHeader, input.nowMs, t) },
    body: summarizeLoginCallbackBody(input.rawBody),
    headerProblems: problems.map((problem) => t(`verifier.headerProblem.${problem.kind}`, problem)),
  };
}

function verdictOf(md5: CheckStatus, checkSum: CheckStatus): CallbackVerdict {
  if (md5 === 'missing_header' || checkSum === 'missing_header') return 'incomplete';
  if (md5 === 'ok' && checkSum === 'ok') return 'valid';
  if (md5 === 'mismatch' && checkSum === 'mismatch') return 'md5_and_checksum_mismatch';
  return md5 === 'mismatch' ? 'md5_mismatch' : 'checksum_mismatch';
}

function explain(
  t: MainTranslate,
  verdict: CallbackVerdict,
  md5: CheckStatus,
  checkSum: CheckStatus,
  appKey: 'matches' | 'differs' | 'missing_header',
  md5Hint: string | null,
): string {
  if (verdict === 'incomplete') {
    const missing = md5 === 'missing_header' && checkSum === 'missing_header' ? 'both' : md5 === 'missing_header' ? 'md5' : 'checkSum';
    return t('verifier.explanation.incomplete', { missing: t(`verifier.missing.${missing}`) });
  }
  const appKeyNote = appKey === 'differs' && verdict !== 'md5_mismatch' ? ` ${t('verifier.appKeyDiffers')}` : '';
  const hintNote = md5Hint && (verdict === 'md5_mismatch' || verdict === 'md5_and_checksum_mismatch') ? ` ${md5Hint}` : '';
  return `${t(`verifier.explanation.${verdict}`)}${appKeyNote}${hintNote}`;
}

/** Does a common copy-paste change explain the mismatch? (Only says so; the verdict stands.) */
function pasteArtefact(body: string, md5Header: string, crypto: CryptoPort, t: MainTranslate): string | null {
  const candidates: Array<[string, string]> = [
    [body.replace(/\s+$/, ''), 'trailing'],
    [body.replace(/\r\n/g, '\n'), 'lineEndings'],
    [body.trim(), 'surrounding'],
  ];
  for (const [variant, note] of candidates) {
    if (variant !== body && checksumsEqual(crypto.md5Hex(variant), md5Header, crypto)) return t(`verifier.hint.${note}`);
  }
  return null;
}

function curTimeNote(curTime: string | null, nowMs: number, t: MainTranslate): string | null {
  if (curTime === null) return null;
  if (!/^\d+$/.test(curTime)) return t('verifier.curTime.notANumber');
  const value = Number(curTime);
  if (value < 1e11) return t('verifier.curTime.seconds');
  const ageSeconds = Math.round((nowMs - value) / 1000);
  if (ageSeconds < -300) return t('verifier.curTime.future', { seconds: -ageSeconds });
  return t('verifier.curTime.age', { seconds: ageSeconds });
}
