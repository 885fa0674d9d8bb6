/**
 * Find the tokens in pasted text: one per line, several per line, or inside a log line
 * such as `token=04AAAA… user=bob` or `"token":"eyJ…"`.
 *
 * A hand-written scan rather than a regular expression: V8's regex engine backtracks over a
 * long run of base64 with a stack of its own and throws `RangeError` on one 8 MiB line, and
 * a 64 MiB paste must work. The scan is linear and finds what the pattern
 * `(04|ey|ew|006|007)[A-Za-z0-9+/]{20,}={0,2}` (global, left to right) finds, plus the two
 * shapes outside standard base64: a compact JWS (`eyJ…` with two dots, base64url) and a
 * zlib stream in Tencent's UserSig alphabet (`eJ…` with `*`, `-`, `_`).
 */

/** After the prefix, at least this many base64 characters. */
const MIN_BODY = 20;
/**
 * Where the base64 tokens start: ZEGO's version `04`, base64 JSON (`ey`, `ew`), Agora's
 * version `006` / `007`. Without `00x`, a 006 token's inner "ey…" was taken for a token.
 */
const PREFIXES = ['04', 'ey', 'ew', '006', '007'];

function isBase64Char(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
}

/** The length of the prefix at `i` with at least MIN_BODY characters after it before `end`, or 0. */
function prefixAt(text: string, i: number, end: number): number {
  for (const p of PREFIXES) if (i + p.length + MIN_BODY <= end && text.startsWith(p, i)) return p.length;
  return 0;
}

function isJwtChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95 || c === 46;
}

/**
 * A compact JWS starting at `i` ("eyJ…" header, base64url, two dots): its end, or -1. Checked
 * before the base64 scan, which would stop at the first "-", "_" or ".".
 */
function jwtEndAt(line: string, i: number): number {
  if (!line.startsWith('eyJ', i)) return -1;
  let end = i;
  let dots = 0;
  while (end < line.length && isJwtChar(line.charCodeAt(end))) {
    if (line.charCodeAt(end) === 46) dots++;
    end++;
  }
  return dots === 2 ? end : -1;
}

/** UserSig text: base64 with `*` for `+`, `-` for `/` and `_` for `=`. */
function isUserSigChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 42 || c === 45 || c === 95;
}

/** A UserSig is a zlib stream and far longer than this; shorter words starting "eA"… are words. */
const MIN_USERSIG = 40;

/**
 * A zlib stream in the UserSig alphabet starting at `i` (0x78 encodes as "e" + [A-P]): its
 * end, or -1. Checked before the base64 scan, which would stop at the first `*` or `-`.
 */
function userSigEndAt(line: string, i: number): number {
  const second = line.charCodeAt(i + 1);
  if (line.charCodeAt(i) !== 101 || second < 65 || second > 80) return -1;
  let end = i;
  while (end < line.length && isUserSigChar(line.charCodeAt(end))) end++;
  return end - i >= MIN_USERSIG ? end : -1;
}

/** Calls `found` with each candidate of one line, in order. */
function scanLine(line: string, found: (token: string) => void): number {
  let count = 0;
  let i = 0;
  while (i < line.length) {
    if (!isBase64Char(line.charCodeAt(i))) {
      i++;
      continue;
    }
    const jwtEnd = jwtEndAt(line, i);
    const shapedEnd = jwtEnd !== -1 ? jwtEnd : userSigEndAt(line, i);
    if (shapedEnd !== -1) {
      found(line.slice(i, shapedEnd));
      count++;
      i = shapedEnd;
      continue;
    }
    let end = i;
    while (end < line.length && isBase64Char(line.charCodeAt(end))) end++;
    // In a run [i, end), the first prefix with enough characters after it starts the match,
    // which takes the rest of the run (the pattern is greedy) and up to two "=".
    let start = -1;
    for (let s = i; s + 2 + MIN_BODY <= end; s++) {
      if (prefixAt(line, s, end) > 0) {
        start = s;
        break;
      }
    }
    if (start === -1) {
      i = end;
      continue;
    }
    let stop = end;
    while (stop < line.length && stop < end + 2 && line.charCodeAt(stop) === 61) stop++;
    found(line.slice(start, stop));
    count++;
    i = stop;
  }
  return count;
}

/**
 * The tokens of one log line, as the inspector finds them (`token=04…`, quoted, inside JSON);
 * a line with none is given back whole (trimmed), so its verdict says why it is malformed.
 */
export function lineTokens(line: string): string[] {
  const trimmed = line.trim();
  const found: string[] = [];
  if (scanLine(trimmed, (token) => void found.push(token)) === 0) found.push(trimmed);
  return found;
}

export function extractTokens(text: string): string[] {
  const found: string[] = [];
  const push = (token: string) => void found.push(token);
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    // A line with no recognisable token is kept whole, so the user sees why it is malformed.
    if (scanLine(trimmed, push) === 0) found.push(trimmed);
  }
  return found;
}
