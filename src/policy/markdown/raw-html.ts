import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { find, html as htmlSchema, svg as svgSchema } from 'property-information';
import { judgeUrl, type UrlRuleOptions } from '../../lib/url-rule.ts';
import { ALLOWED_ELEMENTS, GLOBAL_ATTRIBUTES, isAllowedAttribute, isAllowedElement } from '../html-allowlist.ts';
import { addressesIn, urlAttribute } from '../../lib/url-attributes.ts';

/** Something in a piece of raw HTML that content may not hold, at offsets of that piece. */
export interface HtmlProblem {
  offset: number;
  end: number;
  message: string;
}

/** An image the piece of HTML loads (`<img src>`, each `srcset` candidate), for the images rule. */
export interface HtmlImage {
  url: string;
  offset: number;
  end: number;
  /** The `<img>`'s alt text; undefined for a `<source>` or an `<img>` without one. */
  alt: string | undefined;
  element: string;
}

interface Parsed {
  tree: Root;
  /** Parse errors that mean the piece does not end where it seems to (a tag or comment left open). */
  unfinished: { offset: number; code: string }[];
  /** Set when the piece could not be turned into a tree at all: the check then refuses it whole. */
  unreadable?: HtmlProblem;
}

/**
 * Pieces of HTML as the browser's parser reads them (parse5: the HTML standard's algorithm, the
 * same quirks as a browser), so what the check sees is what a reader's browser will build. One
 * parse per piece, shared by the rules that read it.
 */
const parsedPieces = new Map<string, Parsed>();

function parse(html: string): Parsed {
  const known = parsedPieces.get(html);
  if (known) return known;
  const unfinished: Parsed['unfinished'] = [];
  let tree: Root;
  try {
    tree = fromHtml(html, {
      fragment: true,
      verbose: true,
      onerror(error) {
        const code = error.ruleId ?? '';
        // The hub writes more HTML after each piece: a piece that ends inside a tag or comment
        // would swallow it, so the browser would read something the parser here never saw.
        if (code.startsWith('eof-')) unfinished.push({ offset: error.place && 'offset' in error.place ? (error.place.offset ?? html.length) : html.length, code });
      },
    });
  } catch {
    // Failing closed: hast cannot hold every attribute name (`constructor=`, `__proto__=` make its
    // position tracking throw). A piece the check cannot read is refused, never let through.
    return { tree: { type: 'root', children: [] }, unfinished: [], unreadable: unreadableProblem(html) };
  }
  const parsed = { tree, unfinished };
  if (parsedPieces.size > 500) parsedPieces.clear();
  parsedPieces.set(html, parsed);
  return parsed;
}

/** What in this piece of raw HTML breaks the allowlist or the URL rule. */
export function htmlProblems(html: string, urls: UrlRuleOptions): HtmlProblem[] {
  const { tree, unfinished, unreadable } = parse(html);
  const problems: HtmlProblem[] = unreadable ? [unreadable] : [];
  for (const { offset, code } of unfinished) {
    const what = code === 'eof-in-comment' ? 'an HTML comment (<!-- … -->)' : code === 'eof-in-tag' ? 'a tag' : 'this HTML';
    problems.push({
      offset: Math.min(offset, html.length - 1),
      end: html.length,
      message: `${what} is not closed, so the browser would read the text after it as part of it; finish it (with > or -->) on this line`,
    });
  }
  walk(tree, 'html', (element, space) => {
    const name = space === 'svg' ? element.tagName : element.tagName.toLowerCase();
    const start = element.position?.start.offset ?? 0;
    const end = element.data?.position?.opening?.end.offset ?? element.position?.end.offset ?? start + 1;
    if (!isAllowedElement(name) || space !== 'html') problems.push({ offset: start, end, message: elementMessage(name) });
    const places = element.data?.position?.properties ?? {};
    for (const [property, value] of Object.entries(element.properties)) {
      const attribute = attributeName(property, space);
      const text = attributeText(property, value, space);
      if (text === undefined) continue;
      const message = attributeMessage(name, attribute, text, urls, isAllowedElement(name) && space === 'html');
      const place = places[property];
      if (message) problems.push({ offset: place?.start.offset ?? start, end: place?.end.offset ?? end, message });
    }
  });
  return problems.sort((a, b) => a.offset - b.offset);
}

/**
 * Why a piece could not be read, pointing at the first attribute whose name hast cannot hold
 * (read with parse5 alone, which keeps every attribute as written), or at the whole piece.
 */
function unreadableProblem(html: string): HtmlProblem {
  const whole = { offset: 0, end: html.length, message: 'this HTML could not be read safely, so it is refused; remove unusual attribute names or write it in Markdown' };
  const stack: DefaultTreeAdapterTypes.ParentNode[] = [parseFragment(html, { sourceCodeLocationInfo: true })];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      for (const attribute of child.attrs) {
        if (Object.hasOwn(Object.prototype, attribute.name) || attribute.name === '__proto__') {
          const place = child.sourceCodeLocation?.attrs?.[attribute.name];
          return { offset: place?.startOffset ?? 0, end: place?.endOffset ?? html.length, message: `<${child.tagName}> cannot have ${attribute.name}= in content; remove it` };
        }
      }
      stack.push(child);
    }
  }
  return whole;
}

