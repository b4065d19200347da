import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { addressesIn, ANIMATION_ELEMENTS, urlAttribute } from './url-attributes.ts';
import { judgeUrl, type UrlUse } from './url-rule.ts';

/**
 * The second line of defence: a built page, read by the HTML5 parser browsers follow (parse5),
 * checked for what no page of the hub may contain, whatever produced it (content that slipped
 * past the check, a component bug, a future plugin):
 * - an event-handler attribute (`on…`) on any element, in HTML, SVG or MathML, in `<template>`s too;
 * - a URL whose scheme `judgeUrl` refuses, in any attribute that holds one (links, forms, frames,
 *   pictures and their `srcset`, media, SVG `href`/`xlink:href`, SVG animation values that set one);
 * - a resource (a picture, a script, a stylesheet, a frame, media) from a host other than the hub's
 *   own or those listed under `resource_hosts` in hub.yaml;
 * - an inline script whose hash the page's own Content-Security-Policy does not list (the browser
 *   would refuse to run it, so the hub did not write it);
 * - what the hub never writes and a page could be taken over with: a `style` attribute or element
 *   (an overlay drawn over the page, a picture loaded through CSS), a `srcdoc` frame page, `<base>`,
 *   `<meta http-equiv="refresh">`, a form sent anywhere but the hub, `<plaintext>`, and a comment
 *   left open to the end of the page (both turn the rest of the page into text).
 *
 * The parser, not a pattern, decides what is an element and an attribute, so what is audited is
 * what a browser builds (`<img src=x/onerror=…>`, `<svg/onload=…>` and their kind included). Raw
 * attribute values are read, as the browser gets them (a hast tree would split `srcset` on commas).
 */
export interface PageProblem {
  /** Line of the page's HTML where the element starts. */
  line: number;
  /** What is wrong, in words, with the element and attribute. */
  message: string;
}

export interface AuditOptions {
  /** Hosts a page may load resources from: the hub's own host and `resource_hosts`. */
  resourceHosts: readonly string[];
  /**
   * Verdicts already given in this run (use and URL → the reason it is refused, or null): the
   * pages of a hub share most of their addresses, and reading a URL is most of the audit's time.
   */
  verdicts?: Map<string, string | null>;
  /** The hub's own host, to which forms may also be sent by full address; paths on the hub always may. */
  hubHost?: string;
}

type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document | DefaultTreeAdapterTypes.DocumentFragment;

/** `rel` values of `<link>` that make the browser fetch or run what the link points to. */
const LOADING_RELS = new Set(['stylesheet', 'icon', 'apple-touch-icon', 'mask-icon', 'manifest', 'preload', 'modulepreload', 'prefetch', 'prerender']);

/** Elements whose `href` is loaded, not followed (SVG pictures, uses, filters). */
const LOADING_HREF_ELEMENTS = new Set(['image', 'use', 'feimage', 'script', 'base']);

/** Script types a browser does not run: data blocks the hub writes for its scripts to read. */
const DATA_SCRIPT_TYPES = new Set(['application/json', 'application/ld+json']);

/** Elements the hub never writes, and why a page may not have one. */
const REFUSED_ELEMENTS: Record<string, string> = {
  style: 'a style element can hide the page or draw a fake one over it; the hub keeps its styles in files',
  base: 'it changes where every relative address of the page leads; the hub writes none',
  plaintext: 'it turns the rest of the page into plain text; the hub writes none',
};

/** Facts about the page as a whole, gathered on the way and judged at the end. */
interface PageScripts {
  /** Hashes (`sha256-…`) the page's Content-Security-Policy allows scripts by. */
  allowed: Set<string>;
  /** Inline scripts: their line and text. */
  inline: { line: number; text: string }[];
}

export function auditPage(html: string, options: AuditOptions): PageProblem[] {
  // Positions cost time on every page; they are read again only for a page with problems.
  const found = auditTree(html, options, false);
  return found.length === 0 ? found : auditTree(html, options, true);
}

