import type { Page } from 'playwright-core';

/**
 * Where each network's share dialog lives, written out here rather than taken from the share
 * module, so that the browser tests check the module against the networks' documented addresses.
 * `link`: the query parameter holding the shared link, or `text` when the link is inside the text.
 */
export const DIALOGS: Record<string, { address: string; link: string; text?: string }> = {
  linkedin: { address: 'https://www.linkedin.com/sharing/share-offsite/', link: 'url' },
  x: { address: 'https://x.com/intent/tweet', link: 'url', text: 'text' },
  facebook: { address: 'https://www.facebook.com/sharer/sharer.php', link: 'u' },
  threads: { address: 'https://www.threads.com/intent/post', link: 'url', text: 'text' },
  bluesky: { address: 'https://bsky.app/intent/compose', link: 'text', text: 'text' },
  mastodon: { address: 'https://mastodon.social/share', link: 'url', text: 'text' },
  whatsapp: { address: 'https://wa.me/', link: 'text', text: 'text' },
  telegram: { address: 'https://t.me/share/url', link: 'url', text: 'text' },
  reddit: { address: 'https://www.reddit.com/submit', link: 'url', text: 'title' },
  xing: { address: 'https://www.xing.com/spi/shares/new', link: 'url' },
  email: { address: 'mailto:', link: 'body', text: 'body' },
};

/** What a share link hands the network: its dialog address, the link being shared, and the text. */
export interface ShareLink {
  address: string;
  link: string;
  text?: string;
}

export function readShareLink(network: string, href: string): ShareLink {
  const dialog = DIALOGS[network];
  if (!dialog) throw new Error(`no dialog is known for ${network}`);
  const url = new URL(href);
  const address = href.startsWith('mailto:') ? 'mailto:' : `${url.origin}${url.pathname}`;
  const carrier = url.searchParams.get(dialog.link) ?? '';
  // Bluesky, WhatsApp and email get the link as the last line of the text.
  const insideText = dialog.link === dialog.text;
  const link = insideText ? (/(https?:\/\/\S+)\s*$/.exec(carrier)?.[1] ?? '') : carrier;
  const text = dialog.text ? url.searchParams.get(dialog.text) ?? '' : undefined;
  return { address, link, text: insideText && text !== undefined ? text.slice(0, text.lastIndexOf(link)).trimEnd() : text };
}

/** The `href` of every share link of the page's share panel, by network (`null` when the link has none). */
export async function shareHrefs(page: Page): Promise<Record<string, string | null>> {
  return page
    .locator('[data-share-panel] a[data-network]')
    .evaluateAll((links) => Object.fromEntries(links.map((link) => [(link as HTMLElement).dataset.network, link.getAttribute('href')])));
}

/** The UTM parameters of a shared link, as an object. */
export function utmOf(link: string): Record<string, string> {
  return Object.fromEntries([...new URL(link).searchParams].filter(([name]) => name.startsWith('utm_')));
}