/** The images a piece of raw HTML loads from the hub itself (relative addresses), to check like Markdown images. */
export function htmlImages(html: string): HtmlImage[] {
  const images: HtmlImage[] = [];
  walk(parse(html).tree, 'html', (element, space) => {
    if (space !== 'html' || (element.tagName !== 'img' && element.tagName !== 'source')) return;
    const places = element.data?.position?.properties ?? {};
    const alt = typeof element.properties.alt === 'string' ? element.properties.alt : undefined;
    for (const property of ['src', 'srcSet']) {
      const text = attributeText(property, element.properties[property], space);
      if (text === undefined) continue;
      const place = places[property] ?? element.position;
      for (const url of addressesIn(property.toLowerCase(), text)) {
        if (url.trim() === '') continue;
        const verdict = judgeUrl(url, 'resource');
        if (!verdict.ok || !verdict.relative) continue;
        images.push({ url, offset: place?.start.offset ?? 0, end: place?.end.offset ?? 0, alt, element: element.tagName });
      }
    }
  });
  return images;
}

/**
 * The check of one attribute of one element, the same for raw HTML and for a plain element in
 * MDX: an event handler, style, an address the URL rule refuses, or an attribute not on the
 * allowlist. `name` and `attribute` as HTML reads them (lower-case).
 */
export function attributeMessage(element: string, attribute: string, value: string, urls: UrlRuleOptions, elementAllowed: boolean, shownAs = attribute): string | undefined {
  if (attribute.startsWith('on')) return `${shownAs}= is an event handler, which runs code in the reader's browser; remove it`;
  if (attribute === 'style') return 'style= is not allowed in content: it can draw over the whole page or load from other hosts; use Markdown formatting instead';
  if (attribute === 'srcdoc') return 'srcdoc= holds a whole page of its own; remove it';
  const kind = urlAttribute(attribute);
  if (kind) {
    for (const address of addressesIn(attribute, value)) {
      const verdict = judgeUrl(address, kind.use, urls);
      if (!verdict.ok) return `${shownAs}="${shorten(address)}" ${verdict.reason}`;
    }
  }
  if (!elementAllowed || isAllowedAttribute(element, attribute)) return undefined;
  const accepted = [...(ALLOWED_ELEMENTS[element] ?? []), ...GLOBAL_ATTRIBUTES];
  return `<${element}> cannot have ${shownAs}= in content; remove it (it accepts ${accepted.join(', ')})`;
}

/** Why an element is refused, in words for an editor. */
export function elementMessage(name: string): string {
  const lower = name.toLowerCase();
  if (['svg', 'math', 'set', 'animate', 'animatetransform', 'animatemotion', 'use', 'foreignobject'].includes(lower)) {
    return `<${name}> is not allowed in content: SVG and MathML can run code or rewrite a link after the check; put an image file in content/media/ instead`;
  }
  if (['script', 'style', 'iframe', 'object', 'embed', 'frame', 'frameset', 'applet', 'base', 'meta', 'link', 'form', 'noscript', 'template', 'portal'].includes(lower)) {
    return `<${name}> is not allowed in content: it can run code or change the whole page`;
  }
  return `<${name}> is not allowed in content; use Markdown, or simple HTML such as <kbd>, <sup>, <br> or <details>`;
}

function walk(node: Nodes, space: 'html' | 'svg', visit: (element: Element, space: 'html' | 'svg') => void): void {
  if (node.type === 'element') {
    const own = node.tagName === 'svg' ? 'svg' : space;
    visit(node, own);
    const inner = own === 'svg' && node.tagName === 'foreignObject' ? 'html' : own;
    for (const child of node.children) walk(child, inner, visit);
    if (node.content) walk(node.content, inner, visit);
  } else if (node.type === 'root') {
    for (const child of node.children) walk(child, space, visit);
  }
}

/** A hast property name back to the attribute as written in HTML (`onError` → `onerror`, `xLinkHref` → `xlink:href`). */
function attributeName(property: string, space: 'html' | 'svg'): string {
  return find(space === 'svg' ? svgSchema : htmlSchema, property).attribute.toLowerCase();
}

/** A hast property value back to the attribute's text; undefined when the attribute is absent. */
function attributeText(property: string, value: unknown, space: 'html' | 'svg'): string | undefined {
  if (value === undefined || value === null || value === false) return undefined;
  if (value === true) return '';
  if (Array.isArray(value)) return value.join(find(space === 'svg' ? svgSchema : htmlSchema, property).commaSeparated ? ',' : ' ');
  return String(value);
}

/** An address as quoted in a message: long enough to recognise, short enough to read. */
export function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}
