import { describe, expect, inject, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { timeFirstResult, timeQuery } from '../../scripts/lib/search-timing.ts';
import { SEARCH_PART_PAGES } from '../build/dist.ts';
import { demoPosts, indexParts } from '../search/built-index.ts';
import { DESKTOP, PHONE, eventually, expectQuiet, useBrowser, watchedPage } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const status = (page: Page) => page.locator('[data-search-status]');
const resultTypes = (page: Page) => page.locator('[data-search-results] .result .tag').allTextContents();
/**
 * Waits for a search's first page of results: the count in the status (it shows with the first
 * result) and then the rest of the first ten, which follow as their details arrive. Returns the count.
 */
async function firstPageShown(page: Page, status: RegExp): Promise<number> {
  await eventually(() => page.locator('[data-search-status]').textContent()).toMatch(status);
  const count = Number(/^\d+/.exec((await page.locator('[data-search-status]').textContent()) ?? '')?.[0]);
  await eventually(() => page.locator('[data-search-results] .result').count()).toBe(Math.min(count, 10));
  return count;
}
const resultLinks = (page: Page) =>
  page.locator('[data-search-results] .result-title a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));

describe('search', () => {
  it('finds a post, a guideline and a FAQ answer from the box on every page', async () => {
    const watched = await watchedPage(browser(), baseUrl, PHONE);
    const { page } = watched;
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search the hub' }).fill('disclose');
    await page.getByRole('searchbox', { name: 'Search the hub' }).press('Enter');
    await page.waitForURL(/\/search\/\?q=disclose$/);
    await firstPageShown(page, /^\d+ results for “disclose”$/);
    await expect(page.getByLabel('What are you looking for?').inputValue()).resolves.toBe('disclose');
    expect(new Set(await resultTypes(page))).toEqual(new Set(['Post', 'Guideline', 'FAQ']));
    await expect(page.locator('[data-search-results] mark').first().textContent()).resolves.toMatch(/^disclos/i);
    expectQuiet(watched);
    await watched.context.close();
  });

  it('fetches what the first search needs once the header box gets focus, and not before', async () => {
    const watched = await watchedPage(browser(), baseUrl, PHONE);
    const { page } = watched;
    const fetched: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/pagefind/')) fetched.push(path.slice('/pagefind/'.length));
    });
    await page.goto('/ms/');
    await page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);
    await page.getByRole('searchbox', { name: 'Cari di hab' }).focus();
    // Malay has no stemmer: Pagefind's language-neutral WebAssembly.
    await eventually(() => [...new Set(fetched)].sort()).toEqual(
      expect.arrayContaining(['pagefind-entry.json', 'pagefind.js', 'wasm.unknown.pagefind', expect.stringMatching(/^pagefind\.ms_[0-9a-f]+\.pf_meta$/)]),
    );
    // The search page asks for Pagefind's script from its <head>, before its own script runs.
    await page.goto('/ms/search/');
    await expect(page.locator('head > link[rel="modulepreload"][href="/pagefind/pagefind.js"]').count()).resolves.toBe(1);
    expectQuiet(watched);
    await watched.context.close();
  });

  it('starts the search from the search page\'s <head>, in one worker, while the page\'s own scripts are still loading', async () => {
    const watched = await watchedPage(browser(), baseUrl, PHONE);
    const { page, context } = watched;
    // One core: the page never adds workers, so every worker seen is one it started.
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => 1 }));
    // The scripts the page's <body> asks for (the page's own, the header's…) are held back until
    // the index chunk of the words in the address has been asked for (or for 20 s).
    const html = await (await context.request.get(`${baseUrl}/search/?q=ebbtide`)).text();
    const bodyScripts = await page.evaluate((html) => {
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      return [...parsed.body.querySelectorAll<HTMLScriptElement>('script[src]')].map((script) => new URL(script.getAttribute('src')!, 'http://x').pathname);
    }, html);
    expect(bodyScripts.length).toBeGreaterThan(0);
    const late = new Set(bodyScripts);
    const isChunk = (path: string) => /^index\/en_[0-9a-f]+\.pf_index$/.test(path);
    const asked: string[] = [];
    let chunkAsked = () => {};
    const chunk = new Promise<void>((resolve) => (chunkAsked = resolve));
    let bodyScriptsArrived = false;
    context.on('request', (request) => {
      const path = new URL(request.url()).pathname + new URL(request.url()).search;
      if (!path.startsWith('/pagefind/') || bodyScriptsArrived) return;
      asked.push(path.slice('/pagefind/'.length));
      if (isChunk(path.slice('/pagefind/'.length))) chunkAsked();
    });
    await context.route(
      (url) => late.has(url.pathname),
      async (route) => {
        await Promise.race([chunk, new Promise((resolve) => setTimeout(resolve, 20_000))]);
        bodyScriptsArrived = true;
        await route.continue();
      },
    );
    await page.goto('/search/?q=ebbtide');
    // Meanwhile, one worker has loaded Pagefind and the index chunk for the words in the address.
    await eventually(() => asked.some(isChunk)).toBe(true);
    expect(asked).toEqual(expect.arrayContaining(['pagefind.js', 'wasm.en.pagefind', expect.stringMatching(/^pagefind-entry\.json\?ts=\d+$/)]));
    expect(page.workers()).toHaveLength(1);
    // The page's script takes that worker over rather than start one of its own.
    await firstPageShown(page, /^\d+ results for “ebbtide”$/);
    expect(page.workers()).toHaveLength(1);
    expectQuiet(watched);
    await context.close();
  });

  it('filters narrow the results, stay in the address, and a FAQ result opens its answer', async () => {
    const watched = await watchedPage(browser(), baseUrl, PHONE);
    const { page } = watched;
    await page.goto('/search/?q=disclose');
    const all = await firstPageShown(page, /^\d+ results for “disclose”$/);

    // On a phone the filters fold away until asked for.
    await page.getByText('Filters', { exact: true }).click();
    await page.getByRole('checkbox', { name: /^FAQ/ }).check();
    await eventually(() => page.url()).toMatch(/[?&]type=faq\b/);
    await eventually(async () => new Set(await resultTypes(page))).toEqual(new Set(['FAQ']));
    const faqs = await firstPageShown(page, /^\d+ results? for “disclose”$/);
    expect(faqs).toBeGreaterThan(0);
    expect(faqs).toBeLessThan(all);
    expect(new Set(await resultTypes(page))).toEqual(new Set(['FAQ']));

    // The address is the search: reloading it gives the same results with the filter ticked.
    await page.reload();
    await eventually(() => status(page).textContent()).toBe(`${faqs} result${faqs === 1 ? '' : 's'} for “disclose”`);
    await expect(page.getByRole('checkbox', { name: /^FAQ/ }).isChecked()).resolves.toBe(true);

    const [first] = await resultLinks(page);
    expect(first).toMatch(/^\/faq\/#[a-z0-9-]+$/);
    await page.locator('[data-search-results] .result-title a').first().click();
    await page.waitForURL(`**${first}`);
    const anchor = first!.split('#')[1]!;
    await expect(page.locator(`[id="${anchor}"]`).textContent()).resolves.toMatch(/\?$/);
    expectQuiet(watched);
    await watched.context.close();
  });

  it('a filter alone lists what it holds, as many as it says', async () => {
    const watched = await watchedPage(browser(), baseUrl, DESKTOP);
    const { page } = watched;
    await page.goto('/search/');
    await eventually(() => status(page).textContent()).toBe('Type a word or two, or pick a filter.');
    const campaign = page.getByRole('checkbox', { name: /^Ebbtide e-bike launch/ });
    const label = await page.locator('label', { has: campaign }).textContent();
    const promised = Number(/\((\d+)\)/.exec(label ?? '')?.[1]);
    expect(promised).toBeGreaterThan(0);
    await campaign.check();
    await firstPageShown(page, new RegExp(`^${promised} results match the filters$`));
    expect(new Set(await resultTypes(page))).toEqual(new Set(['Post']));
    expectQuiet(watched);
    await watched.context.close();
  });

  it('searches every part of an index that comes in parts, as a large hub\'s does', async () => {
    // The test build indexes the demo in parts of a few pages per language (SEARCH_PART_PAGES).
    expect(indexParts().length).toBeGreaterThan(2);
    const live = demoPosts().filter((post) => post.locale === 'ms' && post.state === 'live');
    const watched = await watchedPage(browser(), baseUrl, DESKTOP);
    const { page } = watched;
    await page.goto('/ms/search/?type=post');
    const count = await firstPageShown(page, /^\d+ hasil sepadan dengan penapis$/);
    // More posts than one part holds: all of them, so every part was searched.
    expect(live.length).toBeGreaterThan(SEARCH_PART_PAGES);
    expect(count).toBe(live.length);
    expectQuiet(watched);
    await watched.context.close();
  });

  it('lists the results of all parts best first, in the order Pagefind\'s own merging gives', async () => {
    const watched = await watchedPage(browser(), baseUrl, DESKTOP);
    const { page } = watched;
    // As on a phone or laptop with 4 cores, whatever runs the test: the page opens one worker,
    // and when a search is slow (here the index's words arrive slowly), shares the parts among
    // more workers and merges what they find.
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => 4 }));
    const slowWords = async (route: Route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    };
    await page.route('**/*.pf_index', slowWords);
    await page.goto('/search/?q=ebbtide');
    await firstPageShown(page, /^\d+ results for “ebbtide”$/);
    // The ones opened because the search on the one worker was slow.
    await eventually(() => page.workers().length).toBeGreaterThanOrEqual(Math.min(4, indexParts().length));
    await page.unroute('**/*.pf_index', slowWords);
    await page.getByLabel('What are you looking for?').fill('tidewater');
    const count = await firstPageShown(page, /^\d+ results for “tidewater”$/);
    expect(count).toBeGreaterThan(SEARCH_PART_PAGES);
    // The worker that searched alone has stopped: the parts are shared.
    await eventually(() => page.workers().length).toBe(Math.min(4, indexParts().length));
    // Every page of results, not just the first: the first ten could all come from one part.
    const more = page.locator('[data-search-more]');
    for (let shown = 10; shown < count; shown += 10) {
      await more.click();
      await eventually(() => page.locator('[data-search-results] .result').count()).toBe(Math.min(count, shown + 10));
    }
    const shown = await resultLinks(page);

    // The same search with Pagefind alone, its parts merged into one instance on the page.
    const parts = indexParts().length;
    const expected = await page.evaluate(async (parts) => {
      type Pagefind = {
        init(): Promise<void>;
        preload(term: string): Promise<void>;
        mergeIndex(path: string): Promise<void>;
        search(term: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
      };
      // A string, so that the test runner does not rewrite this import as its own.
      const load = new Function('url', 'return import(url)') as (url: string) => Promise<Pagefind>;
      const pagefind = await load('/pagefind/pagefind.js');
      await pagefind.init();
      await pagefind.preload('');
      const manifest = (await (await fetch('/pagefind/hub-parts.json')).json()) as { parts: Record<string, string[]> };
      const further = manifest.parts.en ?? [];
      if (further.length !== parts - 1) throw new Error(`the page should merge ${parts - 1} parts, not ${further.length}`);
      for (const part of further) await pagefind.mergeIndex(`/pagefind/${part}`);
      const search = await pagefind.search('tidewater');
      return Promise.all(search.results.map(async (result) => (await result.data()).url));
    }, parts);
    expect(shown).toEqual(expected);
    expectQuiet(watched);
    await watched.context.close();
  });

  it('says so plainly when a part of the index cannot be loaded', async () => {
    const watched = await watchedPage(browser(), baseUrl, DESKTOP);
    const { page, context } = watched;
    await context.route('**/pagefind/part-2/**', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto('/search/?q=tidewater');
    await eventually(() => status(page).textContent()).toBe(
      'Search could not load. Reload the page, or browse the categories, the guidelines and the FAQ below.',
    );
    expect(await page.locator('[data-search-results] .result').count()).toBe(0);
    expect(watched.foreignRequests).toEqual([]);
    await context.close();
  });

  it('an Italian page finds Italian results, in Italian words', async () => {
    const watched = await watchedPage(browser(), baseUrl, PHONE);
    const { page } = watched;
    await page.goto('/it/');
    await page.getByRole('searchbox').first().fill('bici');
    await page.getByRole('searchbox').first().press('Enter');
    await page.waitForURL(/\/it\/search\/\?q=bici$/);
    await eventually(() => status(page).textContent()).toMatch(/^\d+ risultati per “bici”$/);
    const links = await resultLinks(page);
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((link) => !link.startsWith('/it/'))).toEqual([]);
    await expect(page.locator('[data-search-results] .tag').first().textContent()).resolves.toBe('Post');
    expectQuiet(watched);
    await watched.context.close();
  });

  it('is quick on the demo index (figures printed; the 10,000-post figures are measured apart)', async () => {
    const watched = await watchedPage(browser(), baseUrl, PHONE);
    const { page } = watched;
    const fromOpening = await timeFirstResult(page, '/search/?q=ebbtide');

    // A first query typed on an open search page loads the index; later ones reuse it.
    await page.goto('/search/');
    await eventually(() => status(page).textContent()).toBe('Type a word or two, or pick a filter.');
    const first = await timeQuery(page, 'hiring');
    const later = [await timeQuery(page, 'warranty'), await timeQuery(page, 'photos'), await timeQuery(page, 'cargo bike')];
    const ms = (n: number) => `${Math.round(n)} ms`;
    console.log(
      `search on the demo index: first results ${ms(fromOpening)} after opening /search/?q=ebbtide; ` +
        `first query on an open page ${ms(first)}; later queries ${later.map(ms).join(', ')}`,
    );
    expect(await page.locator('[data-search-results] .result').count()).toBeGreaterThan(0);
    expectQuiet(watched);
    await watched.context.close();
  });
});
