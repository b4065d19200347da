import { describe, expect, it } from 'vitest';
import { ADVOCATE_CODE_PATTERN } from '../../src/schemas/advocate-code.ts';
import { isAdvocateCode, randomAdvocateCode, typedAdvocateCode } from '../../src/share/advocate-code.ts';

describe('randomAdvocateCode ("Set up my share links")', () => {
  it('gives codes of the asked length in lowercase base32, that pass the advocate code check', () => {
    for (const length of [6, 10, 26]) {
      const code = randomAdvocateCode(length);
      expect(code).toMatch(new RegExp(`^[a-z2-7]{${length}}$`));
      expect(isAdvocateCode(code)).toBe(true);
    }
  });

  it('takes every character from the random source, each of the 32 equally likely', () => {
    const counting = (bytes: Uint8Array<ArrayBuffer>) => bytes.map((_, index) => index * 8 + 3);
    expect(randomAdvocateCode(32, counting)).toBe('dlt3dlt3dlt3dlt3dlt3dlt3dlt3dlt3');
    const every = (bytes: Uint8Array<ArrayBuffer>) => bytes.map((_, index) => index);
    expect(new Set(randomAdvocateCode(32, every)).size).toBe(32);
  });

  it('never gives the same code twice in 10,000 tries', () => {
    const codes = new Set(Array.from({ length: 10_000 }, () => randomAdvocateCode(10)));
    expect(codes.size).toBe(10_000);
  });
});

describe('typedAdvocateCode ("I have a code")', () => {
  it.each([
    ['k5r62esb5c', 'k5r62esb5c'],
    ['  Team-KL-01 ', 'team-kl-01'],
    ['K5R62ESB5C', 'k5r62esb5c'],
  ])('reads %j as %j', (typed, code) => {
    expect(typedAdvocateCode(typed)).toBe(code);
  });

  it.each(['', 'ab', 'ana@tidewater-cycles.example', 'k5r6 2esb5c', '-abc'])('refuses %j', (typed) => {
    expect(typedAdvocateCode(typed)).toBeUndefined();
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
