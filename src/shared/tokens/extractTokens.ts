/**
 * Find the tokens in pasted text: one per line, several per line, or inside a log line
 * such as `token=04AAAA… user=bob` or `"token":"eyJ…"`.
 */

/** A ZEGO Token04, or a base64 blob long enough to be a CommsEase token. */
const CANDIDATE = /04[A-Za-z0-9+/]{20,}={0,2}|ey[A-Za-z0-9+/]{20,}={0,2}|ew[A-Za-z0-9+/]{20,}={0,2}/g;

export function extractTokens(text: string): string[] {
  const found: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const matches = trimmed.match(CANDIDATE);
    // A line with no recognisable token is kept whole, so the user sees why it is malformed.
    if (matches === null) found.push(trimmed);
    else found.push(...matches);
  }
  return found;
}
