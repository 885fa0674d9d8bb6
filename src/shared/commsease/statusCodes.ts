/**
 * The CommsEase server API status codes, with their documented meanings.
 *
 * A support engineer sees "code 414" and needs the sentence from the vendor's table next to it,
 * not a lookup in another tab. Source: CommsEase "Code Status Table"
 * (https://doc.commsease.com/en/M5MzM5Njk/docs/Tk5ODIzNjk) and, for 414 on a CheckSum, the
 * server API overview ("CheckSum检验失败时会返回414错误码"). Hints after the meaning are ours.
 */

export interface CommsEaseStatus {
  code: number;
  /** The vendor's wording. */
  meaning: string;
  /** What to look at first; ours, not the vendor's. */
  hint: string | null;
}

const TABLE: readonly CommsEaseStatus[] = [
  { code: 200, meaning: 'The operation succeeded.', hint: null },
  { code: 201, meaning: 'Incorrect client version. You must upgrade the SDK.', hint: null },
  { code: 301, meaning: 'The account or channel is banned.', hint: null },
  { code: 302, meaning: 'Incorrect user name or password.', hint: 'the accid and token do not match, or the token is not the latest one' },
  { code: 315, meaning: 'IP address restriction.', hint: 'the calling IP is not on the app\'s allow-list' },
  { code: 403, meaning: 'Invalid operation or no permission.', hint: 'the feature may not be enabled for this app' },
  { code: 404, meaning: 'No object found.', hint: 'for update/refreshToken: the accid does not exist under this AppKey' },
  { code: 405, meaning: 'The parameter length is too long.', hint: 'accid ≤ 32 characters, token ≤ 128' },
  { code: 406, meaning: 'Read-only object.', hint: null },
  { code: 408, meaning: 'Client request times out.', hint: null },
  { code: 413, meaning: 'SMS verification failed.', hint: null },
  {
    code: 414,
    meaning: 'Error parameters.',
    hint: 'also the answer to a failed CheckSum: check the AppKey/AppSecret pair, and that CurTime is epoch seconds within 5 minutes of the server clock; otherwise read desc for the parameter at fault',
  },
  { code: 415, meaning: 'Client network issue.', hint: null },
  { code: 416, meaning: 'Rate upper limit is reached.', hint: 'slow down and retry later' },
  { code: 417, meaning: 'Repeated operation.', hint: null },
  { code: 418, meaning: 'SMS channel is not available.', hint: null },
  { code: 419, meaning: 'The quantity exceeds the upper limit.', hint: null },
  { code: 422, meaning: 'Account is banned.', hint: null },
  { code: 423, meaning: 'Account is muted.', hint: null },
  { code: 431, meaning: 'HTTP request is repeated.', hint: null },
  { code: 500, meaning: 'Server internal error.', hint: 'retry later; if it persists, contact CommsEase' },
  { code: 503, meaning: 'Server is busy.', hint: 'retry later' },
  { code: 508, meaning: 'Message recall times out.', hint: null },
  { code: 509, meaning: 'Invalid protocol.', hint: null },
  { code: 514, meaning: 'Service unavailable.', hint: null },
  { code: 998, meaning: 'Unpacking error.', hint: null },
  { code: 999, meaning: 'Packaging error.', hint: null },
];

const BY_CODE = new Map(TABLE.map((entry) => [entry.code, entry]));

export const COMMSEASE_SUCCESS_CODE = 200;

/** The documented meaning of `code`, or a sentence saying it is not in the table. */
export function describeCommsEaseStatus(code: number): CommsEaseStatus {
  return BY_CODE.get(code) ?? { code, meaning: 'Not in the CommsEase status code table.', hint: null };
}

/** "414 Error parameters. (also the answer to a failed CheckSum: …)" */
export function explainCommsEaseStatus(code: number): string {
  const status = describeCommsEaseStatus(code);
  return status.hint ? `${code} ${status.meaning} (${status.hint})` : `${code} ${status.meaning}`;
}
