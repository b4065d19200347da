import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeSummary, indexSite, SearchIndexError } from '../../src/search/index-site.ts';
import { PARTS_FILE } from '../../src/search/parts.ts';
import * as pagefind from 'pagefind';
import { fakePagefind } from './fake-pagefind.ts';

const fixture = fileURLToPath(new URL('./fixtures/built-site-with-faq', import.meta.url));
const made: string[] = [];
afterEach(() => {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A fresh copy of a built site: indexing writes into it. */
function copyOf(folder: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'hub-index-site-'));
  made.push(copy);
  cpSync(folder, copy, { recursive: true });
  return copy;
}

/** A built site of searchable pages (`lang: count`), plus a list page and the FAQ fixture pages. */
function siteWith(counts: Record<string, number>): string {
  const built = copyOf(fixture);
  const write = (file: string, html: string) => {
    mkdirSync(dirname(join(built, file)), { recursive: true });
    writeFileSync(join(built, file), html);
  };
  for (const [lang, count] of Object.entries(counts)) {
    const prefix = lang === 'en' ? '' : `${lang}/`;
    for (let i = 1; i <= count; i++) {
      write(`${prefix}posts/post-${i}/index.html`, `<!doctype html><html lang="${lang}"><body><main data-pagefind-body><h1>Post ${i}</h1></main></body></html>`);
    }
  }
  write('posts/page/2/index.html', '<!doctype html><html lang="en"><body><main><h1>All posts, page 2</h1></main></body></html>');
  rmSync(join(built, 'posts', 'e-bike'), { recursive: true });
  return built;
}

let site = '';
beforeEach(() => {
  site = copyOf(fixture);
});

describe('indexing a built site', () => {
  it('adds the built folder, one record per FAQ question with its anchor, then writes the index', async () => {
    const pagefind = fakePagefind();
    const summary = await indexSite(pagefind.api, { siteDir: site });

    expect(pagefind.calls.map((call) => call.step)).toEqual(['createIndex', 'addDirectory', 'addHTMLFile', 'addHTMLFile', 'addHTMLFile', 'writeFiles', 'deleteIndex']);
    expect(pagefind.added.map((record) => record.url)).toEqual(['/faq/#office-photos', '/faq/#own-words', '/it/faq/#foto-ufficio']);
    expect(pagefind.added[2]?.content).toContain('<html lang="it">');
    expect(pagefind.calls[1]?.argument).toEqual({ path: site });
    expect(pagefind.calls.at(-2)?.argument).toEqual({ outputPath: `${site}/pagefind` });
    // No entry file from the fake: the count falls back to what Pagefind reported.
    expect(summary.pages).toBe(6);
    expect(summary.parts).toBe(1);
    expect(JSON.parse(readFileSync(join(site, 'pagefind', PARTS_FILE), 'utf8'))).toEqual({ parts: {} });
    expect(pagefind.closedCount()).toBe(1);
  });

  it('prints the line the benchmark reads', () => {
    const line = describeSummary({ pages: 42, languages: { en: 20, ms: 11, it: 11 }, seconds: 0.84, outputPath: '', parts: 1, vocabulary: {} });
    expect(line).toBe('pagefind: indexed 42 pages in 0.8 s (en 20, ms 11, it 11)');
    expect(line).toMatch(/indexed (\d+) pages? in ([\d.]+) ?s/);
    expect(describeSummary({ pages: 5000, languages: { en: 5000 }, seconds: 9.04, outputPath: '', parts: 3, vocabulary: {} })).toBe(
      'pagefind: indexed 5000 pages in 9.0 s (en 5000), in 3 parts',
    );
    const vocabulary = { en: { words: 1595, bytes: 18_286 }, it: { words: 2102, bytes: 26_251 } };
    expect(describeSummary({ pages: 50, languages: { en: 25, it: 25 }, seconds: 1, outputPath: '', parts: 1, vocabulary })).toBe(
      'pagefind: indexed 50 pages in 1.0 s (en 25, it 25); typo vocabulary: en 1595 words, 18 KB; it 2102 words, 26 KB',
    );
  });
});

