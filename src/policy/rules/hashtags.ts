import { isScalar, isSeq } from 'yaml';
import type { Fix } from '../../reading/finding.ts';
import type { ContentDocument } from '../../reading/document.ts';
import { rawField } from '../raw-field.ts';
import { findingOf, placeOfField, placeOfRange, type Place, type Report, type Rule, type RuleContext, type RuleRef } from '../rule.ts';
import { sharedCaptions, sharedHashtags, sharedText } from '../share-view.ts';
import { distinctHashtags, hashtagsIn, isCamelCase } from '../text/hashtags.ts';
import { captionSegments, offsetIn, segmentRange, type TextSegment } from '../text/segments.ts';
import { networkLabel } from '../../share/network-labels.ts';

/**
 * Hashtags: CamelCase, no duplicates (removed by `--fix`), at most N per network counted on the
 * caption as the share panel sends it, and the campaign's hashtag on every campaign post.
 */
export const hashtags: Rule = (doc, context, report) => {
  const rules = context.policy.hashtags;
  if (!rules) return;
  if (doc.kind === 'campaign') {
    if (rules.camel_case && doc.campaign && !isCamelCase(doc.campaign.hashtag)) {
      report(camelCaseFinding(rules.camel_case, placeOfField(doc, ['hashtag']), 'hashtag', doc.campaign.hashtag));
    }
    return;
  }
  if (doc.kind !== 'post' || !doc.post) return;
  const segments = captionSegments(doc);
  if (rules.camel_case) checkCamelCase(doc, segments, rules.camel_case, report);
  if (rules.duplicates) checkDuplicates(doc, segments, rules.duplicates, report);
  if (rules.count) checkCount(doc, context, segments, rules.count, rules.max_per_network, report);
  if (rules.campaign) checkCampaign(doc, context, segments, rules.campaign, report);
};

function checkCamelCase(doc: ContentDocument, segments: TextSegment[], rule: RuleRef, report: Report): void {
  for (const segment of segments) {
    for (const { tag, index } of hashtagsIn(segment.prose)) {
      if (isCamelCase(tag)) continue;
      const from = offsetIn(segment, index);
      report(camelCaseFinding(rule, placeOfRange(doc, from, offsetIn(segment, index + tag.length) + 1), segment.field, tag));
    }
  }
  doc.post?.hashtags.forEach((tag, index) => {
    if (!isCamelCase(tag)) report(camelCaseFinding(rule, placeOfField(doc, ['hashtags', index]), `hashtags[${index + 1}]`, tag));
  });
}

function camelCaseFinding(rule: RuleRef, place: Place, field: string, tag: string) {
  return findingOf(
    rule,
    place,
    `${field}: write #${tag} in CamelCase, with a capital at the start of each word (like #RideToWork), so people and screen readers can read it`,
    { field, tag: `#${tag}` },
  );
}

