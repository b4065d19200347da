import type { NetworkId } from '../schemas/common.ts';

export interface ShareUrlInput {
  /** The link being shared, UTM parameters already added. */
  url: string;
  /** The caption as it should appear (hashtags already merged). */
  text: string;
  /** The post title: the subject of an email. */
  title: string;
  /** The person's Mastodon server, e.g. `mastodon.social`; required for Mastodon. */
  mastodonInstance?: string | undefined;
}

const e = encodeURIComponent;

/** Text and link in one message, for dialogs that take no separate link parameter. */
export function messageWithLink(text: string, url: string): string {
  return text.trim() ? `${text.trimEnd()}\n\n${url}` : url;
}

/**
 * The address of a network's share dialog, every parameter URL-encoded. `null` for actions that
 * have no dialog (Instagram, copy link, copy caption, the share sheet) and for Mastodon without
 * a valid server name.
 */
export function buildShareUrl(network: NetworkId, { url, text, title, mastodonInstance }: ShareUrlInput): string | null {
  switch (network) {
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?url=${e(url)}`;
    case 'x':
      return `https://x.com/intent/tweet?text=${e(text)}&url=${e(url)}`;
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?u=${e(url)}`;
    case 'threads':
      return `https://www.threads.com/intent/post?text=${e(text)}&url=${e(url)}`;
    case 'bluesky':
      return `https://bsky.app/intent/compose?text=${e(messageWithLink(text, url))}`;
    case 'mastodon': {
      const host = mastodonInstance === undefined ? null : normaliseMastodonInstance(mastodonInstance);
      return host ? `https://${host}/share?text=${e(text)}&url=${e(url)}` : null;
    }
    case 'whatsapp':
      return `https://wa.me/?text=${e(messageWithLink(text, url))}`;
    case 'telegram':
      return `https://t.me/share/url?url=${e(url)}&text=${e(text)}`;
    case 'reddit':
      return `https://www.reddit.com/submit?url=${e(url)}&title=${e(text)}`;
    case 'xing':
      return `https://www.xing.com/spi/shares/new?url=${e(url)}`;
    case 'email':
      // RFC 6068: line breaks in a mailto body are written CRLF.
      return `mailto:?subject=${e(title)}&body=${e(messageWithLink(text, url).replace(/\r?\n/g, '\r\n'))}`;
    default:
      return null;
  }
}

const HOST_NAME = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * A Mastodon server as a bare host name (`mastodon.social`), or `null` when the input is not
 * one. Accepts what people paste: `https://mastodon.social/`, `mastodon.social/@name`, or a
 * full handle `@name@mastodon.social`.
 */
export function normaliseMastodonInstance(input: string): string | null {
  let text = input.trim().toLowerCase();
  const handle = /^@?[^@\s/]+@([^@\s/]+)$/.exec(text);
  if (handle?.[1]) text = handle[1];
  text = text.replace(/^https?:\/\//, '').replace(/[/?#].*$/, '');
  if (!text || /[\s@:]/.test(text)) return null;
  let host: string;
  try {
    host = new URL(`https://${text}`).hostname;
  } catch {
    return null;
  }
  return HOST_NAME.test(host) ? host : null;
}
