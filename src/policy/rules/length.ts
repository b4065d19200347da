import { countForNetwork } from '../../share/count.ts';
import { textToCount } from '../../share/compose.ts';
import { networkLabel } from '../../share/network-labels.ts';
import { NETWORKS } from '../../share/networks.ts';
import type { NetworkId } from '../../schemas/common.ts';
import { findingOf, placeOfRange, type Rule } from '../rule.ts';
import { sharedCaptions, sharedLink, sharedText } from '../share-view.ts';
import { captionSegments, segmentRange, type TextSegment } from '../text/segments.ts';

/**
 * Whether a text certainly fits without counting it, from what each counting mode promises
 * (see CountingMode in src/share/networks.ts): a grapheme cluster is at least one UTF-16 unit,
 * Bluesky shows links no longer than they are written, and Mastodon counts each link as at most
 * 23 more than its own length. Only a text that might not fit is counted, with the share panel's counter.
 */
function certainlyFits(network: NetworkId, text: string): boolean {
  const { counting, limit } = NETWORKS[network];
  switch (counting) {
    case 'none':
      return true;
    case 'graphemes':
      return text.length <= limit;
    case 'graphemes-short-links':
      // An international domain name can show longer (punycode) than written: count those.
      return text.length <= limit && !(text.includes('://') && /[^\x00-\x7f]/.test(text));
    case 'graphemes-url-23':
      return text.length + 23 * (text.match(/https?:\/\//gi)?.length ?? 0) <= limit;
    default:
      return false;
  }
}

/**
 * Every caption fits every network it is shared to, measured by the share panel's own counter
 * (src/share/count.ts) on the text the panel sends: caption, added hashtags, and the link where
 * the network counts it.
 */
export const length: Rule = (doc, context, report) => {
  const rule = context.policy.length;
  if (!rule || !doc.post) return;
  const segments = captionSegments(doc);
  const over = new Map<TextSegment, string[]>();
  for (const shared of sharedCaptions(doc, context)) {
    const { countsLink, limit } = NETWORKS[shared.network];
    if (limit === Number.POSITIVE_INFINITY) continue;
    // textToCount reads the link only where the network counts it; build it only then.
    const caption = sharedText(doc, context, shared.key, shared.index, shared.withHashtags);
    const text = textToCount(shared.network, caption, countsLink ? sharedLink(doc, context, shared.network) : '');
    if (certainlyFits(shared.network, text)) continue;
    const { count, over: tooLong } = countForNetwork(shared.network, text);
    if (!tooLong) continue;
    const segment = segments.find((s) => s.caption?.key === shared.key && s.caption.index === shared.index);
    if (!segment) continue;
    const list = over.get(segment) ?? [];
    const borrowed = shared.key !== shared.network ? ` (no ${shared.network} captions of its own, so it uses these)` : '';
    list.push(`${networkLabel(shared.network)} ${count} of ${limit}${borrowed}`);
    over.set(segment, list);
  }
  for (const [segment, networks] of over) {
    report(
      findingOf(
        rule,
        placeOfRange(doc, ...segmentRange(segment)),
        `${segment.field}: too long once the share panel adds the link and hashtags: ${networks.join('; ')} characters. Shorten it, or write a shorter caption for that network`,
        { field: segment.field, details: networks.join(', ') },
      ),
    );
  }
};
