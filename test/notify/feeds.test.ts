import { describe, expect, it } from 'vitest';
import { buildJsonFeed, buildRss, feedMeta, feedPath } from '../../src/notify/feeds.ts';
import type { Notice } from '../../src/notify/notice.ts';
import type { HubConfig } from '../../src/schemas/hub.ts';
import { all, one, parseXml } from './read-xml.ts';

const hub = {
  organisation: 'Harbour Bikes & Co',
  site: 'https://hub.example.org',
  base: '/advocacy/',
  default_locale: 'en',
  locales: [
    { code: 'en', label: 'English' },
    { code: 'it', label: 'Italiano' },
  ],
} as HubConfig;
const NOW = new Date('2026-11-23T00:00:00Z');

const launchWithTrickyText: Notice = {
  slug: 'launch',
  locale: 'en',
  title: 'Bikes & <brakes>: the "Tern" launch\u0007',
  summary: "Disc brakes & a rack that 'just works' ]]> <script>alert(1)</script>",
  whyItMatters: 'Launches drive test rides.',
  url: 'https://hub.example.org/advocacy/posts/launch/',
  category: { id: 'news', label: 'News & views' },
  campaign: { id: 'spring-rides', name: 'Spring rides', hashtag: 'SpringRides' },
  published: new Date('2026-11-16T00:00:00Z'),
  image: { url: 'https://hub.example.org/advocacy/_astro/launch.x1.jpg?v=1&w=2', alt: 'A red bike & its "rack"', width: 1200, height: 630 },
};
const plainPost: Notice = {
  slug: 'workshop',
  locale: 'en',
  title: 'The workshop is open',
  summary: 'Come and see.',
  whyItMatters: 'People like workshops.',
  url: 'https://hub.example.org/advocacy/posts/workshop/',
  category: { id: 'news', label: 'News & views' },
  published: new Date('2026-11-20T00:00:00Z'),
};

describe('feed paths', () => {
  it('sit at each language’s home, below the base path', () => {
    expect(feedPath(hub, 'en', 'rss')).toBe('/advocacy/feed.xml');
    expect(feedPath(hub, 'it', 'json')).toBe('/advocacy/it/feed.json');
  });
});

describe('RSS 2.0', () => {
  const xml = buildRss(feedMeta(hub, 'en', NOW), [plainPost, launchWithTrickyText]);
  const rss = parseXml(xml);
  const channel = one(rss, 'channel');
  const items = all(channel, 'item');

  it('is well-formed XML even with &, <, quotes, "]]>" and control characters in the text', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(one(items[1]!, 'title').text).toBe('Bikes & <brakes>: the "Tern" launch');
    expect(one(items[1]!, 'description').text).toBe("Disc brakes & a rack that 'just works' ]]> <script>alert(1)</script>");
    expect(xml).not.toContain('<script>');
  });

  it('has the channel fields the spec requires, and a self link', () => {
    expect(rss.attributes.version).toBe('2.0');
    expect(one(channel, 'title').text).toBe('Harbour Bikes & Co: posts to share');
    expect(one(channel, 'link').text).toBe('https://hub.example.org/advocacy/');
    expect(one(channel, 'description').text).toContain('Harbour Bikes & Co');
    expect(one(channel, 'language').text).toBe('en');
    expect(one(channel, 'lastBuildDate').text).toBe('Mon, 23 Nov 2026 00:00:00 GMT');
    expect(one(channel, 'atom:link').attributes).toEqual({ href: 'https://hub.example.org/advocacy/feed.xml', rel: 'self', type: 'application/rss+xml' });
  });

  it('gives each post its title, hub link, permanent guid, summary, category, date and picture', () => {
    const item = items[1]!;
    expect(one(item, 'link').text).toBe('https://hub.example.org/advocacy/posts/launch/');
    expect(one(item, 'guid').attributes.isPermaLink).toBe('true');
    expect(all(item, 'category').map((c) => c.text)).toEqual(['News & views', '#SpringRides']);
    expect(one(item, 'pubDate').text).toBe('Mon, 16 Nov 2026 00:00:00 GMT');
    const media = one(item, 'media:content');
    expect(media.attributes).toMatchObject({ url: 'https://hub.example.org/advocacy/_astro/launch.x1.jpg?v=1&w=2', medium: 'image', type: 'image/jpeg', width: '1200' });
    expect(one(media, 'media:description').text).toBe('A red bike & its "rack"');
    expect(all(items[0]!, 'media:content')).toEqual([]);
  });
});

describe('JSON Feed 1.1', () => {
  const feed = JSON.parse(JSON.stringify(buildJsonFeed(feedMeta(hub, 'it', NOW), [launchWithTrickyText]))) as Record<string, unknown> & {
    items: Record<string, unknown>[];
  };

  it('has the required top-level fields', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe('Harbour Bikes & Co: post da condividere');
    expect(feed.home_page_url).toBe('https://hub.example.org/advocacy/it/');
    expect(feed.feed_url).toBe('https://hub.example.org/advocacy/it/feed.json');
    expect(feed.language).toBe('it');
    expect(Array.isArray(feed.items)).toBe(true);
  });

  it('gives every item an id, text content, an RFC 3339 date and an absolute picture', () => {
    const item = feed.items[0]!;
    expect(typeof item.id).toBe('string');
    expect(typeof item.content_text === 'string' || typeof item.content_html === 'string').toBe(true);
    expect(item.date_published).toBe('2026-11-16T00:00:00.000Z');
    expect(item.title).toBe('Bikes & <brakes>: the "Tern" launch\u0007');
    expect(item.image).toBe('https://hub.example.org/advocacy/_astro/launch.x1.jpg?v=1&w=2');
    expect(item.tags).toEqual(['News & views', '#SpringRides']);
  });
});

describe('the XML reader these tests rely on', () => {
  it.each([
    ['crossed tags', '<a><b></a></b>'],
    ['a bare ampersand', '<a>Bikes & brakes</a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['an unquoted attribute', '<a href=x/>'],
    ['an unclosed element', '<rss><channel></rss>'],
    ['two roots', '<a/><b/>'],
    ['a control character', '<a>bell\u0007</a>'],
  ])('rejects %s', (_name, xml) => {
    expect(() => parseXml(xml)).toThrow();
  });
});
