import type { NetworkId } from '../schemas/common.ts';

/**
 * How a network's share dialog takes what we give it:
 * - `text-and-url`: prefilled text plus the link as its own parameter (X, Threads, Mastodon, Telegram, Reddit);
 * - `text-only`: prefilled text only, so the link goes inside the text (Bluesky, WhatsApp, email);
 * - `url-only`: only the link; the caption is copied to the clipboard for the person to paste (LinkedIn, Facebook, XING);
 * - `clipboard`: no dialog, the hub copies something (copy link, copy caption);
 * - `native`: the device share sheet (Web Share API);
 * - `download`: no web dialog at all; download the image and copy the caption (Instagram).
 */
export type DialogKind = 'text-and-url' | 'text-only' | 'url-only' | 'clipboard' | 'native' | 'download';

/**
 * How a network measures a post:
 * - `x-weighted`: twitter-text v3 weights (most Latin text 1, CJK and emoji 2, every URL 23);
 * - `graphemes`: user-perceived characters (grapheme clusters), so a flag or a family emoji counts 1;
 * - `graphemes-url-23`: graphemes, with every http(s) link counted as 23 (Mastodon);
 * - `graphemes-short-links`: graphemes, with links shortened the way the Bluesky app shows them;
 * - `none`: the network sets no practical limit.
 */
export type CountingMode = 'x-weighted' | 'graphemes' | 'graphemes-url-23' | 'graphemes-short-links' | 'none';

export interface NetworkFacts {
  /** The network's own name; `null` for actions whose name is translated (see `networkLabel`). */
  brand: string | null;
  dialog: DialogKind;
  /** The longest post the network accepts, in `counting` units; `Infinity` when there is none. */
  limit: number;
  counting: CountingMode;
  /** Whether the network's composer counts the link we pass beside the text (X, Threads, Mastodon). */
  countsLink: boolean;
  /** Whether hashtags mean something there; the share panel adds the post's hashtags only where they do. */
  hashtags: boolean;
  /** `{medium}` of the UTM templates: GA4 files `email` under Email and `social` under Organic Social. */
  medium: 'social' | 'email';
}

const NO_LIMIT = Number.POSITIVE_INFINITY;

/** One place for what differs between networks. Sources: each network's public share and posting documentation. */
export const NETWORKS: Readonly<Record<NetworkId, NetworkFacts>> = {
  linkedin: { brand: 'LinkedIn', dialog: 'url-only', limit: 3000, counting: 'graphemes', countsLink: false, hashtags: true, medium: 'social' },
  x: { brand: 'X', dialog: 'text-and-url', limit: 280, counting: 'x-weighted', countsLink: true, hashtags: true, medium: 'social' },
  facebook: { brand: 'Facebook', dialog: 'url-only', limit: 63206, counting: 'graphemes', countsLink: false, hashtags: true, medium: 'social' },
  threads: { brand: 'Threads', dialog: 'text-and-url', limit: 500, counting: 'graphemes', countsLink: true, hashtags: true, medium: 'social' },
  bluesky: { brand: 'Bluesky', dialog: 'text-only', limit: 300, counting: 'graphemes-short-links', countsLink: true, hashtags: true, medium: 'social' },
  mastodon: { brand: 'Mastodon', dialog: 'text-and-url', limit: 500, counting: 'graphemes-url-23', countsLink: true, hashtags: true, medium: 'social' },
  whatsapp: { brand: 'WhatsApp', dialog: 'text-only', limit: NO_LIMIT, counting: 'none', countsLink: true, hashtags: false, medium: 'social' },
  telegram: { brand: 'Telegram', dialog: 'text-and-url', limit: NO_LIMIT, counting: 'none', countsLink: false, hashtags: false, medium: 'social' },
  reddit: { brand: 'Reddit', dialog: 'text-and-url', limit: NO_LIMIT, counting: 'none', countsLink: false, hashtags: false, medium: 'social' },
  xing: { brand: 'XING', dialog: 'url-only', limit: NO_LIMIT, counting: 'none', countsLink: false, hashtags: true, medium: 'social' },
  email: { brand: null, dialog: 'text-only', limit: NO_LIMIT, counting: 'none', countsLink: true, hashtags: false, medium: 'email' },
  instagram: { brand: 'Instagram', dialog: 'download', limit: 2200, counting: 'graphemes', countsLink: false, hashtags: true, medium: 'social' },
  'copy-link': { brand: null, dialog: 'clipboard', limit: NO_LIMIT, counting: 'none', countsLink: false, hashtags: false, medium: 'social' },
  'copy-caption': { brand: null, dialog: 'clipboard', limit: NO_LIMIT, counting: 'none', countsLink: false, hashtags: true, medium: 'social' },
  'share-sheet': { brand: null, dialog: 'native', limit: NO_LIMIT, counting: 'none', countsLink: false, hashtags: true, medium: 'social' },
};

/** Networks that open a web dialog from a plain link, so they work without JavaScript. */
export function hasShareDialog(network: NetworkId): boolean {
  const { dialog } = NETWORKS[network];
  return dialog === 'text-and-url' || dialog === 'text-only' || dialog === 'url-only';
}

/** Networks a post can have its own captions for (the caption picker's choices); the rest share the `default` ones. */
export function hasOwnCaptions(network: NetworkId): boolean {
  const { dialog } = NETWORKS[network];
  return dialog !== 'clipboard' && dialog !== 'native';
}
