import { describe, expect, it } from 'vitest';
import { ADVOCATE_CODE_PATTERN, deriveAdvocateCode, isAdvocateCode, isEmailAddress, normaliseEmail } from '../../src/share/advocate-code.ts';
import vectors from './fixtures/advocate-code-vectors.json' with { type: 'json' };

describe('deriveAdvocateCode', () => {
  it.each(vectors)('$shows', async ({ email, salt, length, code }) => {
    expect(await deriveAdvocateCode(email, salt, length)).toBe(code);
  });

  it('gives codes that pass the advocate code check', async () => {
    for (const { code } of vectors) expect(isAdvocateCode(code)).toBe(true);
  });
});

describe('isAdvocateCode', () => {
  it.each(['abc', 'team-kl-01', 'glbs3tzlk4', '2x7', 'a'.repeat(32)])('accepts %j', (code) => {
    expect(isAdvocateCode(code)).toBe(true);
  });

  it.each(['ab', '-abc', 'ABC', 'ana@tidewater-cycles.example', 'a b c', 'a'.repeat(33), '<script>', '', null, undefined, 42])(
    'refuses %j',
    (code) => {
      expect(isAdvocateCode(code)).toBe(false);
    },
  );

  it('is the documented pattern', () => {
    expect(ADVOCATE_CODE_PATTERN.source).toBe('^[a-z0-9][a-z0-9-]{2,31}$');
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
