/**
 * Parses a pasted block of HTTP headers ("Name: value" per line) into a case-insensitive map.
 *
 * Support engineers paste what their logs captured: sometimes with the request line on top,
 * CRLF endings, or curl's `-H 'name: value'` form. HTTP header names are case-insensitive
 * (CommsEase's own cURL example lower-cases them), so lookups ignore case. A line that is not
 * a header is reported with its line number instead of being silently skipped.
 */

export interface ParsedHeaders {
  /** Lower-cased name → value (trimmed). Repeated names keep the first value and are reported. */
  values: Map<string, string>;
  problems: string[];
}

const REQUEST_LINE = /^[A-Z]+ \S+ HTTP\/\d(\.\d)?$/;
const CURL_HEADER = /^-H\s+(['"])(.*)\1\s*\\?$/;
const NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export function parseRawHeaders(text: string): ParsedHeaders {
  const values = new Map<string, string>();
  const problems: string[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  for (let index = 0; index < lines.length; index++) {
    let line = (lines[index] as string).trim();
    if (line === '' || REQUEST_LINE.test(line)) continue;
    const curl = CURL_HEADER.exec(line);
    if (curl) line = (curl[2] as string).trim();
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    if (colon <= 0 || !NAME.test(name)) {
      problems.push(`line ${index + 1} is not a "Name: value" header`);
      continue;
    }
    const key = name.toLowerCase();
    if (values.has(key)) {
      problems.push(`line ${index + 1} repeats the header "${name}"; the first value is used`);
      continue;
    }
    values.set(key, line.slice(colon + 1).trim());
  }
  return { values, problems };
}
