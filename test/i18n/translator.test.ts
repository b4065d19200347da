import { describe, expect, it } from 'vitest';
import { STRING_TABLES, tableTexts, translator } from '../../src/i18n/translator.ts';
import { searchStrings } from '../../src/i18n/strings/search.ts';
import { localeFromPath, pathTo } from '../../src/i18n/routes.ts';

describe('one translator for every table', () => {
  it('finds every key in exactly one table, so t() needs no table name', () => {
    const owner = new Map<string, number>();
    STRING_TABLES.forEach((table, index) => {
      for (const key of Object.keys(table.en)) {
        expect(owner.has(key), `"${key}" is in table ${owner.get(key)} and table ${index}`).toBe(false);
        owner.set(key, index);
      }
    });
    expect(owner.size).toBeGreaterThan(300);
  });

  it('reads words of any table in the language asked for, with placeholders filled', () => {
    const t = translator('it', 'en');
    expect(t('nav.search')).toBe('Cerca');
    expect(t('identity.saved', { code: 'glbs3tzlk4' })).toBe('Fatto: ora le tue condivisioni sono attribuite al codice glbs3tzlk4.');
    expect(t('news.count', { count: 3 })).toBe('3 nuovi post da condividere');
  });

  it('falls back to the hub default language, then English, for a language without words', () => {
    expect(translator('fr', 'it')('nav.search')).toBe('Cerca');
    expect(translator('fr', 'de')('nav.search')).toBe('Search');
  });

  it('hands a browser script a whole table with its placeholders left in', () => {
    const texts = tableTexts(translator('ms', 'en'), searchStrings);
    expect(Object.keys(texts)).toEqual(Object.keys(searchStrings.en));
    expect(Object.values(texts).some((text) => /\{\w+\}/.test(text))).toBe(true);
  });
});

describe('the language of a page, from its address (src/middleware.ts)', () => {
  const hub = { default_locale: 'en', base: '/hub/', locales: [{ code: 'en', label: 'English' }, { code: 'it', label: 'Italiano' }, { code: 'ms', label: 'Bahasa Melayu' }] };

  it('is the language the page was made for, under a base path and at the root', () => {
    for (const { code } of hub.locales) {
      for (const segments of [[], ['posts', 'it'], ['guidelines', 'ms'], ['feed.xml']]) {
        expect(localeFromPath(hub, pathTo(hub, code, ...segments))).toBe(code);
      }
    }
    expect(localeFromPath({ ...hub, base: '/' }, '/it/faq/')).toBe('it');
    expect(localeFromPath({ ...hub, base: '/' }, '/faq/')).toBe('en');
  });
});
