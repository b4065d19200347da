import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base32 } from '../../src/share/advocate-code.ts';
import { advocateCoder, deriveAdvocateCode, isEmailAddress, normaliseEmail } from '../../src/share/keyed-code.ts';
import vectors from './fixtures/keyed-code-vectors.json' with { type: 'json' };

describe('deriveAdvocateCode (npm run links)', () => {
  it.each(vectors)('$shows', async ({ email, secret, length, code }) => {
    expect(await deriveAdvocateCode(email, secret, length)).toBe(code);
  });

  it('is HMAC-SHA-256 of the email keyed by the secret, as any other HMAC library computes it', async () => {
    const secret = 'a secret of the program team, at least 32 characters';
    const mac = createHmac('sha256', secret).update('giulia.romano@tidewater-cycles.example').digest();
    expect(await deriveAdvocateCode('Giulia.Romano@tidewater-cycles.example', secret, 26)).toBe(base32(mac).slice(0, 26));
  });

  it('gives one code per email with a prepared key, the same as one at a time', async () => {
    const [vector] = vectors;
    const codeFor = await advocateCoder(vector!.secret, vector!.length);
    expect(await codeFor(vector!.email)).toBe(vector!.code);
  });
});

describe('emails', () => {
  it('normalises by trimming and lowercasing', () => {
    expect(normaliseEmail('  Ana.Lim@Tidewater-Cycles.EXAMPLE\t')).toBe('ana.lim@tidewater-cycles.example');
  });

  it.each([
    ['ana@tidewater-cycles.example', true],
    [' Ana@Tidewater-Cycles.example ', true],
    ['ana', false],
    ['ana@tidewater', false],
    ['ana @tidewater-cycles.example', false],
    ['@tidewater-cycles.example', false],
    ['ana@@tidewater-cycles.example', false],
  ])('%j is an email address: %s', (email, expected) => {
    expect(isEmailAddress(email)).toBe(expected);
  });
});
