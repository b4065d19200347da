import { base32 } from './advocate-code.ts';

/**
 * Codes the program team derives from a roster of work emails (`npm run links`, `npm run digest
 * --roster`): HMAC-SHA-256 keyed by a secret that never enters the repository or the hub's
 * pages. Whoever holds the roster and the secret can tell whose a code is; anyone else, with
 * every file of the hub and a list of every address in the company, cannot. Never imported by
 * browser code.
 */

/** How an email is written before keying, so " Ana@Example.com" and "ana@example.com" give one code. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A plausible work email: something@domain.tld, no spaces. Deliberately loose; the inbox is the real test. */
export function isEmailAddress(email: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(normaliseEmail(email));
}

/**
 * The code for a work email: HMAC-SHA-256 of the normalised email (UTF-8) keyed by the secret
 * (UTF-8), in lowercase base32, cut to `length` characters. Same email and secret, same code.
 */
export async function deriveAdvocateCode(email: string, secret: string, length: number): Promise<string> {
  return (await advocateCoder(secret, length))(email);
}

/** {@link deriveAdvocateCode} for many emails with one secret: the key is prepared once. */
export async function advocateCoder(secret: string, length: number): Promise<(email: string) => Promise<string>> {
  const encode = (text: string) => new TextEncoder().encode(text);
  const key = await crypto.subtle.importKey('raw', encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return async (email) => base32(new Uint8Array(await crypto.subtle.sign('HMAC', key, encode(normaliseEmail(email))))).slice(0, length);
}

