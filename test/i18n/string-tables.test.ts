import { describe, expect, it } from 'vitest';
import { analyticsStrings } from '../../src/i18n/strings/analytics.ts';
import { editingStrings } from '../../src/i18n/strings/editing.ts';
import { notifyStrings } from '../../src/i18n/strings/notify.ts';
import { policyStrings } from '../../src/i18n/strings/policy.ts';
import { searchStrings } from '../../src/i18n/strings/search.ts';
import { shareStrings } from '../../src/i18n/strings/share.ts';
import { siteStrings } from '../../src/i18n/strings/site.ts';
import { STARTER_TEXTS } from '../../src/scaffold/starter-texts.ts';

/**
 * Every table of words per language in src/: each language has every key of English, no key
 * English lacks, and the same `{placeholders}` in each text (fillPlaceholders fills `{name}`),
 * so that no page, message or starter file falls back to English or loses a figure in one
 * language. A new table belongs here.
 */
const TABLES: Record<string, Readonly<Record<string, unknown>>> = {
  'i18n/strings/analytics.ts': analyticsStrings,
  'i18n/strings/editing.ts': editingStrings,
  'i18n/strings/notify.ts': notifyStrings,
  'i18n/strings/policy.ts': policyStrings,
  'i18n/strings/search.ts': searchStrings,
  'i18n/strings/share.ts': shareStrings,
  'i18n/strings/site.ts': siteStrings,
  'scaffold/starter-texts.ts': STARTER_TEXTS,
};

/** Each text of a table, by its path (`welcome.title`, `faq[2].answer`): nested texts count one by one. */
function texts(value: unknown, path = ''): Map<string, string> {
  if (typeof value === 'string') return new Map([[path, value]]);
  const entries = Array.isArray(value) ? value.map((item, index) => [`[${index}]`, item] as const) : Object.entries(value as object).map(([key, item]) => [path ? `.${key}` : key, item] as const);
  return new Map(entries.flatMap(([key, item]) => [...texts(item, `${path}${key}`)]));
}

/** The placeholders a text fills, each once, in order of name. */
const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();

describe('every string table has each text in every language, with the same placeholders', () => {
  const cases = Object.entries(TABLES).flatMap(([file, table]) =>
    Object.keys(table)
      .filter((language) => language !== 'en')
      .map((language) => [file, language, table] as const),
  );

  it('finds the tables and their languages', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  it.each(cases)('%s in %s', (_file, language, table) => {
    const english = texts(table.en);
    const translated = texts(table[language]);
    expect([...translated.keys()].sort(), 'the same keys as English').toEqual([...english.keys()].sort());
    const differ = [...english].filter(([key, text]) => placeholders(text).join() !== placeholders(translated.get(key) ?? '').join());
    expect(differ.map(([key]) => `${key}: ${placeholders(english.get(key)!).join(' ')} → ${placeholders(translated.get(key) ?? '').join(' ')}`)).toEqual([]);
  });
});
