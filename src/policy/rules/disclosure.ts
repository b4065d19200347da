import { pickLocalized } from '../../i18n/translate.ts';
import type { Policy } from '../../schemas/policy.ts';
import { NETWORKS } from '../../share/networks.ts';
import type { NetworkId } from '../../schemas/common.ts';
import { findingOf, placeOfRange, type Rule } from '../rule.ts';
import { sharedText } from '../share-view.ts';
import { captionSegments, segmentRange } from '../text/segments.ts';
import { compileTerms, type TermMatcher } from '../text/terms.ts';

/**
 * Each caption for the listed networks says the person works here (FTC/ASA style disclosure),
 * in words accepted for the post's language. The hashtags the share panel adds count, so a
 * disclosure hashtag in `hashtags` covers every caption of a network that uses hashtags.
 */
export const disclosure: Rule = (doc, context, report) => {
  const rule = context.policy.disclosure;
  const post = doc.post;
  if (!rule || !post || !doc.locale) return;
  if (rule.exempt_categories.includes(post.category)) return;
  const { accepted, matcher } = disclosuresFor(context.policy, doc.locale, context.hub.default_locale);
  for (const segment of captionSegments(doc)) {
    const key = segment.caption?.key ?? '';
    if (!(rule.networks as readonly string[]).includes(key)) continue;
    if (matcher(segment.text).length > 0) continue;
    // Not in the caption itself: maybe in the hashtags the share panel adds.
    const addsHashtags = key === 'default' || NETWORKS[key as NetworkId]?.hashtags === true;
    if (addsHashtags && segment.caption && matcher(sharedText(doc, context, key, segment.caption.index, true)).length > 0) continue;
    const list = accepted.map((text) => `"${text}"`).join(' or ');
    report(
      findingOf(
        rule,
        placeOfRange(doc, ...segmentRange(segment)),
        `${segment.field}: say that you work here: add ${list} to this caption (or the hashtag to the post's hashtags), so readers know the post comes from an employee`,
        { field: segment.field, accepted: list, network: key },
      ),
    );
  }
};

const compiled = new WeakMap<Policy, Map<string, { accepted: string[]; matcher: TermMatcher<string> }>>();

/** Accepted disclosures for a language (a per-language entry without that language falls back to the default one), compiled once. */
function disclosuresFor(policy: Policy, locale: string, defaultLocale: string) {
  let byLocale = compiled.get(policy);
  if (!byLocale) {
    byLocale = new Map();
    compiled.set(policy, byLocale);
  }
  let entry = byLocale.get(locale);
  if (!entry) {
    const accepted = (policy.disclosure?.accepted ?? []).map((value) => pickLocalized(value, locale, defaultLocale));
    entry = { accepted, matcher: compileTerms(accepted.map((term) => ({ term, caseSensitive: false, entry: term }))) };
    byLocale.set(locale, entry);
  }
  return entry;
}
