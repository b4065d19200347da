import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FEED_MAX_BYTES, runCurate } from '../../src/curate/curate-command.ts';
import { fetchableUrl } from '../../src/curate/fetch-limited.ts';
import { checkContent } from '../../src/policy/engine.ts';
import { SUMMARY_MAX_LENGTH, createPostSchema } from '../../src/schemas/post.ts';
import { FEEDS, captureIO, hubCopy, localServer, snapshot } from './support.ts';

let work: string;
let content: string;
beforeEach(() => {
  work = hubCopy();
  content = join(work, 'content');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const feed = (name: string) => join(FEEDS, name);
const curate = async (...args: string[]) => {
  const io = captureIO(work);
  const code = await runCurate(args, io);
  return { code, io };
};
const drafts = () => readdirSync(join(content, 'posts', 'en')).filter((name) => name !== 'our-rye-bread-renamed-and-live.md');
const frontMatter = (name: string, locale = 'en') => {
  const text = readFileSync(join(content, 'posts', locale, name), 'utf8');
  return { text, data: parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, unknown> };
};

/** What `npm run check` would say about the content folder: errors only. */
async function checkErrors(): Promise<string[]> {
  const result = await checkContent({ contentDir: content, now: new Date(NOW_DATE) });
  return [...(result.fatal ?? []), ...result.findings].filter((f) => f.severity === 'error').map((f) => `${f.file}:${f.line} ${f.message}`);
}
const NOW_DATE = '2026-11-23';

describe('npm run curate, from feed files', () => {
  it('turns a new RSS item into a draft post and leaves the item the hub already has, although its file was renamed and published', async () => {
    const { code, io } = await curate('--feed', feed('rss-two-items.xml'), '--category', 'news');
    expect(code).toBe(0);
    expect(drafts()).toEqual(['a-new-oven-for-the-harbour-shop.md']);
    const { text, data } = frontMatter('a-new-oven-for-the-harbour-shop.md');
    expect(data).toMatchObject({
      title: 'A new oven for the harbour shop',
      summary: 'The shop by the harbour bakes twice as many loaves from today, with a wood-fired oven built by local masons.',
      category: 'news',
      link: 'https://www.harbour-bakery.example/news/new-oven',
      draft: true,
    });
    expect(data.publish_date).toBe('2026-11-20');
    // A starter caption for every network the hub shows that takes a caption.
    expect(Object.keys(data.captions as object)).toEqual(['linkedin', 'x', 'bluesky', 'whatsapp']);
    expect((data.captions as Record<string, string[]>).x?.[0]).toMatch(/^A new oven for the harbour shop\. The shop by the harbour .* I work at Harbour\.$/);
    expect(text).toContain('# Curated from feed item: "harbour-news-102"');
    expect(io.printed()).toMatch(/RSS, 2 items/);
    expect(io.printed()).toMatch(/1 new, 1 already in the hub/);
    expect(await checkErrors()).toEqual([]);
  });

  it('adds nothing and changes no file on a second run, even after the draft was renamed and published', async () => {
    await curate('--feed', feed('rss-two-items.xml'), '--category', 'news');
    const path = join(content, 'posts', 'en', 'a-new-oven-for-the-harbour-shop.md');
    writeFileSync(join(content, 'posts', 'en', 'wood-fired-oven.md'), readFileSync(path, 'utf8').replace('draft: true', 'draft: false').replace(/^link: .*$/m, ''));
    rmSync(path);
    const before = snapshot(content);
    const { code, io } = await curate('--feed', feed('rss-two-items.xml'), '--category', 'news');
    expect(code).toBe(0);
    expect(snapshot(content)).toEqual(before);
    expect(io.printed()).toMatch(/0 new, 2 already in the hub/);
    expect(io.printed()).toMatch(/No new drafts/);
  });

  it('reads Atom: an HTML summary becomes plain text, a text title stays as written', async () => {
    expect((await curate('--feed', feed('atom-one-entry.xml'), '--category', 'jobs', '--locale', 'it')).code).toBe(0);
    const { data } = frontMatter('we-are-hiring-bakers-in-genoa.md', 'it');
    expect(data).toMatchObject({
      title: 'We are hiring bakers in Genoa',
      summary: 'Early shifts, good bread and a team that cares.',
      link: 'https://careers.harbour-bakery.example/jobs/genoa-bakers',
      category: 'jobs',
    });
    expect(data.publish_date).toBe('2026-11-18');
    expect(await checkErrors()).toEqual([]);
  });

  it('reads JSON Feed', async () => {
    expect((await curate('--feed', feed('json-feed-one-item.json'), '--category', 'news', '--campaign', 'spring-loaves')).code).toBe(0);
    const { data } = frontMatter('how-our-sourdough-starter-turned-ten.md');
    expect(data).toMatchObject({ summary: 'Ten years, three shops and one jar of starter.', campaign: 'spring-loaves', link: 'https://blog.harbour-bakery.example/posts/sourdough-starter' });
    expect(await checkErrors()).toEqual([]);
  });

  it('decodes entities and CDATA once, into plain text', async () => {
    await curate('--feed', feed('rss-entities-and-cdata.xml'), '--category', 'news');
    const [name] = drafts();
    const { data } = frontMatter(name ?? '');
    expect(data.title).toBe('Fish & chips – now with our bread');
    expect(data.summary).toBe('Our soft rolls & the harbour’s café: a Friday “classic”.');
    expect(data.link).toBe('https://www.harbour-bakery.example/news/fish-and-chips?shop=1&day=fri');
    expect(data.publish_date).toBe('2026-11-11');
  });

  it('treats a hostile feed as data: markup becomes text, links that are not https: are skipped with a message', async () => {
    const { code, io } = await curate('--feed', feed('hostile-feed.xml'), '--category', 'news');
    expect(code).toBe(0);
    expect(drafts()).toEqual(['bread-for-everyone.md']);
    const { text, data } = frontMatter('bread-for-everyone.md');
    expect(data.title).toBe('Bread for everyone');
    expect(data.summary).toMatch(/^Loaves for the food bank/);
    for (const code of ['<script', '<iframe', 'onerror', 'onclick', 'alert(', '<style', 'evil.example']) expect(text).not.toContain(code);
    expect(io.printed()).toMatch(/skipped: "A link that runs code": its link "javascript:alert\(document.cookie\)" is a javascript: address/);
    expect(io.printed()).toMatch(/skipped: "A plain http link": .* must use https:\/\//);
    expect(await checkErrors()).toEqual([]);
  });

  it('prints no character of a feed that could act on the terminal: escapes, C1 controls and bidirectional overrides show as \\x1b, \\x9b, \\u202e', async () => {
    const path = join(work, 'terminal.json');
    const items = [
      { id: 't1', url: 'https://www.harbour-bakery.example/t1', title: 'Loaves\u001b[2J\u001b]0;owned\u0007 for \u009b31m all \u202eevil', content_text: 'x' },
      { id: 't2', url: 'javascript:alert(1)', title: 'Runs \u001b[31mcode' },
    ];
    writeFileSync(path, JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items }));
    const { code, io } = await curate('--feed', path, '--category', 'news');
    expect(code).toBe(0);
    const printed = io.printed();
    // Feed text loses its control characters as it is read (they never reach a post either).
    expect(printed).toContain('skipped: "Runs [31mcode"');
    for (const unsafe of ['\u001b', '\u0007', '\u009b', '\u202e']) expect(printed).not.toContain(unsafe);
    const missing = await curate('--feed', join(work, 'no-such\u001b[2J.xml'), '--category', 'news');
    expect(missing.code).toBe(2);
    expect(missing.io.err.join('\n')).toContain('no-such\\x1b[2J.xml cannot be read: there is no such file');
    expect(missing.io.err.join('\n')).not.toContain('\u001b');
  });

  it('trims a long summary to the schema limit, at a word', async () => {
    const long = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const path = join(work, 'long.json');
    writeFileSync(path, JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Long', items: [{ id: 'l', url: 'https://www.harbour-bakery.example/long', title: 'A long story', content_text: long }] }));
    await curate('--feed', path, '--category', 'news');
    const summary = String(frontMatter('a-long-story.md').data.summary);
    expect([...summary].length).toBeLessThanOrEqual(SUMMARY_MAX_LENGTH);
    expect(summary).toMatch(/word\d+…$/);
    expect(await checkErrors()).toEqual([]);
  });

  it('leaves out a draft that would fail the content check, and says why', async () => {
    const path = join(work, 'confidential.json');
    writeFileSync(path, JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'x', items: [{ id: 'c', url: 'https://www.harbour-bakery.example/c', title: 'Confidential: the new menu' }] }));
    const { code, io } = await curate('--feed', path, '--category', 'news');
    expect(code).toBe(0);
    expect(drafts()).toEqual([]);
    expect(io.printed()).toMatch(/"Confidential: the new menu" was taken out again: it would fail the content check/);
  });

  for (const [name, why] of [
    ['broken-feed.xml', /broken-feed\.xml is not a feed/],
    ['not-a-feed.html', /not-a-feed\.html is not a feed: it is not an RSS, Atom or JSON feed/],
  ] as const) {
    it(`stops with exit 2 and writes nothing for ${name}`, async () => {
      const before = snapshot(content);
      const { code, io } = await curate('--feed', feed(name), '--category', 'news');
      expect(code).toBe(2);
      expect(io.err.join('\n')).toMatch(why);
      expect(io.err.join('\n')).toMatch(/Nothing was written\./);
      expect(snapshot(content)).toEqual(before);
    });
  }

  it('writes nothing when one of the feeds in hub.yaml fails, even if another one is fine', async () => {
    const hub = readFileSync(join(content, 'hub.yaml'), 'utf8');
    writeFileSync(
      join(content, 'hub.yaml'),
      `${hub}sources:\n  - { feed: ${feed('rss-two-items.xml')}, locale: en, category: news }\n  - { feed: ${feed('broken-feed.xml')}, locale: en, category: news }\n`,
    );
    const before = snapshot(content);
    expect((await curate()).code).toBe(2);
    expect(snapshot(content)).toEqual(before);
  });

  it('stops with exit 2 and writes nothing for a feed file larger than the limit', async () => {
    const path = join(work, 'huge.xml');
    const item = '<item><title>Loaf</title><link>https://www.harbour-bakery.example/l</link></item>';
    writeFileSync(path, `<rss version="2.0"><channel><title>Huge</title>${item.repeat(Math.ceil(FEED_MAX_BYTES / item.length) + 1)}</channel></rss>`);
    const before = snapshot(content);
    const { code, io } = await curate('--feed', path, '--category', 'news');
    expect(code).toBe(2);
    expect(io.err.join('\n')).toMatch(/larger than 10 MB/);
    expect(snapshot(content)).toEqual(before);
  });

  it('says what to change when the call is wrong', async () => {
    const noCategory = await curate('--feed', feed('rss-two-items.xml'));
    expect(noCategory.code).toBe(2);
    expect(noCategory.io.err.join('\n')).toMatch(/--feed needs a category for its drafts: add --category with one of: news, jobs/);
    // Nothing to do is not a mistake: the daily workflow stays green on a hub without feeds.
    const noSources = await curate();
    expect(noSources.code).toBe(0);
    expect(noSources.io.out.join('\n')).toMatch(/There are no feeds under sources: in content\/hub.yaml, so there is nothing to read/);
    const campaign = await curate('--feed', feed('rss-two-items.xml'), '--category', 'news', '--campaign', 'winter');
    expect(campaign.io.err.join('\n')).toMatch(/the campaign "winter" .* is not a file in content\/campaigns\/; use one of: spring-loaves/);
  });
});

