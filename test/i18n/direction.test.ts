import { describe, expect, it } from 'vitest';
import { textDirection } from '../../src/i18n/direction.ts';

describe('textDirection', () => {
  it.each(['ar', 'he', 'fa', 'ur', 'ar-EG', 'he-IL'])('writes %s right to left', (code) => {
    expect(textDirection(code)).toBe('rtl');
  });

  it.each(['en', 'it', 'ms', 'de', 'zh-Hant', 'en-GB'])('writes %s left to right', (code) => {
    expect(textDirection(code)).toBe('ltr');
  });

  it('falls back to left to right for a code Intl cannot read', () => {
    expect(textDirection('not a locale')).toBe('ltr');
  });
});
