/**
 * `npm run bench:search -- --posts N` (default 10000): builds N generated posts with the hub (the
 * benchmark generator's posts), or takes a hub built already with `--site DIR`, serves it on
 * 127.0.0.1 and times searches in Chromium on the search page:
 * - first: the first query typed on an open search page once it has settled (as after the moment
 *   a person takes to type); it loads the index's chunks for its words;
 * - opening: from opening /search/?q=… (Pagefind's script, its WebAssembly and the index) to the
 *   first result on screen;
 * - later: further queries on the same page, submitted whole (as if pasted);
 * - typed: the same further queries typed key by key, then Enter (the page fetches the words of
 *   the index while they are typed), from Enter.
 * - cold: opening /search/?q=… against Pagefind's default UI (`pagefind-ui.js` on a bare page over
 *   the same index, as Starlight ships it), runs alternating; `cold_ratio` is hub ÷ stock, medians;
 * - typo: opening /search/?q=<a frequent word with two letters swapped> until the first corrected
 *   result, and the size of each language's typo vocabulary.
 * Each first query runs in a fresh browser context (an empty cache), as a first visit would.
 * Ends with one line: `bench-search: posts=10000 index_mb=35.1 first_ms=… opening_ms=… later_ms=… typed_ms=…`.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { translator } from '../src/i18n/translator.ts';
import { launchBrowser } from './lib/chromium.ts';
import { folderBytes } from './lib/folders.ts';
import { measure } from './lib/measure.ts';
import { timeFirstResult, timeQuery, timeTypedQuery } from './lib/search-timing.ts';
import { serveStatic } from './lib/static-server.ts';
import { makeVocabulary, mulberry32, postsOption, writeSyntheticContent } from './lib/synthetic-content.ts';
import { STOCK_RESULT, STOCK_PAGE, writeStockSearchPage } from './lib/stock-search-page.ts';
import type { Vocabulary } from '../src/search/vocabulary.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    posts: { type: 'string', default: '10000' },
    site: { type: 'string' },
    keep: { type: 'boolean', default: false },
    runs: { type: 'string', default: '5' },
  },
});

let site = values.site ? resolve(values.site) : undefined;
let work: string | undefined;
if (!site) {
  const posts = postsOption(values.posts);
  work = mkdtempSync(join(tmpdir(), `hub-bench-search-${posts}-`));
  console.log(`bench-search: building ${posts} generated posts in ${work}`);
  writeSyntheticContent({ posts, from: join(root, 'content'), to: join(work, 'content') });
  site = join(work, 'dist');
  const built = await measure(join(root, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: root,
    env: { ...process.env, HUB_CONTENT_DIR: join(work, 'content'), HUB_OUT_DIR: site, HUB_CACHE_DIR: join(work, 'cache') },
  });
  if (built.code !== 0) {
    console.error(`bench-search: the build failed:\n${built.output.slice(-4000)}`);
    process.exit(1);
  }
}
const indexDir = join(site, 'pagefind');
if (!existsSync(indexDir)) {
  console.error(`bench-search: ${site} has no search index (pagefind/); build the hub first`);
  process.exit(2);
}

// Words of the generator's vocabulary, from frequent to rare (the same seed as the posts).
const vocabulary = makeVocabulary(20_000, mulberry32(42));
const firstQueries = [vocabulary[25]!, vocabulary[700]!, vocabulary[5000]!];
const laterQueries = [vocabulary[3]!, vocabulary[60]!, `${vocabulary[40]} ${vocabulary[400]}`, vocabulary[2500]!, vocabulary[12_000]!];

// The typo vocabularies, and from the English one a well-spelled word and a typo of a word.
const vocabularies = Object.fromEntries(
  readdirSync(indexDir)
    .filter((file) => /^vocabulary-.+\.json$/.test(file))
    .map((file) => [file.slice('vocabulary-'.length, -'.json'.length), readFileSync(join(indexDir, file))] as const),
);
if (!vocabularies.en) {
  console.error(`bench-search: ${indexDir} has no vocabulary-en.json; rebuild the hub with this version`);
  process.exit(2);
}
const english = (JSON.parse(vocabularies.en.toString('utf8')) as Vocabulary).words;
const known = new Set(english);
const coldQuery = english.filter((word) => word.length >= 5)[20]!;
const typoOf = english.filter((word) => word.length >= 6 && !known.has(swapped(word)))[10]!;
const typo = swapped(typoOf);
const runs = Math.max(1, Number(values.runs) || 5);

const server = await serveStatic(site);
const browser = await launchBrowser();
const removeStockPage = writeStockSearchPage(site);
try {
  const hubCold: number[] = [];
  const stockCold: number[] = [];
  const typoCold: number[] = [];
  for (let run = 0; run < runs; run++) {
    // Alternating, so that a machine slowing down or speeding up weighs on both alike.
    const order = run % 2 === 0 ? ['hub', 'stock'] : ['stock', 'hub'];
    for (const which of order) {
      if (which === 'hub') hubCold.push(await timeOpening(browser, server.url, coldQuery));
      else stockCold.push(await timeOpening(browser, server.url, coldQuery, `/${STOCK_PAGE}/`, STOCK_RESULT));
    }
    typoCold.push(await timeOpening(browser, server.url, typo, '/search/', '[data-search-correction]:not([hidden]) ~ section .result'));
  }
  const sizes = Object.entries(vocabularies).map(([language, bytes]) => {
    const words = (JSON.parse(bytes.toString('utf8')) as Vocabulary).words.length;
    return `${language}:${words}w/${(gzipSync(bytes).length / 1024).toFixed(1)}KB`;
  });
  console.log(`bench-search: cold opening of /search/?q=${coldQuery}, hub against Pagefind's default UI, ${runs} runs each, alternating`);
  console.log(`bench-search: typo ${typo} (for ${typoOf}) opened cold until its first corrected result`);
  console.log(
    `bench-search: cold_hub_ms=${ms(hubCold)} cold_stock_ms=${ms(stockCold)} cold_ratio=${(median(hubCold) / median(stockCold)).toFixed(2)} ` +
      `typo_ms=${ms(typoCold)} vocabulary=${sizes.join(',')} (words / gzipped)`,
  );

  // The generator's words: only in a hub of generated posts (not, say, the demo).
  if (!known.has(firstQueries[0]!)) console.log('bench-search: not a hub of generated posts; the query timings need one (--posts N)');
  else {
    const first: number[] = [];
    const opening: number[] = [];
    const later: number[] = [];
    const typed: number[] = [];
    for (const [i, query] of firstQueries.entries()) {
      opening.push(await timeOpening(browser, server.url, query));
      const page = await openSearchPage(browser, server.url);
      first.push(await timeQuery(page, query));
      // Later queries, on the page that has loaded the index for the first one.
      if (i === 0) for (const next of laterQueries) later.push(await timeQuery(page, next));
      // The same queries typed, on a fresh page that has loaded the index for the first query.
      if (i === 0) {
        const fresh = await openSearchPage(browser, server.url);
        await timeQuery(fresh, query);
        for (const next of laterQueries) typed.push(await timeTypedQuery(fresh, next));
        await fresh.context().close();
      }
      await page.context().close();
    }
    console.log(`bench-search: queries ${firstQueries.join(', ')} then ${laterQueries.join(', ')}`);
    console.log(
      `bench-search: posts=${countPosts(site)} index_mb=${(folderBytes(indexDir) / 1024 / 1024).toFixed(1)} ` +
        `first_ms=${ms(first)} opening_ms=${ms(opening)} later_ms=${ms(later)} typed_ms=${ms(typed)} ` +
        `first_max_ms=${Math.round(Math.max(...first))} later_max_ms=${Math.round(Math.max(...later))} typed_max_ms=${Math.round(Math.max(...typed))}`,
    );
  }
} finally {
  removeStockPage();
  await browser.close();
  await server.close();
  if (work && !values.keep) rmSync(work, { recursive: true, force: true });
  else if (work) console.log(`bench-search: kept ${work}`);
}

/** Opens the search page in a fresh context and waits until the search is ready. */
async function openSearchPage(browser: Browser, baseUrl: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl });
  const page = await context.newPage();
  await page.goto('/search/');
  const ready = translator('en')('results.start');
  await page.waitForFunction((text) => document.querySelector('[data-search-status]')?.textContent === text, ready);
  // A person needs a moment to type: the page may use it (it loads the index's page list then).
  await page.waitForLoadState('networkidle');
  return page;
}

/** From the start of navigation to `page?q=…` to the first result on screen, in a fresh context (an empty cache). */
async function timeOpening(browser: Browser, baseUrl: string, query: string, page = '/search/', shown?: string): Promise<number> {
  const context = await browser.newContext({ baseURL: baseUrl });
  const at = await timeFirstResult(await context.newPage(), `${page}?q=${encodeURIComponent(query)}`, shown);
  await context.close();
  return at;
}

/** Post pages in the built site (`posts/<slug>/`; `posts/page/` holds the list's later pages). */
function countPosts(dir: string): number {
  return readdirSync(join(dir, 'posts'), { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name !== 'page').length;
}

function ms(list: number[]): string {
  return list.map((n) => Math.round(n)).join(',');
}

function median(list: number[]): number {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The word with its third and fourth letters swapped: a typo of the commonest kind. */
function swapped(word: string): string {
  return `${word.slice(0, 2)}${word[3]}${word[2]}${word.slice(4)}`;
}
