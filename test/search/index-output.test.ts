import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { html, testDist } from '../build/dist.ts';
import { categoryFacet } from '../../src/search/facets.ts';
import { inflatingFetch, isGzippedIndexFile } from '../../src/search/pagefind-files.ts';
import { translator, type UiStringKey } from '../../src/i18n/translator.ts';
import { demoFaqUrls, demoGuidelineUrls, demoPosts, hub, indexEntry, indexedPages, sitePath } from './built-index.ts';

const locales = hub.locales.map(({ code }) => code);
const pages = indexedPages();
const posts = demoPosts();
const urlsIn = (language: string) => pages.filter((page) => page.language === language).map((page) => page.url).sort();

describe('the search index of the demo hub', () => {
  it('has one language per locale', () => {
    expect(Object.keys(indexEntry().languages).sort()).toEqual([...locales].sort());
  });

  it.each(locales)('holds, in %s, exactly the live posts, the guidelines and each FAQ question', (locale) => {
    const expected = [
      ...posts.filter((post) => post.locale === locale && post.state === 'live').map((post) => post.url),
      ...demoGuidelineUrls(locale),
      ...demoFaqUrls(locale),
    ].sort();
    expect(urlsIn(locale)).toEqual(expected);
    expect(indexEntry().languages[locale]?.page_count).toBe(expected.length);
  });

  it('writes its WebAssembly and index files gzipped, with Pagefind\'s signature inside (what the search workers inflate)', async () => {
    const files = readdirSync(join(testDist, 'pagefind'), { recursive: true, encoding: 'utf8' })
      .map((file) => new URL(`/pagefind/${file.split(sep).join('/')}`, 'https://hub.example/'))
      .filter((url) => isGzippedIndexFile(url));
    const kinds = new Set(files.map((url) => url.pathname.slice(url.pathname.lastIndexOf('.'))));
    expect([...kinds].sort()).toEqual(['.pagefind', '.pf_filter', '.pf_fragment', '.pf_index', '.pf_meta']);
    const fromDisk: typeof fetch = async (input) => new Response(readFileSync(join(testDist, decodeURIComponent(new URL(String(input)).pathname))));
    for (const url of files) {
      const inflated = new Uint8Array(await (await inflatingFetch(fromDisk)(url.href)).arrayBuffer());
      expect(new TextDecoder().decode(inflated.slice(0, 12)), url.pathname).toBe('pagefind_dcd');
    }
  });

  it('leaves out drafts, future posts and expired posts', () => {
    const hidden = posts.filter((post) => post.state !== 'live');
    // The demo has one of each on purpose.
    expect(new Set(hidden.map((post) => post.state))).toEqual(new Set(['draft', 'scheduled', 'expired']));
    const indexed = new Set(pages.map((page) => page.url));
    for (const post of hidden) expect(indexed.has(post.url), post.url).toBe(false);
  });

  it('keeps expired pages reachable for old links, but without a searchable body', () => {
    for (const post of posts.filter((p) => p.state === 'expired')) {
      expect(html(post.url)).not.toContain('data-pagefind-body');
    }
    for (const post of posts.filter((p) => p.state === 'draft' || p.state === 'scheduled')) {
      expect(existsSync(join(testDist, post.url, 'index.html')), post.url).toBe(false);
    }
  });

  it('finds FAQ questions one by one, never the FAQ page as a whole', () => {
    const faqPages = locales.map((locale) => sitePath(locale, 'faq'));
    expect(pages.filter((page) => faqPages.includes(page.url))).toEqual([]);
    for (const page of pages.filter((p) => p.filters.type?.[0] === 'faq')) {
      expect(page.url).toMatch(/\/faq\/#.+/);
      expect(page.meta.title, page.url).toBeTruthy();
    }
  });

  it('files each post under its type, category, date and picture', () => {
    const live = new Map(posts.filter((post) => post.state === 'live').map((post) => [post.url, post]));
    for (const page of pages.filter((p) => p.filters.type?.[0] === 'post')) {
      const post = live.get(page.url)!;
      expect(page.filters.category).toEqual([categoryFacet(hub, post.data.category, post.locale)]);
      expect(page.meta.date).toBe(post.data.publish_date.toISOString().slice(0, 10));
      expect(page.filters.network?.length, page.url).toBeGreaterThan(0);
      if (post.data.image) {
        expect(page.meta.image, page.url).toMatch(/\.webp$/);
        expect(existsSync(join(testDist, page.meta.image!.replace(hub.base, '/'))), page.meta.image).toBe(true);
      } else {
        expect(page.meta.image, page.url).toBeUndefined();
      }
    }
  });
});

/** The words a search matches, as Pagefind splits them: letters and digits, lower case. */
function wordsOf(text: string): string[] {
  return text.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether the words of `phrase` follow each other in `text` (how a quoted search matches). */
function holdsPhrase(text: string, phrase: string): boolean {
  return ` ${wordsOf(text).join(' ')} `.includes(` ${wordsOf(phrase).join(' ')} `);
}

describe('what the index holds of each page', () => {
  const byUrl = new Map(pages.map((page) => [page.url, page]));
  const live = posts.filter((post) => post.state === 'live');
  // The interface of a post page: the same on every post, so a search for it would find them all.
  const interfaceKeys: UiStringKey[] = ['post.captions', 'post.captionsIntro', 'post.hashtags', 'post.why', 'post.stakeholders', 'post.context', 'post.link', 'post.share', 'network.default', 'panel.networks', 'setup.summary', 'editor.caption', 'editor.another', 'nav.posts', 'footer.privacy', 'footer.edit'];

  it.each(locales)('in %s, finds no post by its interface text ("Suggested captions", "Hashtags", "Suggestion 1" …)', (locale) => {
    const t = translator(locale, hub.default_locale);
    const texts = [...interfaceKeys.map((key) => t(key)), t('post.variant', { n: 1 }), t('post.variant', { n: 2 })];
    const postPages = live.filter((post) => post.locale === locale);
    expect(postPages.length).toBeGreaterThan(3);
    for (const text of texts) {
      // A page may hold the words only where its own content has them.
      const found = postPages.filter((post) => holdsPhrase(byUrl.get(post.url)!.content, text));
      const fromContent = postPages.filter((post) => holdsPhrase(post.text, text));
      expect(found.map((post) => post.url), `${locale}: "${text}"`).toEqual(fromContent.map((post) => post.url));
    }
  });

  it.each(locales)('in %s, still finds each post by its title, summary, body, captions and hashtags', (locale) => {
    for (const post of live.filter((p) => p.locale === locale)) {
      const indexed = byUrl.get(post.url)!.content;
      expect(holdsPhrase(indexed, post.data.title), post.url).toBe(true);
      expect(holdsPhrase(indexed, post.data.summary), `${post.url}: summary`).toBe(true);
      const firstParagraph = post.body.trim().split(/\n\s*\n/)[0]!.replace(/[*_`[\]]/g, '');
      expect(holdsPhrase(indexed, firstParagraph.split(/\s+/).slice(0, 6).join(' ')), `${post.url}: body`).toBe(true);
      for (const caption of Object.values(post.data.captions).flat()) expect(holdsPhrase(indexed, caption), `${post.url}: ${caption}`).toBe(true);
      for (const tag of post.data.hashtags) expect(wordsOf(indexed), `${post.url}: #${tag}`).toContain(tag.toLocaleLowerCase());
    }
  });

  it.each(locales)('in %s, still finds the guidelines and the FAQ answers by their own words', (locale) => {
    const answers = pages.filter((page) => page.language === locale && ['guideline', 'faq'].includes(page.filters.type?.[0] ?? ''));
    expect(answers.length).toBe(demoGuidelineUrls(locale).length + demoFaqUrls(locale).length);
    for (const page of answers) {
      expect(wordsOf(page.content).length, page.url).toBeGreaterThan(30);
      if (page.filters.type?.[0] === 'guideline') expect(holdsPhrase(page.content, page.meta.title!), page.url).toBe(true);
    }
  });
});

describe('the search UI in the built pages', () => {
  const htmlFiles = readdirSync(testDist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html') && !relative(testDist, entry.parentPath).startsWith('pagefind'))
    .map((entry) => relative(testDist, join(entry.parentPath, entry.name)));
  const searchPages = new Set(locales.map((locale) => `${sitePath(locale, 'search').slice(1)}index.html`));

  it('has a search page in every locale', () => {
    for (const page of searchPages) expect(htmlFiles).toContain(page);
  });

  it('puts a search box for the locale in the header of every page', () => {
    // Every page with the hub's header (the editors' CMS page at /admin/ has its own).
    const hubPages = htmlFiles.map((file) => ({ file, page: readFileSync(join(testDist, file), 'utf8') })).filter(({ page }) => page.includes('class="site-header"'));
    expect(hubPages.length).toBeGreaterThan(locales.length * 5);
    for (const { file, page } of hubPages) {
      const locale = /<html lang="([^"]+)"/.exec(page)?.[1] ?? '';
      expect(page, file).toContain(`action="${hub.base}${locale === hub.default_locale ? '' : `${locale}/`}search/"`);
      expect(page, file).toMatch(/<form class="site-search"[^>]*role="search"/);
    }
  });

  it('loads Pagefind on the search page only (elsewhere the header box names it, to fetch once it gets focus)', () => {
    const named = ` data-search-bundle="${hub.base}pagefind/pagefind.js"`;
    for (const file of htmlFiles) {
      const built = readFileSync(join(testDist, file), 'utf8');
      const page = searchPages.has(file) ? built : built.replace(named, '');
      const scripts = [...page.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => readFileSync(join(testDist, match[1]!.replace(hub.base, '/')), 'utf8'));
      const mentionsPagefind = [page, ...scripts].some((text) => text.includes('pagefind.js'));
      expect(mentionsPagefind, file).toBe(searchPages.has(file));
    }
  });

  it.each(locales)('offers in %s exactly the filter options the index holds, with their counts', (locale) => {
    const offered = [...html(sitePath(locale, 'search')).matchAll(/<input type="checkbox" name="([^"]+)" value="([^"]*)"[^>]*>.*?<span class="count"[^>]*>\((\d+)\)<\/span>/g)].map(
      ([, name, value, count]) => `${name}=${decode(value!)} (${count})`,
    );
    const indexed = new Map<string, number>();
    for (const page of pages.filter((p) => p.language === locale)) {
      for (const [name, values] of Object.entries(page.filters)) for (const value of values) indexed.set(`${name}=${value}`, (indexed.get(`${name}=${value}`) ?? 0) + 1);
    }
    expect(offered.sort()).toEqual([...indexed].map(([option, count]) => `${option} (${count})`).sort());
  });

  it('tells people without JavaScript where to browse instead', () => {
    for (const locale of locales) {
      const page = html(sitePath(locale, 'search'));
      expect(page).toMatch(/<noscript>.*JavaScript.*<\/noscript>/s);
      for (const category of hub.categories) expect(page).toContain(`href="${hub.base}${locale === hub.default_locale ? '' : `${locale}/`}categories/${category.id}/"`);
      expect(page).toContain(`${locale === hub.default_locale ? '' : `${locale}/`}guidelines/"`);
      expect(page).toContain(`${locale === hub.default_locale ? '' : `${locale}/`}faq/"`);
    }
  });
});

function decode(value: string): string {
  return value.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}
