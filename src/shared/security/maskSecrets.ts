/**
 * Blank every form of the secrets a request carried out of the text a server answered.
 *
 * A hostile (or merely chatty) server can echo what it received in any encoding it likes, so
 * masking only the raw text is not enough. The forms covered: raw; URL-encoded
 * (encodeURIComponent, and application/x-www-form-urlencoded with "+" for a space, in both
 * hex cases); JSON-escaped as JavaScript, PHP ("\/") and ASCII-only serialisers write it;
 * every code unit as \uXXXX; hex of the UTF-8 bytes; base64 and base64url (padded, unpadded,
 * and the part that stays the same at each of the three byte alignments inside a longer
 * base64 text). Pure and deterministic, shared by every HTTP client in main.
 */
import { utf8Encode, toHex } from '../encoding/bytes';
import { encodeBase64 } from '../encoding/base64';

export const SECRET_MASK = '•••';

/** Shorter secrets are not masked: they cannot be told apart from ordinary words. */
export const MIN_MASKED_SECRET_LENGTH = 4;
/** Encoded fragments shorter than this (aligned base64 cores of short secrets) match noise. */
const MIN_FRAGMENT_LENGTH = 6;

/** `text` with every known form of every secret replaced by •••. */
export function maskSecrets(text: string, secrets: readonly (string | null | undefined)[]): string {
  const patterns = secretForms(secrets);
  let out = text;
  for (const pattern of patterns) if (out.includes(pattern)) out = out.split(pattern).join(SECRET_MASK);
  return out;
}

/** Every form, longest first (so a longer form is blanked whole before a shorter one inside it). */
export function secretForms(secrets: readonly (string | null | undefined)[]): string[] {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (typeof secret !== 'string' || secret.length < MIN_MASKED_SECRET_LENGTH) continue;
    for (const form of formsOf(secret)) if (form.length >= Math.min(MIN_FRAGMENT_LENGTH, secret.length)) forms.add(form);
  }
  return [...forms].sort((a, b) => b.length - a.length);
}

function formsOf(secret: string): string[] {
  const forms = [secret];
  const uri = safeEncodeURIComponent(secret);
  const form = formUrlEncode(secret);
  for (const encoded of [uri, form]) {
    if (encoded === null) continue;
    forms.push(encoded, lowerPercentHex(encoded));
  }
  const json = JSON.stringify(secret).slice(1, -1);
  const asciiJson = json.replace(/[\u007f-\uffff]/g, (c) => unicodeEscape(c, false));
  forms.push(json, asciiJson, json.replace(/\//g, '\\/'), asciiJson.replace(/\//g, '\\/'), asciiJson.replace(/\\u([0-9a-f]{4})/g, (_, h: string) => `\\u${h.toUpperCase()}`));
  forms.push(allUnicodeEscaped(secret, false), allUnicodeEscaped(secret, true));
  const bytes = utf8Encode(secret);
  const hex = toHex(bytes);
  forms.push(hex, hex.toUpperCase());
  const base64 = encodeBase64(bytes);
  forms.push(base64, base64.replace(/=+$/, ''), toBase64Url(base64), toBase64Url(base64).replace(/=+$/, ''));
  for (let shift = 0; shift < 3; shift++) {
    const shifted = new Uint8Array(shift + bytes.length);
    shifted.set(bytes, shift);
    forms.push(...stableCore(encodeBase64(shifted), shift, bytes.length));
  }
  return forms;
}

/**
 * The characters of a base64 text that depend only on the secret's bytes, whatever comes
 * before or after it in a larger blob: the 4-character groups whose 3 bytes all belong to the
 * secret (the secret starting `shift` bytes into a group).
 */
function stableCore(base64: string, shift: number, length: number): string[] {
  const firstGroup = shift === 0 ? 0 : 1;
  const endGroup = Math.floor((shift + length) / 3);
  if (endGroup <= firstGroup) return [];
  const core = base64.slice(firstGroup * 4, endGroup * 4);
  return [core, toBase64Url(core)];
}

function toBase64Url(text: string): string {
  return text.replace(/\+/g, '-').replace(/\//g, '_');
}

function safeEncodeURIComponent(text: string): string | null {
  try {
    return encodeURIComponent(text);
  } catch {
    return null; // a lone surrogate cannot be URL-encoded
  }
}

/** application/x-www-form-urlencoded, as URLSearchParams writes it: "+" for a space. */
function formUrlEncode(text: string): string | null {
  const encoded = safeEncodeURIComponent(text);
  if (encoded === null) return null;
  return encoded.replace(/%20/g, '+').replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function lowerPercentHex(text: string): string {
  return text.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
}

function unicodeEscape(char: string, upper: boolean): string {
  const hex = char.charCodeAt(0).toString(16).padStart(4, '0');
  return `\\u${upper ? hex.toUpperCase() : hex}`;
}

function allUnicodeEscaped(text: string, upper: boolean): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += unicodeEscape(text.charAt(i), upper);
  return out;
}
