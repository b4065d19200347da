import { srcsetUrls } from './srcset.ts';
import type { UrlUse } from './url-rule.ts';

/** An attribute that holds an address: what the address is for, and how several are written in one value. */
export interface UrlAttribute {
  /** How the URL rule judges it: a resource the page loads by itself, or a link a reader follows. */
  use: UrlUse;
  list?: 'srcset' | 'semicolons' | 'spaces';
  /** An SVG animation value: on an animation element it can set another attribute (such as `href`) to an address. */
  animation?: true;
}

/**
 * Every attribute that holds an address, on any element: the one table the content check (for
 * raw HTML in posts) and the audit of built pages both read, so they cannot disagree about which
 * attribute is a link. Where an element changes what an address is for (a `<link>`'s `href` is
 * loaded or followed by its `rel`; an SVG `<image>`'s `href` is loaded), the audit says so itself.
 */
export const URL_ATTRIBUTES: Readonly<Record<string, UrlAttribute>> = {
  href: { use: 'body-link' },
  'xlink:href': { use: 'body-link' },
  cite: { use: 'body-link' },
  // A description a reader may open; browsers never fetch it by themselves.
  longdesc: { use: 'body-link' },
  action: { use: 'link' },
  formaction: { use: 'link' },
  ping: { use: 'resource', list: 'spaces' },
  src: { use: 'resource' },
  srcset: { use: 'resource', list: 'srcset' },
  imagesrcset: { use: 'resource', list: 'srcset' },
  poster: { use: 'resource' },
  data: { use: 'resource' },
  background: { use: 'resource' },
  lowsrc: { use: 'resource' },
  dynsrc: { use: 'resource' },
  manifest: { use: 'resource' },
  codebase: { use: 'resource' },
  icon: { use: 'resource' },
  to: { use: 'body-link', animation: true },
  from: { use: 'body-link', animation: true },
  by: { use: 'body-link', animation: true },
  values: { use: 'body-link', list: 'semicolons', animation: true },
};

/** The SVG elements whose `to`, `from`, `by` and `values` set another attribute. */
export const ANIMATION_ELEMENTS: ReadonlySet<string> = new Set(['set', 'animate', 'animatemotion', 'animatetransform', 'animatecolor']);

/** What the address in `attribute` (lower-case, as HTML reads it) is for; undefined when it holds none. */
export function urlAttribute(attribute: string): UrlAttribute | undefined {
  // Own keys only: `constructor` or `__proto__` is an attribute a page may have, not an entry.
  return Object.hasOwn(URL_ATTRIBUTES, attribute) ? URL_ATTRIBUTES[attribute] : undefined;
}

/** The addresses an attribute value holds: one, or each candidate of a srcset or list; none when the attribute holds no address. */
export function addressesIn(attribute: string, value: string): string[] {
  const kind = urlAttribute(attribute);
  if (!kind) return [];
  switch (kind.list) {
    case 'srcset':
      return srcsetUrls(value);
    case 'semicolons':
      return value.split(';').map((part) => part.trim()).filter((part) => part !== '');
    case 'spaces':
      return value.split(/[\t\n\f\r ]+/).filter((part) => part !== '');
    default:
      return [value];
  }
}
