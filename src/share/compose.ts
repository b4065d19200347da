import type { NetworkId } from '../schemas/common.ts';
import type { HubConfig } from '../schemas/hub.ts';
import type { PostData } from '../schemas/post.ts';
import { captionFor, mergeHashtags, variantIndex, type CaptionLists } from './captions.ts';
import { NETWORKS } from './networks.ts';
import { buildShareUrl, messageWithLink } from './share-url.ts';
import { withUtm, type UtmHub } from './utm.ts';

/**
 * Everything about one post that a share needs, JSON-serialisable: the build makes it once
 * per post page and hands it to the browser script; `npm run links` makes it from the file.
 */
export interface ShareSubject {
  hub: UtmHub;
  /** Suggested to people who have not chosen their Mastodon server. */
  mastodonDefault?: string | undefined;
  slug: string;
  locale: string;
  title: string;
  /** What is shared, before UTM: the post's `link`, else its page on the hub. */
  link: string;
  campaign?: string | undefined;
  captions: CaptionLists;
  /** The post's hashtags and its campaign's, without `#`, each once. */
  hashtags: string[];
}

export interface SubjectPlace {
  slug: string;
  locale: string;
  /** The post's page on the hub, absolute. */
  pageUrl: string;
  /** The campaign's hashtag (without `#`), appended once when the caption lacks it. */
  campaignHashtag?: string | undefined;
}

export type SharedPost = Pick<PostData, 'title' | 'link' | 'campaign' | 'captions' | 'hashtags'>;

export function shareSubject(hub: HubConfig, post: SharedPost, place: SubjectPlace): ShareSubject {
  const hashtags: string[] = [];
  for (const tag of [...post.hashtags, ...(place.campaignHashtag ? [place.campaignHashtag] : [])]) {
    const bare = tag.replace(/^#/, '');
    if (bare && !hashtags.some((t) => t.toLowerCase() === bare.toLowerCase())) hashtags.push(bare);
  }
  return {
    hub: { site: hub.site, owned_domains: hub.owned_domains, utm: hub.utm },
    mastodonDefault: hub.mastodon_default_instance,
    slug: place.slug,
    locale: place.locale,
    title: post.title,
    link: post.link ?? place.pageUrl,
    campaign: post.campaign,
    captions: post.captions,
    hashtags,
  };
}

export interface ShareChoice {
  /** The person's advocate code, if they have one. */
  advocate?: string | null | undefined;
  /** The caption as edited by the person; without it, the suggested one. */
  caption?: string | undefined;
  /** Which suggestion ("Another suggestion" cycles it); without it, the one chosen from the code. */
  variant?: number | undefined;
  /** The person's Mastodon server; without it, the hub's default. */
  mastodonInstance?: string | null | undefined;
}

/** The suggested caption for a network: the variant chosen from the code, plus the missing hashtags where they mean something. */
export function suggestedCaption(subject: ShareSubject, network: NetworkId, choice: Pick<ShareChoice, 'advocate' | 'variant'> = {}): string {
  const variants = captionFor(subject.captions, network);
  if (variants.length === 0) return '';
  const index = choice.variant ?? variantIndex(variants.length, choice.advocate);
  const text = variants[((index % variants.length) + variants.length) % variants.length] ?? '';
  return NETWORKS[network].hashtags ? mergeHashtags(text, subject.hashtags) : text;
}

/** The link as shared to `network`: with UTM parameters (and the advocate code) when it is an owned link. */
export function trackedLink(subject: ShareSubject, network: NetworkId, advocate?: string | null): string {
  return withUtm(subject.link, {
    hub: subject.hub,
    network,
    campaign: subject.campaign,
    post: subject.slug,
    advocate: advocate ?? undefined,
    locale: subject.locale,
  });
}

/**
 * The final share URL for one network: the one function behind the page's links, the browser
 * script and `npm run links`. `null` where the network has no web dialog, or for Mastodon when
 * no server is known.
 */
export function composeShareUrl(subject: ShareSubject, network: NetworkId, choice: ShareChoice = {}): string | null {
  return buildShareUrl(network, {
    url: trackedLink(subject, network, choice.advocate),
    text: choice.caption ?? suggestedCaption(subject, network, choice),
    title: subject.title,
    mastodonInstance: choice.mastodonInstance ?? subject.mastodonDefault,
  });
}

/**
 * The text the network's composer ends up with, which is what its limit applies to: the
 * caption, plus the link where the network puts it into the post (X, Threads, Mastodon add it
 * after a space; Bluesky and WhatsApp get it inside the text).
 */
export function textToCount(network: NetworkId, caption: string, link: string): string {
  const facts = NETWORKS[network];
  if (!facts.countsLink) return caption;
  return facts.dialog === 'text-only' ? messageWithLink(caption, link) : `${caption.trimEnd()} ${link}`;
}