function checkDuplicates(doc: ContentDocument, segments: TextSegment[], rule: RuleRef, report: Report): void {
  for (const segment of segments) {
    const seen = new Set<string>();
    for (const { tag, index } of hashtagsIn(segment.prose)) {
      const key = tag.toLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        continue;
      }
      // Remove the repeated hashtag with the spaces before it ("… #A #B #A" → "… #A #B").
      const tagEnd = index + 1 + tag.length;
      let start = index;
      let end = tagEnd;
      while (start > 0 && isBlank(segment.text[start - 1])) start--;
      if (start === index) while (end < segment.text.length && isBlank(segment.text[end])) end++;
      const from = offsetIn(segment, start);
      const to = offsetIn(segment, end - 1) + 1;
      const exact = doc.text.slice(from, to) === segment.text.slice(start, end);
      const fix: Fix = { description: `remove the second #${tag}`, ...(exact ? { range: [from, to] as [number, number], replacement: '' } : {}) };
      const place = placeOfRange(doc, offsetIn(segment, index), offsetIn(segment, tagEnd - 1) + 1);
      report(findingOf(rule, place, `${segment.field}: #${tag} appears more than once; keep one`, { field: segment.field, tag: `#${tag}` }, fix));
    }
  }
  // The positions are parsed only for a list that has a repeat.
  const tags = rawField(doc, ['hashtags']);
  if (!Array.isArray(tags)) return;
  const keys = tags.map((tag) => (typeof tag === 'string' ? tag.replace(/^#/, '').toLowerCase() : undefined)).filter((key) => key !== undefined);
  if (new Set(keys).size === keys.length) return;
  const list = doc.block?.yaml.document.get('hashtags', true);
  if (!isSeq(list)) return;
  const seen = new Set<string>();
  list.items.forEach((item, index) => {
    if (!isScalar(item) || typeof item.value !== 'string') return;
    const key = item.value.replace(/^#/, '').toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      return;
    }
    const previous = list.items[index - 1];
    const range = removalRange(doc, item.range, isScalar(previous) ? previous.range : undefined, list.flow === true);
    const fix: Fix = { description: `remove the second ${item.value}`, ...(range ? { range, replacement: '' } : {}) };
    report(findingOf(rule, placeOfField(doc, ['hashtags', index]), `hashtags[${index + 1}]: ${item.value} is listed twice; keep one`, { field: `hashtags[${index + 1}]`, tag: item.value }, fix));
  });
}

function isBlank(char: string | undefined): boolean {
  return char === ' ' || char === '\t';
}

/** The text to delete to drop one list item: its whole line in a block list, ", item" in a [flow, list]. */
function removalRange(
  doc: ContentDocument,
  range: readonly number[] | null | undefined,
  previous: readonly number[] | null | undefined,
  flow: boolean,
): [number, number] | undefined {
  const offset = doc.block?.offset ?? 0;
  if (!range || range[0] === undefined || range[1] === undefined) return undefined;
  const start = offset + range[0];
  const end = offset + range[1];
  if (flow) return previous?.[1] === undefined ? undefined : [offset + previous[1], end];
  const lineStart = doc.text.lastIndexOf('\n', start - 1) + 1;
  const newline = doc.text.indexOf('\n', end);
  const lineEnd = newline === -1 ? doc.text.length : newline + 1;
  const before = doc.text.slice(lineStart, start);
  const after = doc.text.slice(end, lineEnd);
  return /^\s*-\s*$/.test(before) && /^\s*$/.test(after) ? [lineStart, lineEnd] : undefined;
}

function checkCount(
  doc: ContentDocument,
  context: RuleContext,
  segments: TextSegment[],
  rule: RuleRef,
  limits: Readonly<Partial<Record<string, number>>>,
  report: Report,
): void {
  // One finding per caption, naming every network where it carries too many hashtags.
  const over = new Map<TextSegment, string[]>();
  const tagsOf = new Map<string, string[]>();
  const added = sharedHashtags(doc, context).length;
  for (const shared of sharedCaptions(doc, context)) {
    const limit = limits[shared.network] ?? limits.default;
    if (limit === undefined || !shared.withHashtags) continue;
    const segment = segments.find((s) => s.caption?.key === shared.key && s.caption.index === shared.index);
    // The panel adds at most the post's and the campaign's hashtags: no need to build the text when even that fits.
    if (!segment || distinctHashtags(segment.prose).length + added <= limit) continue;
    const memo = `${shared.key}|${shared.index}`;
    let tags = tagsOf.get(memo);
    if (!tags) {
      tags = distinctHashtags(sharedText(doc, context, shared.key, shared.index, true));
      tagsOf.set(memo, tags);
    }
    if (tags.length <= limit) continue;
    const list = over.get(segment) ?? [];
    list.push(`${networkLabel(shared.network)} allows ${limit}, this would carry ${tags.length} (${tags.map((t) => `#${t}`).join(' ')})`);
    over.set(segment, list);
  }
  for (const [segment, problems] of over) {
    report(
      findingOf(
        rule,
        placeOfRange(doc, ...segmentRange(segment)),
        `${segment.field}: too many hashtags once the share panel adds the post's and the campaign's: ${problems.join('; ')}. Remove some, or write a caption for that network`,
        { field: segment.field, details: problems.join('; ') },
      ),
    );
  }
}

function checkCampaign(doc: ContentDocument, context: RuleContext, segments: TextSegment[], rule: RuleRef, report: Report): void {
  const post = doc.post;
  const campaign = post?.campaign ? context.campaigns.get(post.campaign) : undefined;
  if (!post || !campaign) return;
  const tag = campaign.hashtag.toLowerCase();
  if (post.hashtags.some((t) => t.toLowerCase() === tag)) return;
  if (segments.length > 0 && segments.every((s) => hashtagsIn(s.prose).some((h) => h.tag.toLowerCase() === tag))) return;
  const field = post.hashtags.length > 0 ? 'hashtags' : 'campaign';
  report(
    findingOf(
      rule,
      placeOfField(doc, [field]),
      `${field}: this post is part of the campaign "${post.campaign}": add ${campaign.hashtag} to hashtags (or #${campaign.hashtag} to every caption)`,
      { field, tag: `#${campaign.hashtag}`, campaign: post.campaign ?? '' },
    ),
  );
}
