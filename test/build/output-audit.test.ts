import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { loadHubConfig } from '../../src/reading/hub-config.ts';
import { auditBuiltPages, auditSite } from '../../src/integrations/output-audit.ts';
import { publishSite, PENDING_INDEX } from '../../src/integrations/publish.ts';
import { readBuiltPages } from '../../src/search/built-pages.ts';
import { fakePagefind } from '../search/fake-pagefind.ts';
import { auditPage } from '../../src/lib/built-page-audit.ts';
import { srcsetUrls } from '../../src/lib/srcset.ts';
import { repoRoot, testDist } from './dist.ts';

const options = { resourceHosts: ['hub.example.org', 'media.example.com'] };
const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>\n${body}\n</body></html>`;
const problems = (body: string) => auditPage(page(body), options).map((problem) => problem.message);

describe('the audit of built pages refuses what could run code or load from another host', () => {
  const hostile: [what: string, html: string, words: RegExp][] = [
    ['handler glued to a quoted value', '<img src="x"onerror="alert(1)">', /^<img> onerror: an event handler runs script/],
    ['handler after a slash on svg', '<svg/onload=alert(1)>', /^<svg> onload: an event handler/],
    ['handler after a slash on div', '<div/onmouseover="alert(1)">x</div>', /^<div> onmouseover: an event handler/],
    ['handler in capitals', '<p OnClick="alert(1)">x</p>', /^<p> onclick: an event handler/],
    ['handler inside a template', '<template><img src="/a.png" onerror="alert(1)"></template>', /^<img> onerror/],
    ['img breaking out of svg style (mXSS)', '<svg><style><img src=x onerror=alert(1)></style></svg>', /^<img> onerror/],
    ['img after a noscript that ends inside an attribute', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', /^<img> onerror/],
    ['javascript: link with leading spaces', '<a href="  javascript:alert(1)">x</a>', /^<a> href: ".*" is a javascript: address/],
    ['javascript: link with a tab and a line break inside', '<a href="java\tscr\nipt:alert(1)">x</a>', /^<a> href: "java\\tscr\\nipt:alert\(1\)" is a javascript: address/],
    ['javascript: link written with entities', '<a href="&#x6A;avascript&colon;alert(1)">x</a>', /^<a> href: .* is a javascript: address/],
    ['javascript: in an SVG xlink:href', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>', /^<a> xlink:href: .* javascript: address/],
    ['javascript: set by an SVG <set to>', '<svg><a><set attributeName="href" to="javascript:alert(1)"/><text>x</text></a></svg>', /^<set> to: .* javascript: address/],
    ['javascript: among SVG <animate values>', '<svg><a><animate attributeName="href" values="/ok/;javascript:alert(1)"/></a></svg>', /^<animate> values: .* javascript: address/],
    ['javascript: form action', '<form action="javascript:alert(1)"><button>go</button></form>', /^<form> action: .* javascript: address/],
    ['javascript: formaction', '<form action="/search/"><button formaction="javascript:alert(1)">go</button></form>', /^<button> formaction/],
    ['data: object', '<object data="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"></object>', /^<object> data: .* is a data: address/],
    ['vbscript: link', '<a href="vbscript:msgbox(1)">x</a>', /vbscript: address/],
    ['a frame page written inside an attribute', '<iframe srcdoc="<img src=x onerror=alert(1)>"></iframe>', /^<iframe> srcdoc: a page written inside an attribute/],
    ['tracking pixel', '<img src="https://tracker.example/p.png" alt="">', /^<img> src: .* loads from tracker\.example/],
    ['tracker in a srcset', '<img src="/a.png" srcset="/a.png 1x, https://tracker.example/p.png 2x" alt="">', /^<img> srcset: .* loads from tracker\.example/],
    ['tracker in a picture source', '<picture><source srcset="https://tracker.example/p.webp"><img src="/a.png" alt=""></picture>', /^<source> srcset: .* tracker\.example/],
    ['video poster from another host', '<video poster="https://tracker.example/p.jpg"></video>', /^<video> poster: .* tracker\.example/],
    ['audio from another host', '<audio src="https://tracker.example/a.mp3"></audio>', /^<audio> src/],
    ['stylesheet from a CDN', '<link rel="stylesheet" href="https://cdn.example/x.css">', /^<link> href: .* loads from cdn\.example/],
    ['script from a CDN', '<script src="https://cdn.example/x.js"></script>', /^<script> src: .* cdn\.example/],
    ['frame from another host', '<iframe src="https://evil.example/"></iframe>', /^<iframe> src: .* evil\.example/],
    ['SVG image from another host', '<svg><image href="https://tracker.example/p.svg"/></svg>', /^<image> href: .* tracker\.example/],
    ['base pointing elsewhere', '<base href="https://evil.example/">', /^<base> href: .* evil\.example/],
    ['http: picture', '<img src="http://media.example.com/a.png" alt="">', /^<img> src: .* must use https:\/\//],
  ];
  it.each(hostile)('%s', (_what, html, words) => {
    const found = problems(html);
    expect(found.length, html).toBeGreaterThanOrEqual(1);
    expect(found.some((message) => words.test(message)), found.join('\n')).toBe(true);
  });

  it('names the line of the page where the element starts', () => {
    const [problem] = auditPage(page('<p>fine</p>\n<p>fine</p>\n<img src="/a.png" onerror="alert(1)">'), options);
    expect(problem?.line).toBe(4);
  });

  it('accepts what the hub writes: links anywhere on https, mail and phone links, its own and listed hosts’ pictures', () => {
    expect(
      problems(`
        <link rel="canonical" href="https://hub.example.org/posts/x/"><link rel="alternate" hreflang="it" href="/it/posts/x/">
        <link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/a.js"></script>
        <a href="https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fhub.example.org%2F">Share</a>
        <a href="mailto:?subject=Hi&amp;body=x">Mail</a> <a href="tel:+441234">Call</a> <a href="#top">Top</a> <a href="../guide/">Guide</a>
        <img src="/_astro/a.webp" srcset="/_astro/a-400.webp 400w, /_astro/a-800.webp 800w" alt="">
        <img src="https://media.example.com/p.jpg" alt=""> <img src="https://hub.example.org/og.png" alt="">
        <form action="/search/" method="get"><input name="q"><button>Search</button></form>
        <svg viewBox="0 0 1 1"><use href="/icons.svg#share"/></svg>
        <p data-src="https://anything.example/" title="javascript:alert(1) is only words here">text</p>`),
    ).toEqual([]);
  });

  it('reads srcset as browsers do: commas inside a URL belong to it', () => {
    expect(srcsetUrls('data:image/png;base64,AAA= 1x, /b.png 2x,/c.png')).toEqual(['data:image/png;base64,AAA=', '/b.png', '/c.png']);
    expect(srcsetUrls('/a.png 100w (max-width: 2px), /b.png')).toEqual(['/a.png', '/b.png']);
  });
});

const work = mkdtempSync(join(tmpdir(), 'output-audit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A built site and a content folder with one post, in a temporary directory. */
function fixtureSite(pages: Record<string, string>): { siteDir: string; contentDir: string } {
  const siteDir = join(work, `site-${Object.keys(pages).length}-${Math.random().toString(36).slice(2)}`);
  const contentDir = join(siteDir, '..', `${siteDir.split('/').pop()}-content`);
  mkdirSync(join(contentDir, 'posts', 'en'), { recursive: true });
  writeFileSync(join(contentDir, 'posts', 'en', 'Launch Day.md'), '---\ntitle: x\n---\n');
  for (const [name, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(siteDir, name)), { recursive: true });
    writeFileSync(join(siteDir, name), html);
  }
  return { siteDir, contentDir };
}

const hub = { site: 'https://hub.example.org', base: '/', default_locale: 'en', locales: [{ code: 'en' }, { code: 'it' }], resource_hosts: [] } as unknown as Parameters<
  typeof publishSite
>[0]['audit']['hub'];

/** Runs the publish step (audit and search index) over a built site as `astro build` does, with a stand-in Pagefind. */
function publish(siteDir: string, contentDir: string, pagefind = fakePagefind(), cacheDir?: string) {
  const integration = publishSite({ audit: { contentDir, hub, cacheDir }, pagefind: async () => pagefind.api });
  const hook = integration.hooks['astro:build:done'];
  const logged: string[] = [];
  const logger = { info: (line: string) => logged.push(line), warn: (line: string) => logged.push(line), fork: () => logger } as unknown as AstroIntegrationLogger;
  const run = async () => hook?.({ dir: pathToFileURL(`${siteDir}/`), logger } as unknown as Parameters<NonNullable<typeof hook>>[0]);
  return { run, logged, pagefind };
}

describe('the build fails on a page the audit refuses, naming the page and its content file', () => {
  it('stops with an error that names the page, the post it comes from and the line', async () => {
    const { siteDir, contentDir } = fixtureSite({
      'index.html': page('<p>fine</p>'),
      'posts/launch-day/index.html': page('<img src="https://tracker.example/p.png" alt="">'),
      'guidelines/x/index.html': page('<a href="javascript:alert(1)">x</a>'),
    });
    const { run, pagefind } = publish(siteDir, contentDir);
    await expect(run()).rejects.toMatchObject({
      name: 'AstroUserError',
      message: 'The built site has 2 pages that could run code or load from another host, so it was not published.',
    });
    const hint = await run().catch((error: { hint: string }) => error.hint);
    expect(hint).toMatch(/^guidelines\/x\/index\.html\n {2}line 2: <a> href: "javascript:alert\(1\)" is a javascript: address/);
    expect(hint).toMatch(/\nposts\/launch-day\/index\.html \(made from .*posts\/en\/Launch Day\.md\)\n {2}line 2: <img> src: .* loads from tracker\.example/);
    // The site was indexed meanwhile, aside: a refused site gets no search index, and nothing is left behind.
    expect(pagefind.calls.map((call) => call.step)).toContain('writeFiles');
    expect(existsSync(join(siteDir, 'pagefind'))).toBe(false);
    expect(existsSync(join(siteDir, PENDING_INDEX))).toBe(false);
  });

  it('moves the search index into place only once the audit passed, and says what it did', async () => {
    const { siteDir, contentDir } = fixtureSite({ 'index.html': page('<p>fine</p>'), 'posts/launch-day/index.html': page('<img src="/a.png" alt="">') });
    const { run, logged } = publish(siteDir, contentDir);
    await run();
    expect(readdirSync(join(siteDir, 'pagefind'))).toContain('hub-parts.json');
    expect(existsSync(join(siteDir, PENDING_INDEX))).toBe(false);
    expect(logged[0]).toMatch(/^audited 2 pages in [\d.]+ s: no event handlers/);
    expect(logged[1]).toMatch(/^pagefind: indexed \d+ pages? in [\d.]+ s/);
  });

  it('reports the refused pages, not Pagefind\'s error, when both fail', async () => {
    const { siteDir, contentDir } = fixtureSite({ 'index.html': page('<a href="javascript:alert(1)">x</a>') });
    const { run } = publish(siteDir, contentDir, fakePagefind({ writeFiles: ['disk full'] }));
    await expect(run()).rejects.toMatchObject({ message: 'The built site has 1 page that could run code or load from another host, so it was not published.' });
    expect(existsSync(join(siteDir, 'pagefind'))).toBe(false);
  });

  it('fails with Pagefind\'s words when only the index fails, leaving no index', async () => {
    const { siteDir, contentDir } = fixtureSite({ 'index.html': page('<p>fine</p>') });
    const { run } = publish(siteDir, contentDir, fakePagefind({ writeFiles: ['disk full'] }));
    await expect(run()).rejects.toThrow(/Pagefind could not write the index .*:\n {2}disk full/);
    expect(existsSync(join(siteDir, 'pagefind'))).toBe(false);
    expect(existsSync(join(siteDir, PENDING_INDEX))).toBe(false);
  });

  it('audits in worker threads what the publish step read, with the same findings as in this thread', async () => {
    const pages: Record<string, string> = {};
    for (let i = 0; i < 450; i++) pages[`posts/p${i}/index.html`] = page(i % 150 === 7 ? '<img src="https://tracker.example/p.png" alt="">' : `<p>post ${i}</p>`);
    const { siteDir, contentDir } = fixtureSite(pages);
    const inThread = await auditSite(siteDir, { contentDir, hub });
    const inWorkers = await auditBuiltPages(siteDir, readBuiltPages(siteDir), { contentDir, hub, workers: 2 });
    expect(inWorkers).toEqual(inThread);
    expect(inWorkers.filter((p) => p.problems.length > 0).map((p) => p.page)).toEqual(['posts/p157/index.html', 'posts/p307/index.html', 'posts/p7/index.html']);
  });

  it('finds the file of a page whose name has an accent written as a letter plus a mark, as Astro names the page', async () => {
    const { siteDir, contentDir } = fixtureSite({ 'posts/cafe\u0301/index.html': page('<img src="https://tracker.example/p.png" alt="">') });
    writeFileSync(join(contentDir, 'posts', 'en', 'Cafe\u0301.md'), '---\ntitle: x\n---\n');
    const [audited] = await auditSite(siteDir, { contentDir, hub });
    expect(audited?.source).toMatch(/posts\/en\/Cafe\u0301\.md$/);
  });

  it('lets a clean site through', async () => {
    const { siteDir, contentDir } = fixtureSite({ 'index.html': page('<p>fine</p>'), 'posts/launch-day/index.html': page('<img src="/a.png" alt="">') });
    expect((await auditSite(siteDir, { contentDir, hub })).flatMap((p) => p.problems)).toEqual([]);
  });
});

describe('a rebuild audits only the pages whose bytes did not pass before', () => {
  it('reads again only a changed page, and never takes a refused page for a passed one', async () => {
    const { siteDir, contentDir } = fixtureSite({ 'index.html': page('<p>fine</p>'), 'posts/launch-day/index.html': page('<img src="/a.png" alt="">') });
    const cacheDir = join(siteDir, '..', `${siteDir.split('/').pop()}-cache`);
    const audit = (settings = hub) => auditSite(siteDir, { contentDir, hub: settings, cacheDir });
    const reused = (pages: Awaited<ReturnType<typeof auditSite>>) => pages.filter((p) => p.passedBefore).map((p) => p.page);

    expect(reused(await audit())).toEqual([]);
    expect(reused(await audit())).toEqual(['index.html', 'posts/launch-day/index.html']);

    // The post now loads a tracker: its new bytes are read, and refused, every time.
    writeFileSync(join(siteDir, 'posts/launch-day/index.html'), page('<img src="https://tracker.example/p.png" alt="">'));
    for (let run = 0; run < 2; run++) {
      const pages = await audit();
      expect(reused(pages)).toEqual(['index.html']);
      expect(pages.find((p) => p.page === 'posts/launch-day/index.html')).toMatchObject({ source: expect.stringMatching(/Launch Day\.md$/), problems: [{ line: 2 }] });
    }

    // Other settings are another audit: nothing passed it yet.
    expect(reused(await audit({ ...hub, resource_hosts: ['tracker.example'] }))).toEqual([]);
  });
});

describe('the real build passes the audit', () => {
  it('finds nothing on any page of the test build, /admin/ included', async () => {
    const pages = await auditSite(testDist, { contentDir: join(repoRoot, 'content'), hub: loadHubConfig(join(repoRoot, 'content')) });
    expect(pages.length).toBeGreaterThan(50);
    expect(pages.map((p) => p.page)).toContain('admin/index.html');
    expect(pages.filter((p) => p.problems.length > 0)).toEqual([]);
  });
});
