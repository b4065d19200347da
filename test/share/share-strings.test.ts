import { describe, expect, it } from 'vitest';
import { shareStrings } from '../../src/i18n/strings/share.ts';
import { translator } from '../../src/i18n/translator.ts';
import { networkLabel } from '../../src/share/network-labels.ts';

describe('share panel words', () => {
  it('has every English key in Malay and Italian, with the same placeholders', () => {
    const english = shareStrings.en;
    for (const locale of ['ms', 'it'] as const) {
      const table: Record<string, string> = shareStrings[locale];
      expect(Object.keys(table).sort()).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(english)) {
        const placeholders = (words: string) => (words.match(/\{\w+\}/g) ?? []).sort();
        expect(placeholders(table[key] ?? ''), `${locale} ${key}`).toEqual(placeholders(text));
      }
    }
  });

  it('falls back to English for a locale it does not have, and fills placeholders', () => {
    expect(translator('pt-br')('identity.forget')).toBe('Forget');
    expect(translator('it')('identity.saved', { code: 'glbs3tzlk4' })).toBe('Fatto: ora le tue condivisioni sono attribuite al codice glbs3tzlk4.');
  });

  it('names brands as they are and translates actions', () => {
    expect(networkLabel('linkedin', 'it')).toBe('LinkedIn');
    expect(networkLabel('copy-link', 'ms')).toBe('Salin pautan');
    expect(networkLabel('email', 'en')).toBe('Email');
  });
});
