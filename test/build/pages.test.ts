import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { html, testDist } from './dist.ts';

const LOCALES = [
  { code: 'en', prefix: '' },
  { code: 'ms', prefix: '/ms' },
  { code: 'it', prefix: '/it' },
];
const LIVE_POST = 'ebbtide-launch-day';
const EXPIRED_POST = 'summer-service-clinic';
const FUTURE_POST = 'winter-range-preview';
const DRAFT_POST = 'draft-dealer-awards';
const SITE = 'https://hub.tidewater-cycles.example';

/** The content of a meta tag, by property or name. */
function meta(page: string, key: string): string | undefined {
  const tag = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(page);
  return tag?.[1];
}

function postLinks(page: string): string[] {
  return [...page.matchAll(/href="(?:\/(?:ms|it))?\/posts\/([a-z0-9-]+)\/"/g)].map((match) => match[1]!);
}

describe('home page', () => {
  const page = html('/');

  it('is in English with the hub name, the number of posts and the featured posts first', () => {
    expect(page).toMatch(/<html lang="en"/);
    expect(page).toContain('<title>Tidewater Cycles</title>');
    const count = Number(/data-post-count="(\d+)"/.exec(page)?.[1]);
    expect(count).toBeGreaterThanOrEqual(15);
    expect(page).toContain(`${count} posts ready to share`);
    const featured = page.slice(page.indexOf('id="featured-title"'), page.indexOf('id="newest-title"'));
    expect(postLinks(featured)).toContain('ride-to-work-halfway');
  });

  it('lists categories and the campaigns running on the build date', () => {
    expect(page).toContain('href="/categories/product-announcements/"');
    expect(page).toContain('href="/campaigns/ride-to-work-2026/"');
  });

  it('never lists expired, future or draft posts', () => {
    for (const slug of [EXPIRED_POST, FUTURE_POST, DRAFT_POST]) expect(postLinks(page)).not.toContain(slug);
    for (const slug of [EXPIRED_POST, FUTURE_POST, DRAFT_POST]) expect(postLinks(html('/posts/'))).not.toContain(slug);
  });

  it('has a skip link, a meta description, a canonical URL and hreflang alternates', () => {
    expect(page).toMatch(/<a class="skip-link" href="#main">Skip to content<\/a>/);
    expect(meta(page, 'description')).toBeTruthy();
    expect(page).toContain(`<link rel="canonical" href="${SITE}/">`);
    expect(page).toContain(`<link rel="alternate" hreflang="it" href="${SITE}/it/">`);
  });
});

describe.each(LOCALES)('post page in $code', ({ code, prefix }) => {
  const page = html(`${prefix}/posts/${LIVE_POST}/`);

  it('is in its language, with the post, why it matters and the caption variants', () => {
    expect(page).toMatch(new RegExp(`<html lang="${code}"`));
    expect(page).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
    expect(page).toContain('id="why-title"');
    expect(page).toContain('id="captions-title"');
    expect(page).toMatch(/<blockquote[^>]*>[^<]*TidewaterEmployee|<blockquote[^>]*>[^<]*Tidewater/);
  });

  it('has an image with alt text and a 1200×630 link preview with an absolute URL', () => {
    expect(page).toMatch(/<img[^>]+alt="[^"]{10,}"/);
    expect(meta(page, 'og:image')).toMatch(new RegExp(`^${SITE}/_astro/.+\\.jpg$`));
    expect(meta(page, 'og:image:width')).toBe('1200');
    expect(meta(page, 'og:image:height')).toBe('630');
    expect(meta(page, 'twitter:card')).toBe('summary_large_image');
    expect(meta(page, 'og:url')).toBe(`${SITE}${prefix}/posts/${LIVE_POST}/`);
  });

  it('links to the same post in the other languages', () => {
    for (const other of LOCALES.filter((l) => l.code !== code)) {
      expect(page).toContain(`href="${other.prefix}/posts/${LIVE_POST}/" hreflang="${other.code}"`);
    }
  });

  it("names the file of its language's share-panel words, which holds them instead of the page", () => {
    const address = /data-share-texts="(\/share-texts\/([a-z]+)\.[0-9a-f]{12}\.json)"/.exec(page);
    expect(address?.[2]).toBe(code);
    const words = JSON.parse(readFileSync(join(testDist, address![1]!), 'utf8')) as Record<string, string>;
    expect(words['status.linkCopied']).toBeTruthy();
    expect(words['identity.saved']).toContain('{code}');
    // The page itself carries the data of its own post only, not the table of words.
    expect(page).not.toContain(words['setup.invalid']!.replaceAll('"', '&quot;'));
  });
});

describe('expired, future and draft posts', () => {
  it('keeps the expired post page, which says it has expired and offers no sharing', () => {
    const page = html(`/posts/${EXPIRED_POST}/`);
    expect(page).toContain('data-post-state="expired"');
    expect(page).toMatch(/This post expired on September 30, 2026/);
    expect(page).not.toContain('id="share-title"');
    expect(page).not.toContain('data-pagefind-body');
  });

  it('builds no page for a future or a draft post', () => {
    for (const { prefix } of LOCALES) {
      expect(existsSync(join(testDist, prefix, 'posts', FUTURE_POST))).toBe(false);
      expect(existsSync(join(testDist, prefix, 'posts', DRAFT_POST))).toBe(false);
    }
  });
});

describe('FAQ page', () => {
  it.each(LOCALES)('has FAQPage structured data with one entry per question ($code)', ({ prefix }) => {
    const page = html(`${prefix}/faq/`);
    const json = /<script type="application\/ld\+json">(.+?)<\/script>/s.exec(page)?.[1];
    expect(json).toBeDefined();
    const data = JSON.parse(json!) as { '@type': string; mainEntity: { name: string; acceptedAnswer: { text: string } }[] };
    expect(data['@type']).toBe('FAQPage');
    const questions = [...page.matchAll(/<h3 id="([a-z0-9-]+)"/g)];
    expect(questions.length).toBeGreaterThanOrEqual(12);
    expect(data.mainEntity).toHaveLength(questions.length);
    expect(data.mainEntity.every((entry) => entry.name && entry.acceptedAnswer.text && !entry.acceptedAnswer.text.includes('<'))).toBe(true);
  });

  it('gives every question its own anchor, linked from the question itself', () => {
    const page = html('/faq/');
    const questions = [...page.matchAll(/<h3 id="([a-z0-9-]+)"[^>]*>\s*<a href="#([a-z0-9-]+)"/g)];
    expect(questions.length).toBeGreaterThanOrEqual(12);
    for (const [, id, target] of questions) expect(target).toBe(id);
    expect(new Set(questions.map(([, id]) => id)).size).toBe(questions.length);
  });
});

describe('guidelines', () => {
  it('lists the guideline pages in order and links each page to the next', () => {
    const index = html('/guidelines/');
    const order = [...index.matchAll(/href="\/guidelines\/([a-z0-9-]+)\/"/g)].map((m) => m[1]);
    expect(order.slice(0, 2)).toEqual(['social-media-policy', 'brand-style-guide']);
    const policy = html('/guidelines/social-media-policy/');
    expect(policy).toContain('rel="next" href="/guidelines/brand-style-guide/"');
    expect(policy).toContain('id="toc-title"');
  });
});

describe('404 page', () => {
  it('exists at /404.html, says the page was not found and links home in every language', () => {
    const page = html('/404.html');
    expect(page).toContain('Page not found');
    expect(page).toContain('<meta name="robots" content="noindex">');
    for (const { prefix } of LOCALES) expect(page).toContain(`href="${prefix}/"`);
  });
});
