import { defineHastPlugin, type HastPluginDefinition } from 'satteri';

/**
 * Editors link to other hub pages from the hub's root, as they see them: `[FAQ](/faq/)`. A hub
 * deployed under a base path (`base: /hub/` in hub.yaml) serves that page at `/hub/faq/`, so
 * such links in posts, guidelines and FAQ answers get the base put in front when Astro renders
 * them. Links already under the base, to other sites, relative links and `//host` links are
 * left as written.
 */
export function underBase(url: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (prefix === '/' || !url.startsWith('/') || url.startsWith('//')) return url;
  if (url.startsWith(prefix) || `${url}/` === prefix) return url;
  return `${prefix}${url.slice(1)}`;
}

const LINK_ATTRIBUTES: Record<string, string> = { a: 'href', img: 'src' };

/** `href="/x"`, `src='/x'` and `srcset="/a.png 1x, /b.png 2x"` in HTML an editor wrote into Markdown. */
const RAW_ADDRESS = /(\s(?:href|src|srcset)\s*=\s*)(["'])([^"']*)\2/gi;

/** The same as {@link underBase} for the addresses in a piece of raw HTML (a `srcset` lists several). */
export function rawHtmlUnderBase(html: string, base: string): string {
  return html.replace(RAW_ADDRESS, (whole, before: string, quote: string, value: string) => {
    const rebased = /srcset/i.test(before)
      ? value.replace(/(^|,)(\s*)(\S+)/g, (_, comma: string, space: string, url: string) => `${comma}${space}${underBase(url, base)}`)
      : underBase(value, base);
    return rebased === value ? whole : `${before}${quote}${rebased}${quote}`;
  });
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
