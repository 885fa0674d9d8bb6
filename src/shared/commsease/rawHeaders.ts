/**
 * Parses a pasted block of HTTP headers ("Name: value" per line) into a case-insensitive map.
 *
 * Support engineers paste what their logs captured: sometimes with the request line on top,
 * CRLF endings, or curl's `-H 'name: value'` form. HTTP header names are case-insensitive
 * (CommsEase's own cURL example lower-cases them), so lookups ignore case. A line that is not
 * a header is reported with its line number instead of being silently skipped; the report is
 * worded by whoever shows it (main.verifier.headerProblem.* in the callback verifier).
 */

/** A line that is not a header, or repeats one (1-based line numbers). */
export type HeaderProblem = { kind: 'notAHeader'; line: number } | { kind: 'repeated'; line: number; name: string };

export interface ParsedHeaders {
  /** Lower-cased name → value (trimmed). Repeated names keep the first value and are reported. */
  values: Map<string, string>;
  problems: HeaderProblem[];
}

const REQUEST_LINE = /^[A-Z]+ \S+ HTTP\/\d(\.\d)?$/;
const CURL_HEADER = /^-H\s+(['"])(.*)\1\s*\\?$/;
const NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export function parseRawHeaders(text: string): ParsedHeaders {
  const values = new Map<string, string>();
  const problems: HeaderProblem[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  for (let index = 0; index < lines.length; index++) {
    let line = (lines[index] as string).trim();
    if (line === '' || REQUEST_LINE.test(line)) continue;
    const curl = CURL_HEADER.exec(line);
    if (curl) line = (curl[2] as string).trim();
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    if (colon <= 0 || !NAME.test(name)) {
      problems.push({ kind: 'notAHeader', line: index + 1 });
      continue;
    }
    const key = name.toLowerCase();
    if (values.has(key)) {
      problems.push({ kind: 'repeated', line: index + 1, name });
      continue;
    }
    values.set(key, line.slice(colon + 1).trim());
  }
  return { values, problems };
}
