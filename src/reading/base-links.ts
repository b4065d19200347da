import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { defineHastPlugin, type HastPluginDefinition } from 'satteri';
import { withTrailingSlash } from '../lib/trailing-slash.ts';

/**
 * Editors link to other hub pages from the hub's root, as they see them: `[FAQ](/faq/)`. A hub
 * deployed under a base path (`base: /hub/` in hub.yaml) serves that page at `/hub/faq/`, so
 * such links in posts, guidelines and FAQ answers get the base put in front when Astro renders
 * them. Links already under the base, to other sites, relative links and `//host` links are
 * left as written.
 */
export function underBase(url: string, base: string): string {
  const prefix = withTrailingSlash(base);
  if (prefix === '/' || !url.startsWith('/') || url.startsWith('//')) return url;
  if (url.startsWith(prefix) || `${url}/` === prefix) return url;
  return `${prefix}${url.slice(1)}`;
}

const LINK_ATTRIBUTES: Record<string, string> = { a: 'href', img: 'src' };

/** Attributes of HTML written into Markdown that hold an address of the hub. */
const RAW_ADDRESS_ATTRIBUTES = new Set(['href', 'src', 'srcset']);

/**
 * The same as {@link underBase} for the addresses in a piece of raw HTML (a `srcset` lists several).
 * The piece is read by the HTML parser (a piece may be only an opening tag, so it is read as a
 * fragment), and only the attributes that change are written again, in place: the rest of the
 * piece stays exactly as the editor wrote it.
 */
export function rawHtmlUnderBase(html: string, base: string): string {
  if (underBase('/', base) === '/') return html;
  const edits: { start: number; end: number; text: string }[] = [];
  const stack: ParentNode[] = [parseFragment(html, { sourceCodeLocationInfo: true })];
  while (stack.length > 0) {
    const node = stack.pop() as ParentNode;
    if ('attrs' in node) {
      for (const attr of node.attrs) {
        const name = attr.name.toLowerCase();
        const place = node.sourceCodeLocation?.attrs?.[attr.name];
        if (attr.prefix || !RAW_ADDRESS_ATTRIBUTES.has(name) || !place) continue;
        const rebased = name === 'srcset' ? srcsetUnderBase(attr.value, base) : underBase(attr.value, base);
        if (rebased !== attr.value) edits.push({ start: place.startOffset, end: place.endOffset, text: `${attr.name}="${escapeAttribute(rebased)}"` });
      }
    }
    for (const child of node.childNodes) if ('childNodes' in child) stack.push(child);
    if ('content' in node && node.content) stack.push(node.content);
  }
  let result = html;
  for (const edit of edits.sort((a, b) => b.start - a.start)) result = `${result.slice(0, edit.start)}${edit.text}${result.slice(edit.end)}`;
  return result;
}

type ParentNode = DefaultTreeAdapterTypes.ParentNode;

/** Each candidate of a `srcset` under the base; its size or density after it stays as written. */
function srcsetUnderBase(value: string, base: string): string {
  return value
    .split(',')
    .map((candidate) => {
      const start = candidate.length - candidate.trimStart().length;
      const url = candidate.slice(start).split(/\s/, 1)[0] ?? '';
      return `${candidate.slice(0, start)}${underBase(url, base)}${candidate.slice(start + url.length)}`;
    })
    .join(',');
}

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}

/**
 * The Sätteri (Astro's Markdown and MDX processor) plugin that applies {@link underBase} to
 * links and pictures, Markdown ones and those written as HTML inside Markdown.
 */
export function baseLinksPlugin(base: string): HastPluginDefinition | undefined {
  if (underBase('/', base) === '/') return undefined;
  return defineHastPlugin({
    name: 'hub-base-links',
    element: {
      filter: Object.keys(LINK_ATTRIBUTES),
      visit(node, ctx) {
        const attribute = LINK_ATTRIBUTES[node.tagName];
        const value = attribute ? node.properties?.[attribute] : undefined;
        if (typeof value !== 'string') return;
        const rebased = underBase(value, base);
        if (rebased !== value) ctx.setProperty(node, attribute!, rebased);
      },
    },
    raw(node) {
      const rebased = rawHtmlUnderBase(node.value, base);
      if (rebased !== node.value) return { ...node, value: rebased };
    },
  });
}
