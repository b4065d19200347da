import { FORBIDDEN_ELEMENTS, MDX_COMPONENTS, MDX_COMPONENT_NAMES } from '../mdx-allowlist.ts';
import type { ContentDocument } from '../document.ts';
import type { MdAttribute, MdNode } from '../markdown/nodes.ts';
import { rawField } from '../raw-field.ts';
import { placeOfField, placeOfNode, placeOfRange, type Place, type Rule } from '../rule.ts';
import { sourceOffsetOf } from '../text/align.ts';

const FORBIDDEN = new Set<string>(FORBIDDEN_ELEMENTS);
const HTML_TAG = new RegExp(`<\\s*(${FORBIDDEN_ELEMENTS.join('|')})\\b`, 'gi');
const HTML_EVENT = /\s(on[a-z]+)\s*=/gi;
const HTML_URL_ATTRIBUTE = /\s(?:href|src|action|formaction|xlink:href|data)\s*=\s*(["']?)([^"'\s>]*)/gi;

/**
 * MDX is code: Astro compiles it and runs what it contains at build time, and a post arrives
 * by pull request. Before anything is compiled, the syntax tree may hold only Markdown and the
 * hub's own components. Always on; policy.yaml cannot switch it off.
 */
export const mdxSafety: Rule = (doc, _context, report) => {
  const reported = new Set<string>();
  const say = (place: Place, message: string) => {
    reported.add(`${place.line}:${message}`);
    report({ ...place, severity: 'error', ruleId: 'mdx-safety', message });
  };
  for (const path of [['link'], ['source', 'url']]) {
    const value = rawField(doc, path);
    if (typeof value === 'string' && isScriptUrl(value)) say(placeOfField(doc, path), `${path.join('.')}: a javascript: address runs code in the reader's browser; use an https:// link`);
  }
  // remark-mdx places attributes exactly, so its reading of an .mdx body goes first; the
  // compiler's reading then adds only what remark-mdx did not see on that line.
  const [first, second] = doc.mdxNodes ? [doc.mdxNodes, doc.nodes] : [doc.nodes, undefined];
  checkTree(doc, first ?? [], say);
  const before = new Set(reported);
  if (second) checkTree(doc, second, (place, message) => {
    if (!before.has(`${place.line}:${message}`)) say(place, message);
  });
};

function checkTree(doc: ContentDocument, nodes: readonly MdNode[], say: (place: Place, message: string) => void): void {
  for (const node of nodes) {
    const place = placeOfNode(node) ?? { line: 1, column: 1 };
    switch (node.type) {
      case 'mdxjsEsm':
        say(place, 'import and export are not allowed in content: MDX runs them as code when the hub is built. The hub components (such as <Callout>) work without importing them');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentOnly(node)) say(place, `{${shorten(node.value ?? '')}} is code that runs when the hub is built; remove it, or write \\{ to show a curly brace`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, place, say);
        break;
      case 'html':
        checkHtml(doc, node, say);
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (node.url && isScriptUrl(node.url)) say(place, 'a javascript: address runs code in the reader\'s browser; link to an https:// page instead');
        break;
    }
  }
}

function checkElement(node: MdNode, place: Place, say: (place: Place, message: string) => void): void {
  const name = node.name;
  if (!name) return say(place, 'empty tags <>…</> are not allowed in content; remove them');
  if (FORBIDDEN.has(name.toLowerCase())) return say(place, `<${name}> is not allowed in content: it can run code or change the whole page`);
  if (!(MDX_COMPONENT_NAMES as string[]).includes(name)) {
    return say(place, `<${name}> is not a hub component; content may use only ${MDX_COMPONENT_NAMES.map((n) => `<${n}>`).join(', ')}`);
  }
  const allowed: Readonly<Record<string, readonly string[] | null>> = MDX_COMPONENTS[name as keyof typeof MDX_COMPONENTS];
  for (const attribute of node.attributes ?? []) checkAttribute(name, attribute, allowed, placeOfNode(attribute) ?? place, say);
}

function checkAttribute(
  element: string,
  attribute: MdAttribute,
  allowed: Readonly<Record<string, readonly string[] | null>>,
  place: Place,
  say: (place: Place, message: string) => void,
): void {
  if (attribute.type === 'mdxJsxExpressionAttribute') return say(place, `<${element} {…}> is code; write attributes as name="value"`);
  const name = attribute.name ?? '';
  const value = attribute.value;
  if (/^on/i.test(name)) return say(place, `${name}= is an event handler, which runs code in the reader's browser; remove it`);
  if (value !== null && typeof value === 'object') return say(place, `${name}={…} is code that runs when the hub is built; write ${name}="…" with plain text`);
  if (typeof value === 'string' && isScriptUrl(value)) return say(place, `${name}="javascript:…" runs code in the reader's browser; remove it`);
  if (!(name in allowed)) {
    const names = Object.keys(allowed);
    return say(place, `<${element}> has no attribute "${name}"${names.length > 0 ? `; it accepts ${names.join(', ')}` : ''}`);
  }
  const values = allowed[name];
  if (values && (typeof value !== 'string' || !values.includes(value))) {
    say(place, `<${element} ${name}="${typeof value === 'string' ? value : ''}"> must be one of: ${values.map((v) => `${name}="${v}"`).join(', ')}`);
  }
}

/** Raw HTML in a .md file: Astro passes it through as it is, so the dangerous parts are refused here. */
function checkHtml(doc: ContentDocument, node: MdNode, say: (place: Place, message: string) => void): void {
  const html = node.value ?? '';
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return;
  const source = doc.text.slice(start, end);
  const at = (index: number, length: number) => {
    const from = start + sourceOffsetOf(html, source, index);
    return placeOfRange(doc, from, from + length);
  };
  for (const match of html.matchAll(HTML_TAG)) say(at(match.index, match[0].length), `<${match[1]}> is not allowed in content: it can run code or change the whole page`);
  for (const match of html.matchAll(HTML_EVENT)) say(at(match.index + 1, (match[1] ?? '').length), `${match[1]}= is an event handler, which runs code in the reader's browser; remove it`);
  for (const match of html.matchAll(HTML_URL_ATTRIBUTE)) {
    if (isScriptUrl(decodeEntities(match[2] ?? ''))) say(at(match.index + 1, match[0].length - 1), 'a javascript: address runs code in the reader\'s browser; use an https:// link');
  }
}

/** javascript: or vbscript:, however it is disguised with spaces, control characters or capitals. */
export function isScriptUrl(url: string): boolean {
  const compact = url.replace(/[\u0000-\u0020\u007f-\u00a0]/g, '').toLowerCase();
  return compact.startsWith('javascript:') || compact.startsWith('vbscript:');
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_m, dec: string) => String.fromCodePoint(parseInt(dec, 10)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;|&newline;/gi, '');
}

/** `{/* a comment *\/}` is how MDX writes comments; it runs nothing. */
function isCommentOnly(node: MdNode): boolean {
  const body = node.data?.estree?.body;
  if (body) return body.length === 0;
  return /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(node.value ?? '');
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 30 ? `${flat.slice(0, 27)}…` : flat;
}