describe('npm run curate, over HTTP from 127.0.0.1', () => {
  let server: Awaited<ReturnType<typeof localServer>>;
  let preview: Buffer;
  let tooSmall: Buffer;
  const rss = (items: string) => `<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>News</title><link>https://www.harbour-bakery.example/</link><description>d</description>${items}</channel></rss>`;
  const item = (slug: string, image?: string) =>
    `<item><title>News about ${slug}</title><link>https://www.harbour-bakery.example/news/${slug}</link><guid>${slug}</guid><description>Something happened at the ${slug}.</description><category>${slug === 'ovens' ? 'Shops' : 'People'}</category>${image ? `<media:content url="${image}" medium="image"/>` : ''}</item>`;
  let feeds: Record<string, string> = {};

  beforeAll(async () => {
    preview = await sharp({ create: { width: 1200, height: 628, channels: 3, background: '#7a3b12' } }).png().toBuffer();
    tooSmall = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#7a3b12' } }).png().toBuffer();
    server = await localServer({
      '/feed.xml': (r) => r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feeds['/feed.xml']),
      '/preview.png': (r) => r.writeHead(200, { 'content-type': 'image/png' }).end(preview),
      '/small.png': (r) => r.writeHead(200, { 'content-type': 'image/png' }).end(tooSmall),
      '/huge.xml': (r) => {
        // No Content-Length: the limit has to hold while reading.
        r.writeHead(200, { 'content-type': 'application/rss+xml' });
        const chunk = Buffer.alloc(1024 * 1024, 'x');
        for (let i = 0; i < 12; i++) r.write(chunk);
        r.end();
      },
      '/slow.xml': (r) => {
        r.writeHead(200, { 'content-type': 'application/rss+xml' });
        r.write('<rss version="2.0">'); // and never more
      },
      '/moved.xml': (r) => r.writeHead(302, { location: 'http://www.harbour-bakery.example/feed.xml' }).end(),
    });
  });
  afterAll(() => server.close());

  it('downloads an item picture into content/media/ and names it in the draft', async () => {
    feeds['/feed.xml'] = rss(item('ovens', server.url('/preview.png')));
    const { code } = await curate('--feed', server.url('/feed.xml'), '--category', 'news');
    expect(code).toBe(0);
    const { data } = frontMatter('news-about-ovens.md');
    expect(data.image).toEqual({ src: 'news-about-ovens.png', alt: 'Picture from the feed item “News about ovens”: describe here what it shows.' });
    expect(readFileSync(join(content, 'media', 'news-about-ovens.png')).equals(preview)).toBe(true);
    expect(await checkErrors()).toEqual([]);
  });

  it('finds the picture of an Atom entry (enclosure link) and of a JSON Feed item (image)', async () => {
    const atom = join(work, 'atom.xml');
    writeFileSync(
      atom,
      `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>urn:a</id><updated>2026-11-20T00:00:00Z</updated><entry><title>Atom with a picture</title><id>urn:a:1</id><link href="https://www.harbour-bakery.example/a1"/><link rel="enclosure" type="image/png" href="${server.url('/preview.png')}"/><updated>2026-11-20T00:00:00Z</updated><summary>An entry.</summary></entry></feed>`,
    );
    const json = join(work, 'feed.json');
    writeFileSync(json, JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: 'j1', url: 'https://www.harbour-bakery.example/j1', title: 'JSON with a picture', content_text: 'An item.', image: server.url('/preview.png') }] }));
    expect((await curate('--feed', atom, '--category', 'news')).code).toBe(0);
    expect((await curate('--feed', json, '--category', 'news')).code).toBe(0);
    expect(frontMatter('atom-with-a-picture.md').data.image).toMatchObject({ src: 'atom-with-a-picture.png' });
    expect(frontMatter('json-with-a-picture.md').data.image).toMatchObject({ src: 'json-with-a-picture.png' });
    expect(await checkErrors()).toEqual([]);
  });

  it('keeps the draft but leaves out a picture the check would refuse, or one not on https:', async () => {
    feeds['/feed.xml'] = rss(item('ovens', server.url('/small.png')) + item('people', 'http://images.example/p.png'));
    const { code, io } = await curate('--feed', server.url('/feed.xml'), '--category', 'news');
    expect(code).toBe(0);
    expect(drafts().sort()).toEqual(['news-about-ovens.md', 'news-about-people.md']);
    expect(frontMatter('news-about-ovens.md').data.image).toBeUndefined();
    expect(readdirSync(join(content, 'media')).filter((name) => name !== '.gitkeep')).toEqual([]);
    expect(io.printed()).toMatch(/news-about-ovens\.md: picture left out: .*300×200 pixels/);
    expect(io.printed()).toMatch(/"News about people": picture left out: its address "http:\/\/images\.example\/p\.png" is not an https: address/);
    expect(await checkErrors()).toEqual([]);
  });

  it('removes every file it wrote and says so in one sentence (exit 2, no stack trace) when writing fails half-way', async () => {
    feeds['/feed.xml'] = rss(item('people') + item('ovens', server.url('/preview.png')));
    // content/media is a file here, so the second item's picture cannot be written.
    rmSync(join(content, 'media'), { recursive: true, force: true });
    writeFileSync(join(content, 'media'), 'not a folder');
    const before = snapshot(content);
    const { code, io } = await curate('--feed', server.url('/feed.xml'), '--category', 'news');
    expect(code).toBe(2);
    expect(snapshot(content)).toEqual(before);
    const said = io.err.join('\n');
    expect(said).toMatch(/^npm run curate stopped while writing the drafts \(.+\); the files it had written are removed again, so the hub is as it was\.$/);
    expect(said).not.toMatch(/\bat .+:\d+:\d+\)?$/m);
  });

  it('applies the filters of a source in hub.yaml', async () => {
    feeds['/feed.xml'] = rss(item('ovens') + item('people') + item('flour'));
    const hub = readFileSync(join(content, 'hub.yaml'), 'utf8');
    writeFileSync(join(content, 'hub.yaml'), `${hub}sources:\n  - feed: ${server.url('/feed.xml')}\n    locale: en\n    category: news\n    feed_categories: [people]\n    exclude: [FLOUR]\n`);
    const { code, io } = await curate();
    expect(code).toBe(0);
    expect(drafts()).toEqual(['news-about-people.md']);
    expect(io.printed()).toMatch(/1 new, 0 already in the hub, 2 left out by the filters/);
  });

  it('stops with exit 2 and writes nothing for a feed larger than the limit, a timeout or a redirect to http:', async () => {
    const before = snapshot(content);
    const huge = await curate('--feed', server.url('/huge.xml'), '--category', 'news');
    expect(huge.code).toBe(2);
    expect(huge.io.err.join('\n')).toMatch(/huge\.xml cannot be read: it is larger than 10 MB, the most the command reads\. Nothing was written\./);
    const slow = await curate('--feed', server.url('/slow.xml'), '--category', 'news', '--timeout', '1');
    expect(slow.code).toBe(2);
    expect(slow.io.err.join('\n')).toMatch(/slow\.xml cannot be read: no complete answer within 1 seconds/);
    const moved = await curate('--feed', server.url('/moved.xml'), '--category', 'news');
    expect(moved.code).toBe(2);
    expect(moved.io.err.join('\n')).toMatch(/redirects to http:\/\/www\.harbour-bakery\.example\/feed\.xml, which is not an https: address/);
    expect(snapshot(content)).toEqual(before);
    expect(existsSync(join(content, 'posts', 'en', 'news-about-ovens.md'))).toBe(false);
  });
});

