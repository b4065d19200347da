import type { NetworkId } from '../schemas/common.ts';
import { absoluteUrl, pathTo } from '../i18n/routes.ts';
import { captionFor, mergeHashtags } from '../share/captions.ts';
import { shareSubject, trackedLink, type ShareSubject } from '../share/compose.ts';
import { NETWORKS, hasOwnCaptions } from '../share/networks.ts';
import type { ContentDocument } from '../reading/document.ts';
import type { RuleContext } from './rule.ts';

/** One caption variant as the share panel would hand it to one network. */
export interface SharedCaption {
  network: NetworkId;
  /** The caption key the variant comes from (`x`, or `default` when the network has none of its own). */
  key: string;
  index: number;
  /** Whether the panel adds the post's hashtags on this network (then `sharedText` includes them). */
  withHashtags: boolean;
}

interface ShareView {
  subject: ShareSubject;
  texts: Map<string, string>;
  links: Map<NetworkId, string>;
  captions?: SharedCaption[];
}

const views = new WeakMap<ContentDocument, ShareView>();

function viewOf(doc: ContentDocument, context: RuleContext): ShareView | undefined {
  const post = doc.post;
  if (!post || !doc.locale || !doc.slug) return undefined;
  let view = views.get(doc);
  if (!view) {
    const subject = shareSubject(context.hub, post, {
      slug: doc.slug,
      locale: doc.locale,
      pageUrl: absoluteUrl(context.hub, pathTo(context.hub, doc.locale, 'posts', doc.slug)),
      campaignHashtag: post.campaign ? context.campaigns.get(post.campaign)?.hashtag : undefined,
    });
    view = { subject, texts: new Map(), links: new Map() };
    views.set(doc, view);
  }
  return view;
}

/**
 * A caption variant as the share panel fills it in: with the post's and the campaign's hashtags
 * added (`mergeHashtags`, as `suggestedCaption` does) where the network uses hashtags.
 */
export function sharedText(doc: ContentDocument, context: RuleContext, key: string, index: number, withHashtags: boolean): string {
  const view = viewOf(doc, context);
  const variant = (doc.post?.captions as Record<string, string[] | undefined> | undefined)?.[key]?.[index] ?? '';
  if (!view || !withHashtags) return variant;
  const memo = `${key}|${index}`;
  let text = view.texts.get(memo);
  if (text === undefined) {
    text = mergeHashtags(variant, view.subject.hashtags);
    view.texts.set(memo, text);
  }
  return text;
}

/**
 * Which caption variants the share panel offers on each network (the network's own, else the
 * `default` ones), decided by the share module's own `captionFor`; `sharedText` gives the text.
 */
export function sharedCaptions(doc: ContentDocument, context: RuleContext): SharedCaption[] {
  const view = viewOf(doc, context);
  const post = doc.post;
  if (!view || !post) return [];
  if (view.captions) return view.captions;
  const shared: SharedCaption[] = [];
  for (const network of context.hub.networks) {
    if (!hasOwnCaptions(network) || (network === 'instagram' && !post.image)) continue;
    const variants = captionFor(post.captions, network);
    const key = Object.entries(post.captions).find(([, list]) => list === variants)?.[0] ?? 'default';
    variants.forEach((_variant, index) => shared.push({ network, key, index, withHashtags: NETWORKS[network].hashtags }));
  }
  view.captions = shared;
  return shared;
}

/** The post's link as shared to a network: UTM parameters added, with the longest advocate code (the worst case). */
export function sharedLink(doc: ContentDocument, context: RuleContext, network: NetworkId): string {
  const view = viewOf(doc, context);
  if (!view) return '';
  let link = view.links.get(network);
  if (link === undefined) {
    link = trackedLink(view.subject, network, 'x'.repeat(context.hub.advocate.code_length));
    view.links.set(network, link);
  }
  return link;
}

/** The hashtags the share panel adds where they are missing: the post's and its campaign's, each once. */
export function sharedHashtags(doc: ContentDocument, context: RuleContext): readonly string[] {
  return viewOf(doc, context)?.subject.hashtags ?? [];
}
