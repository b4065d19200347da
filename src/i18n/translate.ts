import type { Localized } from '../schemas/common.ts';

type StringTable = Record<string, Readonly<Record<string, string>>>;

/**
 * Looks a UI string up in a table of locales, falling back to the fallback locale (the
 * hub's default, then English), then fills `{placeholders}`.
 */
export function lookup(
  table: StringTable,
  locale: string,
  key: string,
  values: Record<string, string | number> = {},
  fallbacks: readonly string[] = ['en'],
): string {
  let text: string | undefined = table[locale]?.[key];
  for (const fallback of fallbacks) text ??= table[fallback]?.[key];
  text ??= key;
  return fillPlaceholders(text, values);
}

/**
 * Fills `{name}` placeholders with plain text; a name not given (or given as undefined) stays
 * as written. Only the values' own names count, never what every object has ({constructor}).
 * The one filler: UI strings, policy messages, the starter hub and the browser scripts. It
 * imports nothing, so a browser script that uses it ships no string table.
 */
export function fillPlaceholders(template: string, values: Readonly<Record<string, string | number | undefined>>): string {
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    return value === undefined ? match : String(value);
  });
}

/** Picks the text for a locale out of a localized field (a plain string is the same everywhere). */
export function pickLocalized(value: Localized, locale: string, defaultLocale: string): string {
  if (typeof value === 'string') return value;
  return value[locale] ?? value[defaultLocale] ?? Object.values(value)[0] ?? '';
}

/** A date as people of that locale write it, in UTC so the build machine's time zone never shifts a day. */
export function formatDate(date: Date, locale: string): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(date);
}

// Creating a DateTimeFormat costs far more than using one, and a build formats thousands of dates.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** An ISO date (YYYY-MM-DD) for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