function auditTree(html: string, options: AuditOptions, located: boolean): PageProblem[] {
  const problems: PageProblem[] = [];
  const scripts: PageScripts = { allowed: new Set(), inline: [] };
  const document = parse(html, { sourceCodeLocationInfo: located, scriptingEnabled: true });
  const open = commentLeftOpen(document, html);
  if (open) problems.push({ line: open.sourceCodeLocation?.startLine ?? 1, message: 'a comment left open to the end of the page hides everything after it, the hub\'s own links and scripts too' });
  const stack: Node[] = [document];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if ('tagName' in node) auditElement(node, options, problems, scripts);
    if ('childNodes' in node) for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i] as Node);
    if ('content' in node && node.content) stack.push(node.content);
  }
  for (const script of scripts.inline) {
    const hash = `sha256-${createHash('sha256').update(script.text).digest('base64')}`;
    if (!scripts.allowed.has(hash)) {
      problems.push({ line: script.line, message: '<script>: an inline script the page\'s Content-Security-Policy does not list, so the hub did not write it' });
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}

/**
 * A comment the parser closed only because the page ended: the last node of the page, when the
 * page does not end with the comment's own end. (Asking the parser for its errors instead made
 * every page slower to read.)
 */
function commentLeftOpen(document: DefaultTreeAdapterTypes.Document, html: string): DefaultTreeAdapterTypes.CommentNode | undefined {
  let node: Node = document;
  while ('childNodes' in node && node.childNodes.length > 0) node = node.childNodes[node.childNodes.length - 1] as Node;
  if (node.nodeName !== '#comment') return undefined;
  const end = html.trimEnd();
  return end.endsWith('-->') || end.endsWith('--!>') ? undefined : (node as DefaultTreeAdapterTypes.CommentNode);
}

/** The `'sha256-…'` sources of a policy's `script-src` (or `default-src` when it has none). */
function scriptHashes(policy: string, into: Set<string>): void {
  const directives = new Map<string, string[]>();
  for (const directive of policy.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  for (const source of directives.get('script-src') ?? directives.get('default-src') ?? []) {
    if (source.startsWith("'sha256-") && source.endsWith("'")) into.add(source.slice(1, -1));
  }
}

/** The text of an element, as a script's hash is computed over it. */
function textOf(element: Element): string {
  let text = '';
  for (const child of element.childNodes) if (child.nodeName === '#text' && 'value' in child) text += child.value;
  return text;
}

function auditElement(element: Element, options: AuditOptions, problems: PageProblem[], scripts: PageScripts): void {
  const line = element.sourceCodeLocation?.startLine ?? 1;
  const tag = element.tagName.toLowerCase();
  const report = (name: string, what: string) => problems.push({ line, message: `<${tag}> ${name}: ${what}` });
  const attribute = (wanted: string) => element.attrs.find((attr) => attr.name === wanted && !attr.prefix)?.value;
  const rel = attribute('rel')?.toLowerCase().split(/\s+/) ?? [];
  const refusedElement = REFUSED_ELEMENTS[tag];
  if (refusedElement) problems.push({ line, message: `<${tag}>: ${refusedElement}` });
  if (tag === 'meta') {
    const equiv = attribute('http-equiv')?.trim().toLowerCase();
    if (equiv === 'refresh') report('http-equiv="refresh"', 'it sends the reader to another address by itself; the hub writes none');
    if (equiv === 'content-security-policy') scriptHashes(attribute('content') ?? '', scripts.allowed);
  }
  if (tag === 'script' && attribute('src') === undefined && !DATA_SCRIPT_TYPES.has(attribute('type')?.trim().toLowerCase() ?? '')) {
    scripts.inline.push({ line, text: textOf(element) });
  }
  for (const attr of element.attrs) {
    const name = attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name;
    const lower = name.toLowerCase();
    if (lower.startsWith('on')) {
      report(name, 'an event handler runs script in the reader\'s browser; no page of the hub may have one');
      continue;
    }
    if (lower === 'style') {
      report(name, 'a style attribute can draw a fake page over the real one or load a picture from anywhere; the hub keeps its styles in files');
      continue;
    }
    if (lower === 'srcdoc') {
      // A frame's srcdoc is a page of its own, with the hub's origin; the hub writes none.
      report(name, 'a page written inside an attribute runs with the hub\'s own rights; the hub writes none');
      continue;
    }
    const kind = urlAttribute(lower);
    if (!kind || (kind.animation && !ANIMATION_ELEMENTS.has(tag))) continue;
    for (const value of addressesIn(lower, attr.value)) {
      const reason = refusal(value, useOn(tag, lower, kind.use, rel), options);
      if (reason !== null) report(name, `${JSON.stringify(shorten(value))} ${reason}`);
      else if ((lower === 'action' || lower === 'formaction') && !sendsToHub(value, options)) {
        report(name, `${JSON.stringify(shorten(value))} sends a form away from the hub; the hub's forms go only to its own pages`);
      }
    }
  }
}

/** What an address is for on this element: a `<link>`'s `href` is loaded or followed by its `rel`, an SVG picture's is loaded. */
function useOn(tag: string, attribute: string, use: UrlUse, rel: readonly string[]): UrlUse {
  if (attribute === 'href' && tag === 'link') return rel.some((value) => LOADING_RELS.has(value)) ? 'resource' : 'link';
  if ((attribute === 'href' || attribute === 'xlink:href') && LOADING_HREF_ELEMENTS.has(tag)) return 'resource';
  return use;
}

/** A form goes to a path on the hub, or to the hub's own host. */
function sendsToHub(value: string, options: AuditOptions): boolean {
  const verdict = judgeUrl(value, 'link');
  if (!verdict.ok) return false;
  return verdict.relative || (options.hubHost !== undefined && verdict.url.hostname === options.hubHost.toLowerCase());
}

function refusal(value: string, use: UrlUse, options: AuditOptions): string | null {
  const key = `${use} ${value}`;
  const known = options.verdicts?.get(key);
  if (known !== undefined) return known;
  const verdict = judgeUrl(value, use, { resourceHosts: options.resourceHosts });
  const reason = verdict.ok ? null : verdict.reason;
  options.verdicts?.set(key, reason);
  return reason;
}

function shorten(value: string): string {
  const chars = [...value];
  return chars.length <= 80 ? value : `${chars.slice(0, 79).join('')}…`;
}
