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

export function verifyCallback(input: VerifyCallbackInput, crypto: CryptoPort): CallbackVerification {
  const { values, problems } = parseRawHeaders(input.rawHeaders);
  const md5Header = values.get('md5') ?? null;
  const checkSumHeader = values.get('checksum') ?? null;
  const curTimeHeader = values.get('curtime') ?? null;
  const appKeyHeader = values.get('appkey') ?? null;

  const computedMd5 = crypto.md5Hex(input.rawBody);
  const md5Status: CheckStatus = md5Header === null ? 'missing_header' : checksumsEqual(computedMd5, md5Header, crypto) ? 'ok' : 'mismatch';
  const md5Hint = md5Status === 'mismatch' && md5Header !== null ? pasteArtefact(input.rawBody, md5Header, crypto) : null;

  let checkSumStatus: CheckStatus = 'missing_header';
  if (checkSumHeader !== null && md5Header !== null && curTimeHeader !== null) {
    const expected = callbackCheckSum(input.appSecret, md5Header, curTimeHeader, crypto);
    checkSumStatus = checksumsEqual(expected, checkSumHeader, crypto) ? 'ok' : 'mismatch';
  }

  const appKeyStatus = appKeyHeader === null ? 'missing_header' : appKeyHeader === input.appKey ? 'matches' : 'differs';
  const verdict = verdictOf(md5Status, checkSumStatus);
  return {
    verdict,
    explanation: explain(verdict, md5Status, checkSumStatus, appKeyStatus, md5Hint),
    md5: { status: md5Status, received: md5Header, computed: computedMd5, hint: md5Hint },
    checkSum: { status: checkSumStatus, received: checkSumHeader },
    appKey: { status: appKeyStatus, received: appKeyHeader },
    curTime: { received: curTimeHeader, note: curTimeNote(curTimeHeader, input.nowMs) },
    body: summarizeLoginCallbackBody(input.rawBody),
    headerProblems: problems,
  };
}

function verdictOf(md5: CheckStatus, checkSum: CheckStatus): CallbackVerdict {
  if (md5 === 'missing_header' || checkSum === 'missing_header') return 'incomplete';
  if (md5 === 'ok' && checkSum === 'ok') return 'valid';
  if (md5 === 'mismatch' && checkSum === 'mismatch') return 'md5_and_checksum_mismatch';
  return md5 === 'mismatch' ? 'md5_mismatch' : 'checksum_mismatch';
}

function explain(
  verdict: CallbackVerdict,
  md5: CheckStatus,
  checkSum: CheckStatus,
  appKey: 'matches' | 'differs' | 'missing_header',
  md5Hint: string | null,
): string {
  const appKeyNote = appKey === 'differs' ? ' The AppKey header is not this profile\'s AppKey: the callback belongs to another app, so its CheckSum was made with another AppSecret.' : '';
  switch (verdict) {
    case 'valid':
      return `MD5 and CheckSum both hold: CommsEase signed this exact body with this profile's AppSecret. If the customer's server refuses it, the bug is in its own logic, not in the signature check.${appKeyNote}`;
    case 'md5_mismatch':
      return `The CheckSum holds (right AppSecret), but the MD5 of this body differs from the MD5 header: the body checked is not byte-for-byte the body CommsEase sent (re-serialised JSON, changed charset or whitespace, a framework that parsed it first).${
        md5Hint ? ` ${md5Hint}` : ''
      }`;
    case 'checksum_mismatch':
      return `The body matches its MD5 header, but the CheckSum does not: the AppSecret used is not the one CommsEase signed with (wrong profile or rotated secret), or the CurTime/MD5 headers were altered.${appKeyNote}`;
    case 'md5_and_checksum_mismatch':
      return `Neither the MD5 nor the CheckSum holds: the body was changed and the signature does not match this profile's AppSecret either.${appKeyNote}${md5Hint ? ` ${md5Hint}` : ''}`;
    case 'incomplete': {
      const missing = [md5 === 'missing_header' ? 'MD5' : null, checkSum === 'missing_header' ? 'CheckSum or CurTime' : null].filter(Boolean).join(' and ');
      return `The pasted headers lack ${missing}; CommsEase always sends AppKey, CurTime, MD5 and CheckSum.`;
    }
  }
}

/** Does a common copy-paste change explain the mismatch? (Only says so; the verdict stands.) */
function pasteArtefact(body: string, md5Header: string, crypto: CryptoPort): string | null {
  const candidates: Array<[string, string]> = [
    [body.replace(/\s+$/, ''), 'Without the trailing whitespace/newline of the paste the MD5 matches: the paste added it; the original body is fine.'],
    [body.replace(/\r\n/g, '\n'), 'With LF instead of CRLF line endings the MD5 matches: the line endings changed in transit or in the paste.'],
    [body.trim(), 'Without the surrounding whitespace of the paste the MD5 matches: the paste added it.'],
  ];
  for (const [variant, note] of candidates) {
    if (variant !== body && checksumsEqual(crypto.md5Hex(variant), md5Header, crypto)) return note;
  }
  return null;
}

function curTimeNote(curTime: string | null, nowMs: number): string | null {
  if (curTime === null) return null;
  if (!/^\d+$/.test(curTime)) return 'CurTime is not a number.';
  const value = Number(curTime);
  if (value < 1e11) return 'CurTime looks like epoch seconds; CommsEase callbacks carry milliseconds.';
  const ageSeconds = Math.round((nowMs - value) / 1000);
  if (ageSeconds < -300) return `CurTime is ${-ageSeconds} s in the future.`;
  return `Sent ${ageSeconds} s ago (by CurTime).`;
}
