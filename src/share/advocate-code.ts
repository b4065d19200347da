import { ADVOCATE_CODE_PATTERN } from '../schemas/advocate-code.ts';

/**
 * The opaque code that attributes a share to a person without naming them. It travels in
 * `utm_term` and in personal links (`?advocate=CODE`); it is never a name or an email, and
 * nothing in the hub's pages can turn an address into it: a code is either random (made in the
 * browser) or keyed by a secret only the program team holds (`npm run links`, see keyed-code.ts).
 * Its form is ADVOCATE_CODE_PATTERN, in src/schemas/advocate-code.ts.
 */
export function isAdvocateCode(value: unknown): value is string {
  return typeof value === 'string' && ADVOCATE_CODE_PATTERN.test(value);
}

/** Lowercase base32 (RFC 4648 alphabet): letters and 2-7, so codes read well and fit the pattern. */
export const CODE_ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

/**
 * What a person typed as their code ("I have a code"): spaces around it and the capitals a
 * phone keyboard adds are not part of it. Undefined when it is not a code.
 */
export function typedAdvocateCode(text: string): string | undefined {
  const code = text.trim().toLowerCase();
  return isAdvocateCode(code) ? code : undefined;
}

/**
 * A new random code of `length` base32 characters, from the platform's cryptographic random
 * source (WebCrypto in the browser and in Node). 32 divides 256, so every character is equally
 * likely: 10 characters are 50 bits, so two people practically never get the same code.
 */
export function randomAdvocateCode(length: number, fill: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer> = (bytes) => crypto.getRandomValues(bytes)): string {
  const bytes = fill(new Uint8Array(length));
  let code = '';
  for (const byte of bytes) code += CODE_ALPHABET[byte & 31];
  return code;
}

/** Bytes written in lowercase base32 (no padding). */
export function base32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += CODE_ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += CODE_ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}
