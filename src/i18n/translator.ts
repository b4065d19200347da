import { lookup } from './translate.ts';
import { analyticsStrings, type AnalyticsStringKey } from './strings/analytics.ts';
import { editingStrings, type EditingStringKey } from './strings/editing.ts';
import { notifyStrings, type NotifyStringKey } from './strings/notify.ts';
import { policyStrings, type PolicyStringKey } from './strings/policy.ts';
import { searchStrings, type SearchStringKey } from './strings/search.ts';
import { shareStrings, type ShareStringKey } from './strings/share.ts';
import { siteStrings, type SiteStringKey } from './strings/site.ts';

/**
 * The interface words, one table per part of the hub. Together they are one key space: no key
 * is in two tables (test/i18n/translator.test.ts), so `t('panel.networks')` needs no table name.
 */
export const STRING_TABLES = [siteStrings, shareStrings, searchStrings, analyticsStrings, notifyStrings, editingStrings, policyStrings] as const;

export type UiStringKey = SiteStringKey | ShareStringKey | SearchStringKey | AnalyticsStringKey | NotifyStringKey | EditingStringKey | PolicyStringKey;

/** The one translator: a word of any table in one language, with its `{placeholders}` filled. */
export type Translate = (key: UiStringKey, values?: Readonly<Record<string, string | number>>) => string;

/** Every table's words by locale, merged once. */
const uiStrings: Record<string, Readonly<Record<string, string>>> = {};
for (const table of STRING_TABLES) {
  for (const [locale, words] of Object.entries(table)) uiStrings[locale] = { ...uiStrings[locale], ...words };
}

/**
 * The translator for one language: a key missing there comes in the hub's default language,
 * then in English. Pages get theirs as `Astro.locals.t` (src/middleware.ts); the commands make
 * one for each language they write in.
 */
export function translator(locale: string, defaultLocale = 'en'): Translate {
  const fallbacks = [defaultLocale, 'en'];
  return (key, values) => lookup(uiStrings, locale, key, values, fallbacks);
}

/** Every word of one table in `t`'s language, placeholders left in, for a browser script to fill. */
export function tableTexts<K extends UiStringKey>(t: Translate, table: { readonly en: Readonly<Record<K, string>> }): Record<K, string> {
  const keys = Object.keys(table.en) as K[];
  return Object.fromEntries(keys.map((key) => [key, t(key)])) as Record<K, string>;
}
