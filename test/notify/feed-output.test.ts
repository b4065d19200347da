import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { html, testDist } from '../build/dist.ts';
import { all, one, parseXml, type XmlElement } from './read-xml.ts';

const SITE = 'https://hub.tidewater-cycles.example';
const LOCALES = [
  { code: 'en', prefix: '' },
  { code: 'ms', prefix: '/ms' },
  { code: 'it', prefix: '/it' },
];
const EXPIRED_POST = 'summer-service-clinic';
const FUTURE_POST = 'winter-range-preview';
const DRAFT_POST = 'draft-dealer-awards';

const file = (path: string) => readFileSync(join(testDist, path), 'utf8');
const slugOf = (url: string) => /\/posts\/([a-z0-9-]+)\/$/.exec(url)?.[1];

/** The posts listed on a locale's "All posts" page, in order. */
function listedSlugs(prefix: string): string[] {
  return [...html(`${prefix}/posts/`).matchAll(/<a href="(?:\/(?:ms|it))?\/posts\/([a-z0-9-]+)\/"/g)].map((match) => match[1]!);
}

/** An image address of the build: absolute on the hub's site, and a file that exists in the build. */
function expectBuiltImage(url: string): void {
  expect(url.startsWith(`${SITE}/_astro/`)).toBe(true);
  expect(existsSync(join(testDist, new URL(url).pathname))).toBe(true);
}

describe.each(LOCALES)('the RSS feed in $code', ({ code, prefix }) => {
  const rss = parseXml(file(`${prefix}/feed.xml`));
  const channel = one(rss, 'channel');
  const items = all(channel, 'item');
  const text = (item: XmlElement, name: string) => one(item, name).text;

  it('is well-formed RSS 2.0 about this language’s hub', () => {
    expect(rss.name).toBe('rss');
    expect(rss.attributes.version).toBe('2.0');
    expect(one(channel, 'link').text).toBe(`${SITE}${prefix}/`);
    expect(one(channel, 'language').text).toBe(code);
    expect(one(channel, 'atom:link').attributes.href).toBe(`${SITE}${prefix}/feed.xml`);
    expect(one(channel, 'lastBuildDate').text).toBe('Mon, 23 Nov 2026 00:00:00 GMT');
  });

  it('lists exactly the posts of the "All posts" page, newest first, with absolute hub links', () => {
    const slugs = items.map((item) => slugOf(text(item, 'link')));
    expect(slugs).toEqual(listedSlugs(prefix));
    for (const item of items) {
      expect(text(item, 'link')).toMatch(new RegExp(`^${SITE}${prefix}/posts/[a-z0-9-]+/$`));
      expect(text(item, 'guid')).toBe(text(item, 'link'));
      expect(text(item, 'title')).not.toBe('');
      expect(text(item, 'description')).not.toBe('');
      expect(text(item, 'pubDate')).toMatch(/^\w{3}, \d{2} \w{3} \d{4} 00:00:00 GMT$/);
    }
    const dates = items.map((item) => Date.parse(text(item, 'pubDate')));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it('leaves out expired, future and draft posts', () => {
    const slugs = items.map((item) => slugOf(text(item, 'link')));
    for (const slug of [EXPIRED_POST, FUTURE_POST, DRAFT_POST]) expect(slugs).not.toContain(slug);
    for (const item of items) expect(Date.parse(text(item, 'pubDate'))).toBeLessThanOrEqual(Date.parse('2026-11-23'));
  });

  it('gives posts with a picture a built rendition with its description', () => {
    const pictured = items.filter((item) => all(item, 'media:content').length > 0);
    expect(pictured.length).toBeGreaterThan(0);
    for (const item of pictured) {
      const media = one(item, 'media:content');
      expectBuiltImage(media.attributes.url!);
      expect(one(media, 'media:description').text.length).toBeGreaterThan(10);
    }
  });
});

describe.each(LOCALES)('the JSON feed in $code', ({ code, prefix }) => {
  const feed = JSON.parse(file(`${prefix}/feed.json`)) as {
    version: string;
    title: string;
    home_page_url: string;
    feed_url: string;
    language: string;
    items: { id: string; url: string; title: string; content_text?: string; content_html?: string; image?: string; date_published: string; tags: string[] }[];
  };

  it('has the JSON Feed 1.1 required fields and the same posts as the RSS feed', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toMatch(/^Tidewater Cycles: /);
    expect(feed.home_page_url).toBe(`${SITE}${prefix}/`);
    expect(feed.feed_url).toBe(`${SITE}${prefix}/feed.json`);
    expect(feed.language).toBe(code);
    const rssLinks = all(one(parseXml(file(`${prefix}/feed.xml`)), 'channel'), 'item').map((item) => one(item, 'link').text);
    expect(feed.items.map((item) => item.url)).toEqual(rssLinks);
    for (const item of feed.items) {
      expect(item.id).toBe(item.url);
      expect(item.content_text ?? item.content_html).toBeTruthy();
      expect(new Date(item.date_published).toISOString()).toBe(item.date_published);
      expect(item.tags.length).toBeGreaterThan(0);
      if (item.image) expectBuiltImage(item.image);
    }
  });
});

describe('feeds and the "new" marks in the pages', () => {
  it.each(LOCALES)('every page in $code points at its language’s feeds', ({ prefix }) => {
    for (const page of [`${prefix}/`, `${prefix}/posts/ebbtide-launch-day/`, `${prefix}/faq/`]) {
      const head = html(page).split('</head>')[0]!;
      expect(head).toMatch(new RegExp(`<link rel="alternate" type="application/rss\\+xml" title="[^"]*Tidewater Cycles[^"]*" href="${SITE}${prefix}/feed.xml">`));
      expect(head).toMatch(new RegExp(`<link rel="alternate" type="application/feed\\+json" title="[^"]*Tidewater Cycles[^"]*" href="${SITE}${prefix}/feed.json">`));
    }
  });

  it('each card carries its publish date and a hidden "New" mark; the navigation a hidden count', () => {
    const page = html('/');
    const cards = [...page.matchAll(/<article class="post-card" data-published="(\d{4}-\d{2}-\d{2})"/g)];
    expect(cards.length).toBeGreaterThan(3);
    expect(page).toMatch(/<span class="badge" data-new-mark hidden[^>]*>New<\/span>/);
    expect(page).toMatch(/<a href="\/posts\/"[^>]*>All posts<span data-new-count hidden[^>]*><\/span><\/a>/);
    expect(html('/it/')).toMatch(/data-new-mark hidden[^>]*>Nuovo</);
  });

  it('hands the script the publish dates of the language’s current posts, and nothing personal', () => {
    const data = /<div hidden data-new-since data-locale="it" data-dates="([\d -]+)"/.exec(html('/it/faq/'));
    const dates = data?.[1]?.split(' ') ?? [];
    expect(dates).toHaveLength(listedSlugs('/it').length);
    expect(dates.every((date) => date <= '2026-11-23')).toBe(true);
  });
});
