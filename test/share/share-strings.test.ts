import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/translator.ts';
import { networkLabel } from '../../src/share/network-labels.ts';

describe('share panel words', () => {
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
