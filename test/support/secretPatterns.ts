/**
 * Every way a secret's bytes could show up in text: raw, hex (both cases), base64 and
 * base64url at each of the three byte alignments inside a longer encoded blob.
 */
export interface SecretPattern {
  secret: string;
  encoding: string;
  text: string;
}

export function secretPatterns(secret: string): SecretPattern[] {
  const bytes = Buffer.from(secret, 'utf8');
  const patterns: SecretPattern[] = [
    { secret, encoding: 'raw', text: secret },
    { secret, encoding: 'hex', text: bytes.toString('hex') },
    { secret, encoding: 'HEX', text: bytes.toString('hex').toUpperCase() },
  ];
  for (let shift = 0; shift < 3; shift++) {
    const shifted = Buffer.concat([Buffer.alloc(shift), bytes]);
    // Drop the characters that also depend on neighbouring bytes (first group when shifted, last group).
    const base64 = shifted.toString('base64').slice(shift === 0 ? 0 : 4, -4);
    patterns.push({ secret, encoding: `base64@${shift}`, text: base64 });
    patterns.push({ secret, encoding: `base64url@${shift}`, text: base64.replace(/\+/g, '-').replace(/\//g, '_') });
  }
  return patterns;
}

/** The patterns found in `haystack` (bytes searched as they are). */
export function findSecrets(haystack: string | Buffer, patterns: readonly SecretPattern[]): SecretPattern[] {
  const bytes = typeof haystack === 'string' ? Buffer.from(haystack, 'utf8') : haystack;
  return patterns.filter((p) => bytes.includes(Buffer.from(p.text, 'utf8')));
}
