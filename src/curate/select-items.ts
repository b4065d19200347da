import type { FeedSource } from '../schemas/hub.ts';
import { judgeUrl } from '../lib/url-rule.ts';
import { compileTerms, type TermMatcher } from '../policy/text/terms.ts';
import type { FeedItem } from './feed-items.ts';
import { linkKey, type KnownItems } from './known-items.ts';

/** What becomes of one item: a new draft, or why not. */
export type Verdict =
  | { kind: 'new'; item: FeedItem; link: string }
  | { kind: 'known' }
  | { kind: 'filtered' }
  | { kind: 'skipped'; reason: string };

/**
 * Decides, item by item, what is new: items already in the hub (by link or feed id, in any
 * file) are known; the source's filters leave others out; an item without a title or an
 * `https:` link is skipped with the reason. `known` grows as items are taken, so one run never
 * writes the same item twice.
 */
export function selectItems(items: readonly FeedItem[], source: Pick<FeedSource, 'include' | 'exclude' | 'feed_categories'>, known: KnownItems): Verdict[] {
  const include = matcher(source.include);
  const exclude = matcher(source.exclude);
  const categories = new Set(source.feed_categories.map((c) => c.toLowerCase()));
  return items.map((item): Verdict => {
    const name = item.title ? `"${item.title}"` : 'an item without a title';
    if (!item.link) return { kind: 'skipped', reason: `${name} has no link` };
    const verdict = judgeUrl(item.link, 'link', { relative: false });
    if (!verdict.ok) return { kind: 'skipped', reason: `${name}: its link ${JSON.stringify(item.link)} ${verdict.reason}` };
    const key = linkKey(verdict.url.href);
    if (!key) return { kind: 'skipped', reason: `${name} has no usable link` };
    if (known.links.has(key) || (item.id !== undefined && known.ids.has(item.id))) return { kind: 'known' };
    const words = [item.title, item.summary, ...item.categories].join('\n');
    if (include && include(words).length === 0) return { kind: 'filtered' };
    if (exclude && exclude(words).length > 0) return { kind: 'filtered' };
    if (categories.size > 0 && !item.categories.some((c) => categories.has(c.toLowerCase()))) return { kind: 'filtered' };
    if (!item.title) return { kind: 'skipped', reason: `the item ${key} has no title` };
    known.links.add(key);
    if (item.id !== undefined) known.ids.add(item.id);
    return { kind: 'new', item, link: verdict.url.href };
  });
}

/** Whole words, any capitalisation: the matcher the content policy uses for banned terms. */
function matcher(terms: readonly string[]): TermMatcher<string> | undefined {
  return terms.length > 0 ? compileTerms(terms.map((term) => ({ term, caseSensitive: false, entry: term }))) : undefined;
}
