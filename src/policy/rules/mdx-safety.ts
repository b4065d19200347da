import { hubUrlRule, judgeUrl, type UrlRuleOptions } from '../../lib/url-rule.ts';
import type { ContentDocument } from '../../reading/document.ts';
import { isAllowedElement } from '../html-allowlist.ts';
import type { MdAttribute, MdNode } from '../../reading/markdown-nodes.ts';
import { attributeMessage, elementMessage, htmlProblems, shorten as shortenUrl } from '../markdown/raw-html.ts';
import { MDX_COMPONENTS, MDX_COMPONENT_NAMES } from '../mdx-allowlist.ts';
import { placeOfNode, placeOfRange, type Place, type Rule } from '../rule.ts';
import { sourceOffsetOf } from '../text/align.ts';

/**
 * MDX is code: Astro compiles it and runs what it contains at build time, and a post arrives
 * by pull request. Before anything is compiled, the syntax tree may hold only Markdown, the
 * hub's own components and the simple HTML of the one allowlist (src/policy/html-allowlist.ts),
 * read by an HTML5 parser; every address in the body passes the one URL rule
 * (src/lib/url-rule.ts). Always on; policy.yaml cannot switch it off. Front-matter addresses are
 * the schema's (the same URL rule).
 */
export const mdxSafety: Rule = (doc, context, report) => {
  const urls = hubUrlRule(context.hub);
  const reported = new Set<string>();
  const say = (place: Place, message: string) => {
    reported.add(`${place.line}:${message}`);
    report({ ...place, severity: 'error', ruleId: 'mdx-safety', message });
  };
  // remark-mdx places attributes exactly, so its reading of an .mdx body goes first; the
  // compiler's reading then adds only what remark-mdx did not see on that line.
  const [first, second] = doc.mdxNodes ? [doc.mdxNodes, doc.nodes] : [doc.nodes, undefined];
  checkTree(doc, first ?? [], urls, say);
  const before = new Set(reported);
  if (second) checkTree(doc, second, urls, (place, message) => {
    if (!before.has(`${place.line}:${message}`)) say(place, message);
  });
};

type Say = (place: Place, message: string) => void;

function checkTree(doc: ContentDocument, nodes: readonly MdNode[], urls: UrlRuleOptions, say: Say): void {
  // A definition used by an image reference (`![x][logo]` … `[logo]: …`) is an image address.
  const images = new Set(nodes.filter((node) => node.type === 'imageReference').map((node) => (node.identifier ?? '').toLowerCase()));
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
        checkElement(node, place, urls, say);
        break;
      case 'html':
        checkHtml(doc, node, urls, say);
        break;
      case 'link':
      case 'image':
      case 'definition': {
        const isImage = node.type === 'image' || (node.type === 'definition' && images.has((node.identifier ?? '').toLowerCase()));
        const url = node.url ?? '';
        const verdict = judgeUrl(url, isImage ? 'resource' : 'body-link', urls);
        if (verdict.ok) break;
        const written = doc.text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
        if (!written.includes(url) && url.startsWith('http://')) {
          // "www.example.com" in the text: Markdown links it to http://, which the editor never wrote.
          say(place, `"${shortenUrl(written)}" becomes a link to ${shortenUrl(url)}, which is not encrypted; write it as ${shortenUrl(`https://${url.slice('http://'.length)}`)}`);
        } else {
          say(place, `${isImage ? 'the image' : 'the link'} "${shortenUrl(url)}" ${verdict.reason}`);
        }
        break;
      }
    }
  }
}

function checkElement(node: MdNode, place: Place, urls: UrlRuleOptions, say: Say): void {
  const name = node.name;
  if (!name) return say(place, 'empty tags <>…</> are not allowed in content; remove them');
  // In JSX a lower-case name is an HTML element (custom elements have a hyphen), anything else a component.
  if (/^[a-z][a-z0-9-]*$/.test(name)) return checkHtmlElement(node, name, place, urls, say);
  if (!(MDX_COMPONENT_NAMES as string[]).includes(name)) {
    return say(place, `<${name}> is not a hub component; content may use only ${MDX_COMPONENT_NAMES.map((n) => `<${n}>`).join(', ')}, and simple HTML such as <kbd> or <br>`);
  }
  const allowed: Readonly<Record<string, readonly string[] | null>> = MDX_COMPONENTS[name as keyof typeof MDX_COMPONENTS];
  for (const attribute of node.attributes ?? []) checkAttribute(name, attribute, allowed, placeOfNode(attribute) ?? place, say);
}

/** A plain HTML element written in MDX: the same allowlist and URL rule as raw HTML in Markdown. */
function checkHtmlElement(node: MdNode, name: string, place: Place, urls: UrlRuleOptions, say: Say): void {
  if (!isAllowedElement(name)) return say(place, elementMessage(name));
  for (const attribute of node.attributes ?? []) {
    const at = placeOfNode(attribute) ?? place;
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      say(at, `<${name} {…}> is code; write attributes as name="value"`);
      continue;
    }
    // HTML reads attribute names in any case: srcSet is srcset, onClick is onclick.
    const attributeName = (attribute.name ?? '').toLowerCase();
    const value = attribute.value;
    if (value !== null && typeof value === 'object' && !attributeName.startsWith('on')) {
      say(at, `${attribute.name}={…} is code that runs when the hub is built; write ${attribute.name}="…" with plain text`);
      continue;
    }
    const message = attributeMessage(name, attributeName, typeof value === 'string' ? value : '', urls, true, attribute.name);
    if (message) say(at, message);
  }
}

function checkAttribute(element: string, attribute: MdAttribute, allowed: Readonly<Record<string, readonly string[] | null>>, place: Place, say: Say): void {
  if (attribute.type === 'mdxJsxExpressionAttribute') return say(place, `<${element} {…}> is code; write attributes as name="value"`);
  const name = attribute.name ?? '';
  const value = attribute.value;
  if (name.toLowerCase().startsWith('on')) return say(place, `${name}= is an event handler, which runs code in the reader's browser; remove it`);
  if (value !== null && typeof value === 'object') return say(place, `${name}={…} is code that runs when the hub is built; write ${name}="…" with plain text`);
  if (!(name in allowed)) {
    const names = Object.keys(allowed);
    return say(place, `<${element}> has no attribute "${name}"${names.length > 0 ? `; it accepts ${names.join(', ')}` : ''}`);
  }
  const values = allowed[name];
  if (values && (typeof value !== 'string' || !values.includes(value))) {
    say(place, `<${element} ${name}="${typeof value === 'string' ? value : ''}"> must be one of: ${values.map((v) => `${name}="${v}"`).join(', ')}`);
  }
}

/**
 * Raw HTML in a Markdown body: Astro passes it through as it is, so it is read here the way a
 * browser reads it (an HTML5 parser) and held to the allowlist; each problem is reported where
 * it stands in the file.
 */
function checkHtml(doc: ContentDocument, node: MdNode, urls: UrlRuleOptions, say: Say): void {
  const html = node.value ?? '';
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return;
  const source = doc.text.slice(start, end);
  for (const problem of htmlProblems(html, urls)) {
    const from = start + sourceOffsetOf(html, source, problem.offset);
    const to = start + sourceOffsetOf(html, source, Math.max(problem.offset, problem.end - 1)) + 1;
    say(placeOfRange(doc, from, Math.max(from + 1, to)), problem.message);
  }
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
