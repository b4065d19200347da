/**
 * The opaque code that attributes a share to a person without naming them. It travels in
 * `utm_term` and in personal links (`?advocate=CODE`); it is never a name or an email.
 */
export const ADVOCATE_CODE_PATTERN = /^[a-z0-9][a-z0-9-]{2,31}$/;

export function isAdvocateCode(value: unknown): value is string {
  return typeof value === 'string' && ADVOCATE_CODE_PATTERN.test(value);
}

/** How an email is written before hashing, so " Ana@Example.com" and "ana@example.com" give one code. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A plausible work email: something@domain.tld, no spaces. Deliberately loose; the inbox is the real test. */
export function isEmailAddress(email: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(normaliseEmail(email));
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/**
 * The code for a work email: SHA-256 of `salt + ":" + normalised email` (UTF-8), written in
 * lowercase base32 (RFC 4648 alphabet, no padding) and cut to `length` characters. WebCrypto
 * makes this one implementation for Node (`npm run links`) and the browser ("Set up my share
 * links"), so both give the same code for the same email.
 */
export async function deriveAdvocateCode(email: string, salt: string, length: number): Promise<string> {
  const bytes = new TextEncoder().encode(`${salt}:${normaliseEmail(email)}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return base32(digest).slice(0, length);
}

function base32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32[(buffer << (5 - bits)) & 31];
  return out;
}
