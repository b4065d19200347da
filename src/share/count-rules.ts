import type { NetworkId } from '../schemas/common.ts';
import { NETWORKS } from './networks.ts';

/** A caption measured the way a network measures it. `limit` is `Infinity` where the network sets none (then `over` is always false). */
export interface CountResult {
  count: number;
  limit: number;
  over: boolean;
}

/** X's weighted length (twitter-text); kept out of this file because the library is large. */
export type XWeigher = (text: string) => number;

const LINK = /https?:\/\/[^\s<>"]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?'")\]]+$/;
const MASTODON_URL_LENGTH = 23;
const X_LINK_STAND_IN = 'https://t.co/a';

/**
 * Counts `text` for `network`. Browser-safe: X needs `weighX`, which `count.ts` (Node) and
 * `count-lazy.ts` (browser, loaded on demand) supply.
 */
export function countWith(network: NetworkId, text: string, weighX?: XWeigher): CountResult {
  const { counting, limit } = NETWORKS[network];
  let count: number;
  switch (counting) {
    case 'x-weighted':
      if (!weighX) throw new Error('counting for X needs the twitter-text weigher (see count.ts / count-lazy.ts)');
      // Every link counts 23 on X, also on domains twitter-text does not know (such as the demo's .example).
      count = weighX(replaceLinks(text, () => X_LINK_STAND_IN));
      break;
    case 'graphemes-url-23':
      count = graphemeCount(replaceLinks(text, () => 'x'.repeat(MASTODON_URL_LENGTH)));
      break;
    case 'graphemes-short-links':
      count = graphemeCount(replaceLinks(text, blueskyShortLink));
      break;
    default:
      count = graphemeCount(text);
  }
  return { count, limit, over: count > limit };
}

let segmenter: Intl.Segmenter | undefined;
const NOT_PLAIN_ASCII = /[^\t\n\x20-\x7e]/;

/** User-perceived characters: 🇲🇾 or 👨‍👩‍👧‍👦 count 1, like Bluesky and Mastodon count them. */
export function graphemeCount(text: string): number {
  // Printable ASCII, tabs and \n: one character, one grapheme (\r\n is one grapheme of two).
  if (!NOT_PLAIN_ASCII.test(text)) return text.length;
  if (typeof Intl.Segmenter !== 'function') return Array.from(text).length;
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let count = 0;
  for (const _ of segmenter.segment(text)) count++;
  return count;
}

/** Replaces every http(s) link, leaving trailing punctuation outside it as the networks do. */
function replaceLinks(text: string, replace: (link: string) => string): string {
  return text.replace(LINK, (match) => {
    const tail = TRAILING_PUNCTUATION.exec(match)?.[0] ?? '';
    return replace(match.slice(0, match.length - tail.length)) + tail;
  });
}

/** The Bluesky app shows (and counts) a link as its host plus at most 15 characters of the rest. */
function blueskyShortLink(link: string): string {
  try {
    const url = new URL(link);
    const rest = (url.pathname === '/' ? '' : url.pathname) + url.search + url.hash;
    return url.host + (rest.length > 15 ? `${rest.slice(0, 13)}...` : rest);
  } catch {
    return link;
  }
}