describe('a hub with more searchable pages than one part holds', () => {
  it('is indexed in parts of at most that many pages per language, listed for the search page', async () => {
    const built = siteWith({ en: 5, it: 2 });
    const before = readdirSync(built, { recursive: true }).sort();
    const pagefind = fakePagefind();
    const summary = await indexSite(pagefind.api, { siteDir: built, pagesPerPart: 2 });

    expect(summary.parts).toBe(3);
    // Each part sees only its pages: the first part has a slice of every language; list pages
    // (no data-pagefind-body) and the FAQ pages (added as records) are in none.
    expect(pagefind.folders).toEqual([
      ['it/posts/post-1/index.html', 'it/posts/post-2/index.html', 'posts/post-1/index.html', 'posts/post-2/index.html'],
      ['posts/post-3/index.html', 'posts/post-4/index.html'],
      ['posts/post-5/index.html'],
    ]);
    expect(pagefind.calls.filter((call) => call.step === 'addHTMLFile')).toHaveLength(3);
    const onePart = ['createIndex', 'addDirectory', 'writeFiles', 'deleteIndex'];
    expect(pagefind.calls.map((call) => call.step).filter((step) => step !== 'addHTMLFile')).toEqual([...onePart, ...onePart, ...onePart]);
    expect(pagefind.calls.filter((call) => call.step === 'writeFiles').map((call) => call.argument)).toEqual([
      { outputPath: join(built, 'pagefind') },
      { outputPath: join(built, 'pagefind', 'part-2') },
      { outputPath: join(built, 'pagefind', 'part-3') },
    ]);
    expect(JSON.parse(readFileSync(join(built, 'pagefind', PARTS_FILE), 'utf8'))).toEqual({ parts: { en: ['part-2/', 'part-3/'] } });
    expect(summary.pages).toBe(7 + 3);
    // The built pages are as they were; the working folders are gone.
    expect(readdirSync(built, { recursive: true }).filter((file) => !String(file).startsWith('pagefind')).sort()).toEqual(before);
    expect(pagefind.closedCount()).toBe(1);
  });

  it('is indexed whole when no language has more pages than a part', async () => {
    const built = siteWith({ en: 2, it: 2 });
    const pagefind = fakePagefind();
    const summary = await indexSite(pagefind.api, { siteDir: built, pagesPerPart: 2 });
    expect(summary.parts).toBe(1);
    expect(pagefind.calls[1]?.argument).toEqual({ path: built });
    expect(JSON.parse(readFileSync(join(built, 'pagefind', PARTS_FILE), 'utf8'))).toEqual({ parts: {} });
  });

  it('fails the build with Pagefind\'s words when a later part fails, and tidies up', async () => {
    const built = siteWith({ en: 5 });
    const pagefind = fakePagefind({}, { failOnCall: { step: 'writeFiles', call: 2, errors: ['no space left on device'] } });
    const failure = indexSite(pagefind.api, { siteDir: built, pagesPerPart: 2 });
    await expect(failure).rejects.toThrow(`Pagefind could not write the index to ${join(built, 'pagefind', 'part-2')}:\n  no space left on device`);
    expect(existsSync(join(built, '.search-parts'))).toBe(false);
    expect(existsSync(join(built, 'pagefind', PARTS_FILE))).toBe(false);
    expect(pagefind.closedCount()).toBe(1);
  });
});

describe('a failing Pagefind call fails the build with its message', () => {
  const cases = [
    ['createIndex', 'Pagefind could not start'],
    ['addDirectory', 'Pagefind could not read the built pages'],
    ['addHTMLFile', 'Pagefind could not index /faq/#office-photos'],
    ['writeFiles', 'Pagefind could not write the index'],
  ] as const;

  for (const [step, what] of cases) {
    it(`when ${step} reports an error`, async () => {
      const pagefind = fakePagefind({ [step]: [`${step} went wrong: disk full`] });
      const failure = indexSite(pagefind.api, { siteDir: site });

      await expect(failure).rejects.toBeInstanceOf(SearchIndexError);
      await expect(failure).rejects.toThrow(what);
      await expect(failure).rejects.toThrow(`${step} went wrong: disk full`);
      expect(pagefind.closedCount()).toBe(1);
      // Nothing half-made is written after a failed step.
      if (step !== 'writeFiles') expect(pagefind.calls.map((call) => call.step)).not.toContain('writeFiles');
    });
  }

  it('when Pagefind starts without an index and without a reason', async () => {
    const pagefind = fakePagefind({}, { noIndex: true });
    await expect(indexSite(pagefind.api, { siteDir: site })).rejects.toThrow('Pagefind could not start');
    expect(pagefind.closedCount()).toBe(1);
  });

  it('when a FAQ answer cannot be cut out of its page', async () => {
    const pagefind = fakePagefind();
    const fixtures = fileURLToPath(new URL('./fixtures', import.meta.url));
    await expect(indexSite(pagefind.api, { siteDir: fixtures, recordPages: ['faq-page-cut-off.html'] })).rejects.toThrow(
      'Building the search index failed: /faq-page-cut-off.html#cut-off: the <article> marked for search never ends',
    );
    expect(pagefind.closedCount()).toBe(1);
  });

  it('keeps the first error when closing Pagefind fails too', async () => {
    const pagefind = fakePagefind({ addDirectory: ['cannot read dist/posts/x/index.html'] }, { closeFails: true });
    await expect(indexSite(pagefind.api, { siteDir: site })).rejects.toThrow('cannot read dist/posts/x/index.html');
  });
});

describe('indexing with Pagefind itself', () => {
  const entry = (folder: string) =>
    JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const pageCounts = (folder: string) => Object.fromEntries(Object.entries(entry(folder).languages).map(([lang, { page_count }]) => [lang, page_count]));

  it('makes one index with every language and the FAQ questions when the hub fits in one part', async () => {
    const built = siteWith({ en: 3, it: 2 });
    const summary = await indexSite(pagefind, { siteDir: built });
    // The FAQ fixture holds two English questions and one Italian one.
    expect(summary).toMatchObject({ parts: 1, pages: 8, languages: { en: 5, it: 3 } });
    expect(pageCounts(join(built, 'pagefind'))).toEqual({ en: 5, it: 3 });
    expect(JSON.parse(readFileSync(join(built, 'pagefind', PARTS_FILE), 'utf8'))).toEqual({ parts: {} });
  });

  it('makes parts Pagefind can search, each listed, when a language has more pages than a part', async () => {
    const built = siteWith({ en: 5, it: 2 });
    const summary = await indexSite(pagefind, { siteDir: built, pagesPerPart: 2 });
    expect(summary).toMatchObject({ parts: 3, pages: 10, languages: { en: 7, it: 3 } });
    expect(pageCounts(join(built, 'pagefind'))).toEqual({ en: 4, it: 3 });
    expect(pageCounts(join(built, 'pagefind', 'part-2'))).toEqual({ en: 2 });
    expect(pageCounts(join(built, 'pagefind', 'part-3'))).toEqual({ en: 1 });
    expect(existsSync(join(built, 'pagefind', 'part-2', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(built, '.search-parts'))).toBe(false);
  });
});
