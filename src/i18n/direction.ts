/** Which way a language is written, for `dir` on `<html>` and on text in another language. */
export type TextDirection = 'ltr' | 'rtl';

interface LocaleWithTextInfo extends Intl.Locale {
  getTextInfo?: () => { direction?: string };
  textInfo?: { direction?: string };
}

/**
 * The writing direction of a locale, from the Unicode data that `Intl.Locale` carries (Arabic,
 * Hebrew, Persian, Urdu… are right to left), so no list of languages is kept here. Node and
 * current browsers expose it as `getTextInfo()`; older engines as the `textInfo` property. A code
 * Intl cannot read is left to right, the HTML default.
 */
export function textDirection(locale: string): TextDirection {
  let direction = directions.get(locale);
  if (!direction) {
    direction = readDirection(locale);
    directions.set(locale, direction);
  }
  return direction;
}

/** Every page asks for its language's direction: Intl is asked once per language. */
const directions = new Map<string, TextDirection>();

function readDirection(locale: string): TextDirection {
  try {
    const info = new Intl.Locale(locale) as LocaleWithTextInfo;
    const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
    return direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