describe('the summary limit', () => {
  it('is the post schema\'s, with a message that says how long the summary is', () => {
    const schema = createPostSchema({ categories: ['news'], campaigns: [], mediaExists: () => false });
    const post = { title: 't', category: 'news', publish_date: '2026-11-01', captions: { default: 'c' }, why_it_matters: 'w' };
    expect(schema.safeParse({ ...post, summary: 'a'.repeat(SUMMARY_MAX_LENGTH) }).success).toBe(true);
    const result = schema.safeParse({ ...post, summary: 'a'.repeat(SUMMARY_MAX_LENGTH + 1) });
    expect(result.error?.issues[0]?.message).toBe(`is ${SUMMARY_MAX_LENGTH + 1} characters long; shorten it to at most ${SUMMARY_MAX_LENGTH}`);
  });
});

describe('sources in hub.yaml', () => {
  it('says which line to fix when a source names a language or category the hub does not have', async () => {
    const hub = readFileSync(join(content, 'hub.yaml'), 'utf8');
    writeFileSync(join(content, 'hub.yaml'), `${hub}sources:\n  - feed: https://www.harbour-bakery.example/feed.xml\n    locale: fr\n    category: recipes\n`);
    const { code, io } = await curate();
    expect(code).toBe(2);
    // hub.yaml ends with a new line: "sources:" comes on the line after its last one.
    const sourcesLine = hub.split('\n').length;
    expect(io.err.join('\n')).toContain(`hub.yaml:${sourcesLine + 2}: sources[1].locale: "fr" is not a language of this hub; use one of: en, it`);
    expect(io.err.join('\n')).toContain(`hub.yaml:${sourcesLine + 3}: sources[1].category: "recipes" is not a category of this hub; use one of: news, jobs`);
  });
});

describe('which addresses the command reads', () => {
  it('reads https: anywhere, and http: only on this computer and only when allowed', () => {
    expect(fetchableUrl('https://news.harbour-bakery.example/feed.xml', false)?.href).toBe('https://news.harbour-bakery.example/feed.xml');
    expect(fetchableUrl('http://news.harbour-bakery.example/feed.xml', true)).toBeUndefined();
    expect(fetchableUrl('http://127.0.0.1:8080/feed.xml', true)?.host).toBe('127.0.0.1:8080');
    // The pictures of an https: feed from elsewhere never point the command at this computer.
    expect(fetchableUrl('http://127.0.0.1:8080/admin', false)).toBeUndefined();
    expect(fetchableUrl('file:///etc/passwd', true)).toBeUndefined();
  });
});
