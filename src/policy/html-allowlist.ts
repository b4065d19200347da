/**
 * The one allowlist of raw HTML that content may hold: in a Markdown body, and as plain elements
 * inside MDX. What is not listed here is refused; nothing is matched against a list of bad things.
 * The content check applies it to what an HTML5 parser (parse5, through hast) reads, and the audit
 * of the built pages can apply the same lists.
 *
 * Modelled on GitHub's sanitization schema (`hast-util-sanitize`'s `defaultSchema`), tightened:
 * - no event handlers (`on*`), no `style`, no `class` (the hub's own classes could draw a fake
 *   dialog over the page), no `id` or `name` (they can shadow names the hub's scripts look up:
 *   GitHub rewrites them with a prefix, a check can only refuse them; headings get ids anyway);
 * - no SVG or MathML at all, hence none of SVG's animation elements (`set`, `animate`, …) that
 *   can rewrite a link's address after the check;
 * - no forms or form controls (`input` included), no `base`, `meta`, `link`, `script`, `style`,
 *   `iframe`, `object`, `embed`, `noscript`, `template`, `textarea`, `title`: elements that load or
 *   run code, change the whole page, or whose content the parser reads as plain text (the
 *   classic way to hide markup from a checker).
 */

/** Attributes any allowed element may have. */
export const GLOBAL_ATTRIBUTES: readonly string[] = ['title', 'lang', 'dir', 'translate'];

/** Allowed elements with the attributes each accepts besides the global ones. */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'hreflang'],
  abbr: [],
  b: [],
  bdi: [],
  bdo: [],
  blockquote: ['cite'],
  br: [],
  caption: [],
  cite: [],
  code: [],
  dd: [],
  del: ['cite', 'datetime'],
  details: ['open'],
  dfn: [],
  div: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  h1: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  i: [],
  img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading'],
  ins: ['cite', 'datetime'],
  kbd: [],
  li: ['value'],
  mark: [],
  ol: ['start', 'reversed', 'type'],
  p: [],
  picture: [],
  pre: [],
  q: ['cite'],
  rp: [],
  rt: [],
  ruby: [],
  s: [],
  samp: [],
  section: [],
  small: [],
  source: ['srcset', 'sizes', 'media', 'type', 'width', 'height'],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan', 'headers'],
  tfoot: [],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
  thead: [],
  time: ['datetime'],
  tr: [],
  u: [],
  ul: [],
  var: [],
  wbr: [],
};

/** Whether `attribute` (lower-case, as HTML reads it) is allowed on `element`. */
export function isAllowedAttribute(element: string, attribute: string): boolean {
  const own = Object.hasOwn(ALLOWED_ELEMENTS, element) ? ALLOWED_ELEMENTS[element] : undefined;
  return own !== undefined && (own.includes(attribute) || GLOBAL_ATTRIBUTES.includes(attribute));
}

/** Whether the element may appear at all. */
export function isAllowedElement(element: string): boolean {
  return Object.hasOwn(ALLOWED_ELEMENTS, element);
}
