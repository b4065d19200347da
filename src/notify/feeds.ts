import type { HubConfig } from '../schemas/hub.ts';
import { absoluteUrl, pathTo } from '../i18n/routes.ts';
import { translator } from '../i18n/translator.ts';
import { escapeMarkup } from './markup.ts';
import type { Notice } from './notice.ts';

/** File names of the feeds, below each locale's home (`/feed.xml`, `/it/feed.json`). */
export const FEED_FILES = { rss: 'feed.xml', json: 'feed.json' } as const;
export type FeedKind = keyof typeof FEED_FILES;
export const FEED_TYPES: Record<FeedKind, string> = { rss: 'application/rss+xml', json: 'application/feed+json' };

/** The path of a locale's feed, e.g. `/it/feed.xml`. */
export function feedPath(hub: Pick<HubConfig, 'default_locale' | 'base'>, locale: string, kind: FeedKind): string {
  return `${pathTo(hub, locale)}${FEED_FILES[kind]}`;
}

/** What the two feed formats say about themselves. */
export interface FeedMeta {
  title: string;
  description: string;
  language: string;
  homeUrl: string;
  rssUrl: string;
  jsonUrl: string;
  /** The build's moment ("now"). */
  updated: Date;
  organisation: string;
}

export function feedMeta(hub: HubConfig, locale: string, now: Date): FeedMeta {
  const t = translator(locale, hub.default_locale);
  const values = { organisation: hub.organisation };
  return {
    title: t('feed.title', values),
    description: t('feed.description', values),
    language: locale,
    homeUrl: absoluteUrl(hub, pathTo(hub, locale)),
    rssUrl: absoluteUrl(hub, feedPath(hub, locale, 'rss')),
    jsonUrl: absoluteUrl(hub, feedPath(hub, locale, 'json')),
    updated: now,
    organisation: hub.organisation,
  };
}

/** RFC 822 date-time, as RSS 2.0 wants it (`Mon, 16 Nov 2026 00:00:00 GMT`). */
function rfc822(date: Date): string {
  return date.toUTCString();
}

/** Guesses a picture's media type from its file name; renditions are JPEG unless named otherwise. */
export function imageType(url: string): string {
  const extension = /\.(\w+)(?:[?#]|$)/.exec(new URL(url).pathname)?.[1]?.toLowerCase();
  if (extension === 'png') return 'image/png';
  if (extension === 'webp') return 'image/webp';
  return 'image/jpeg';
}

/**
 * An RSS 2.0 feed (https://www.rssboard.org/rss-specification) with the pictures as Media RSS
 * (`media:content`): an `enclosure` would need the file's size in bytes, unknown while building.
 */
export function buildRss(meta: FeedMeta, notices: readonly Notice[]): string {
  const e = escapeMarkup;
  const items = notices.map((notice) => {
    const lines = [
      `      <title>${e(notice.title)}</title>`,
      `      <link>${e(notice.url)}</link>`,
      `      <guid isPermaLink="true">${e(notice.url)}</guid>`,
      `      <description>${e(notice.summary)}</description>`,
      `      <category>${e(notice.category.label)}</category>`,
      ...(notice.campaign ? [`      <category domain="campaign">#${e(notice.campaign.hashtag)}</category>`] : []),
      `      <pubDate>${rfc822(notice.published)}</pubDate>`,
    ];
    if (notice.image) {
      const size = notice.image.width && notice.image.height ? ` width="${notice.image.width}" height="${notice.image.height}"` : '';
      lines.push(
        `      <media:content url="${e(notice.image.url)}" medium="image" type="${imageType(notice.image.url)}"${size}>`,
        `        <media:description type="plain">${e(notice.image.alt)}</media:description>`,
        `      </media:content>`,
      );
    }
    return `    <item>\n${lines.join('\n')}\n    </item>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">',
    '  <channel>',
    `    <title>${e(meta.title)}</title>`,
    `    <link>${e(meta.homeUrl)}</link>`,
    `    <description>${e(meta.description)}</description>`,
    `    <language>${e(meta.language)}</language>`,
    `    <lastBuildDate>${rfc822(meta.updated)}</lastBuildDate>`,
    `    <atom:link href="${e(meta.rssUrl)}" rel="self" type="application/rss+xml"/>`,
    '    <generator>Advocacy Hub</generator>',
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1); only the fields the hub fills. */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  authors: { name: string }[];
  items: JsonFeedItem[];
}

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  content_text: string;
  image?: string;
  date_published: string;
  tags: string[];
  language: string;
}

export function buildJsonFeed(meta: FeedMeta, notices: readonly Notice[]): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: meta.title,
    home_page_url: meta.homeUrl,
    feed_url: meta.jsonUrl,
    description: meta.description,
    language: meta.language,
    authors: [{ name: meta.organisation }],
    items: notices.map((notice) => ({
      id: notice.url,
      url: notice.url,
      title: notice.title,
      summary: notice.summary,
      content_text: notice.summary,
      ...(notice.image ? { image: notice.image.url } : {}),
      date_published: notice.published.toISOString(),
      tags: [notice.category.label, ...(notice.campaign ? [`#${notice.campaign.hashtag}`] : [])],
      language: notice.locale,
    })),
  };
}
