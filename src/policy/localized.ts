import type { Localized } from '../schemas/common.ts';
import { pickLocalized } from '../i18n/translate.ts';

/** The text of a localized policy value in the hub's default language (checker messages are for editors). */
export function inDefaultLocale(value: Localized, defaultLocale: string): string {
  return pickLocalized(value, defaultLocale, defaultLocale);
}
