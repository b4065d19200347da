import type { Localized } from '../schemas/common.ts';
import type { HubConfig } from '../schemas/hub.ts';
import { absoluteUrl, pathTo } from '../i18n/routes.ts';
import { formatDate, pickLocalized } from '../i18n/translate.ts';
import type { Translate } from '../i18n/translator.ts';

/** The front matter fields a notification reads (the same for `astro:content` entries and posts read in Node). */
export interface NoticeSource {
  title: string;
  summary: string;
  why_it_matters: string;
  category: string;
  campaign?: string | undefined;
  publish_date: Date;
  image?: { src: string; alt: string } | undefined;
}

/** A post as every notification channel tells it: feed item, digest entry, chat line. */
export interface Notice {
  slug: string;
  locale: string;
  title: string;
  summary: string;
  whyItMatters: string;
  /** The post's page on the hub, absolute: where employees pick a caption and share. */
  url: string;
  category: { id: string; label: string };
  campaign?: { id: string; name: string; hashtag: string } | undefined;
  published: Date;
  /** An absolute URL of a rendition of the post's picture, with its alt text. */
  image?: { url: string; alt: string; width?: number | undefined; height?: number | undefined } | undefined;
}

export interface CampaignFacts {
  name: Localized;
  hashtag: string;
}

/** What the build made of a post's picture: an absolute URL (the alt text comes from the post). */
export interface ImageRendition {
  url: string;
  width?: number | undefined;
  height?: number | undefined;
}

export function toNotice(
  hub: HubConfig,
  post: { slug: string; locale: string; data: NoticeSource },
  campaigns: ReadonlyMap<string, CampaignFacts>,
  image?: ImageRendition,
): Notice {
  const { slug, locale, data } = post;
  const category = hub.categories.find((c) => c.id === data.category);
  const campaign = data.campaign ? campaigns.get(data.campaign) : undefined;
  return {
    slug,
    locale,
    title: data.title,
    summary: data.summary,
    whyItMatters: data.why_it_matters,
    url: absoluteUrl(hub, pathTo(hub, locale, 'posts', slug)),
    category: { id: data.category, label: category ? pickLocalized(category.label, locale, hub.default_locale) : data.category },
    campaign:
      campaign && data.campaign
        ? { id: data.campaign, name: pickLocalized(campaign.name, locale, hub.default_locale), hashtag: campaign.hashtag }
        : undefined,
    published: data.publish_date,
    image: image && data.image ? { ...image, alt: data.image.alt } : undefined,
  };
}

/** A personal link to a hub page: opening it remembers the advocate code in that browser. */
export function personalUrl(url: string, advocateCode: string | undefined): string {
  if (!advocateCode) return url;
  const personal = new URL(url);
  personal.searchParams.set('advocate', advocateCode);
  return personal.href;
}

/** "Product announcements · 16 November 2026 · #EbbtideLaunch": the line above a post's title. */
export function noticeMeta(notice: Notice, locale: string): string {
  return [notice.category.label, formatDate(notice.published, locale), ...(notice.campaign ? [`#${notice.campaign.hashtag}`] : [])].join(' · ');
}

/** "1 new post to share" / "3 new posts to share": the heading of a digest and a chat message. */
export function newsCount(t: Translate, count: number): string {
  return count === 1 ? t('news.count.one') : t('news.count', { count });
}
