import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeSummary, indexSite, SearchIndexError, type OpenPagefind } from '../../src/search/index-site.ts';
import { openPagefindLane } from '../../src/search/pagefind-lanes.ts';
import { differingFiles } from '../../scripts/lib/folders.ts';
import { PARTS_FILE } from '../../src/search/parts.ts';
import { readBuiltPages } from '../../src/search/built-pages.ts';
import { fakePagefind } from './fake-pagefind.ts';
import { copyOf, fixture, indexedIn, removeCopies, siteWith } from './built-sites.ts';

afterEach(removeCopies);

let site = '';
beforeEach(() => {
  site = copyOf(fixture);
});

describe('indexing a built site', () => {
  it('adds the built folder, one record per FAQ question with its anchor, then writes the index', async () => {
    const pagefind = fakePagefind();
    const summary = await indexSite(pagefind.open, { lanes: 1, siteDir: site });

    expect(pagefind.calls.map((call) => call.step)).toEqual(['createIndex', 'addDirectory', 'addHTMLFile', 'addHTMLFile', 'addHTMLFile', 'writeFiles', 'deleteIndex']);
    expect(pagefind.added.map((record) => record.url)).toEqual(['/faq/#office-photos', '/faq/#own-words', '/it/faq/#foto-ufficio']);
    expect(pagefind.added[2]?.content).toContain('<html lang="it">');
    expect(pagefind.calls[1]?.argument).toEqual({ path: site });
    // The whole site is one part, written as Pagefind's folder itself.
    expect(indexedIn(join(site, 'pagefind'))).toEqual({ pages: ['faq/index.html', 'it/faq/index.html', 'posts/e-bike/index.html'], records: pagefind.added.map((record) => record.url) });
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
    expect(describeSummary({ pages: 5000, languages: { en: 5000 }, seconds: 5.04, outputPath: '', parts: 3, lanes: 2, vocabulary: {} })).toBe(
      'pagefind: indexed 5000 pages in 5.0 s (en 5000), in 3 parts, 2 at a time',
    );
    const vocabulary = { en: { words: 1595, bytes: 18_286 }, it: { words: 2102, bytes: 26_251 } };
    expect(describeSummary({ pages: 50, languages: { en: 25, it: 25 }, seconds: 1, outputPath: '', parts: 1, vocabulary })).toBe(
      'pagefind: indexed 50 pages in 1.0 s (en 25, it 25); typo vocabulary: en 1595 words, 18 KB; it 2102 words, 26 KB',
    );
  });
});

describe('a hub with more searchable pages than one part holds', () => {
  /** Which part (its folder under pagefind/, '' for the first) each page is in, from the index the fake Pagefind wrote. */
  const partsOfPages = (built: string) => {
    const index = join(built, 'pagefind');
    const folders = ['', ...readdirSync(index).filter((name) => name.startsWith('part-'))];
    return new Map(folders.flatMap((folder) => indexedIn(join(index, folder)).pages.map((page) => [page, folder] as const)));
  };

  it('is indexed in parts of about that many pages per language, listed for the search page', async () => {
    const built = siteWith({ en: 12, it: 3 });
    const before = readdirSync(built, { recursive: true }).sort();
    const pagefind = fakePagefind();
    const summary = await indexSite(pagefind.open, { lanes: 1, siteDir: built, pagesPerPart: 4 });

    // 12 English pages over 3 parts, the 3 Italian ones in the first: each part sees only its pages,
    // list pages (no data-pagefind-body) and the FAQ pages (added as records) are in none.
    const posts = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}posts/post-${i + 1}/index.html`);
    expect(pagefind.folders.flat().sort()).toEqual([...posts('', 12), ...posts('it/', 3)].sort());
    expect(pagefind.folders[0]).toEqual(expect.arrayContaining(posts('it/', 3)));
    expect(summary.parts).toBe(pagefind.folders.length);
    expect([2, 3]).toContain(summary.parts);
    for (const part of pagefind.folders) expect(part.length).toBeLessThanOrEqual(12);
    expect(pagefind.calls.filter((call) => call.step === 'addHTMLFile')).toHaveLength(3);
    const onePart = ['createIndex', 'addDirectory', 'writeFiles', 'deleteIndex'];
    expect(pagefind.calls.map((call) => call.step).filter((step) => step !== 'addHTMLFile')).toEqual(pagefind.folders.flatMap(() => onePart));
    const folders = [...new Set(partsOfPages(built).values())];
    expect(folders[0]).toBe('');
    expect(folders).toHaveLength(summary.parts);
    expect(JSON.parse(readFileSync(join(built, 'pagefind', PARTS_FILE), 'utf8'))).toEqual({ parts: { en: folders.slice(1).map((folder) => `${folder}/`) } });
    expect(summary.pages).toBe(15 + 3);
    // The built pages are as they were; the working folders are gone.
    expect(readdirSync(built, { recursive: true }).filter((file) => !String(file).startsWith('pagefind')).sort()).toEqual(before);
    expect(pagefind.closedCount()).toBe(1);
  });

  it('keeps every page in its part when a post is added or removed', async () => {
    const built = siteWith({ en: 12 });
    const first = fakePagefind();
    await indexSite(first.open, { lanes: 1, siteDir: built, pagesPerPart: 4 });
    const before = partsOfPages(built);

    mkdirSync(join(built, 'posts', 'post-13'));
    writeFileSync(join(built, 'posts', 'post-13', 'index.html'), '<!doctype html><html lang="en"><body><main data-pagefind-body><h1>Post 13</h1></main></body></html>');
    rmSync(join(built, 'posts', 'post-2'), { recursive: true });
    rmSync(join(built, 'pagefind'), { recursive: true });
    const second = fakePagefind();
    await indexSite(second.open, { lanes: 1, siteDir: built, pagesPerPart: 4 });
    const after = partsOfPages(built);

    expect(after.has('posts/post-13/index.html')).toBe(true);
    for (const [page, part] of after) if (page !== 'posts/post-13/index.html') expect([page, part]).toEqual([page, before.get(page)]);
  });

  it('is indexed whole when no language has more pages than a part', async () => {
    const built = siteWith({ en: 2, it: 2 });
    const pagefind = fakePagefind();
    const summary = await indexSite(pagefind.open, { lanes: 1, siteDir: built, pagesPerPart: 2 });
    expect(summary.parts).toBe(1);
    expect(pagefind.calls[1]?.argument).toEqual({ path: built });
    expect(JSON.parse(readFileSync(join(built, 'pagefind', PARTS_FILE), 'utf8'))).toEqual({ parts: {} });
  });

  it('fails the build with Pagefind\'s words when a later part fails, and tidies up', async () => {
    const built = siteWith({ en: 5 });
    const pagefind = fakePagefind({}, { failOnCall: { step: 'writeFiles', call: 2, errors: ['no space left on device'] } });
    const failure = indexSite(pagefind.open, { lanes: 1, siteDir: built, pagesPerPart: 2 });
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
      const failure = indexSite(pagefind.open, { lanes: 1, siteDir: site });

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
    await expect(indexSite(pagefind.open, { lanes: 1, siteDir: site })).rejects.toThrow('Pagefind could not start');
    expect(pagefind.closedCount()).toBe(1);
  });

  it('when a FAQ answer cannot be cut out of its page', async () => {
    const pagefind = fakePagefind();
    const fixtures = fileURLToPath(new URL('./fixtures', import.meta.url));
    await expect(indexSite(pagefind.open, { lanes: 1, siteDir: fixtures, recordPages: ['faq-page-cut-off.html'] })).rejects.toThrow(
      'Building the search index failed: /faq-page-cut-off.html#cut-off: the <article> marked for search never ends',
    );
    expect(pagefind.closedCount()).toBe(1);
  });

  it('keeps the first error when closing Pagefind fails too', async () => {
    const pagefind = fakePagefind({ addDirectory: ['cannot read dist/posts/x/index.html'] }, { closeFails: true });
    await expect(indexSite(pagefind.open, { lanes: 1, siteDir: site })).rejects.toThrow('cannot read dist/posts/x/index.html');
  });
});

describe('indexing with Pagefind itself', () => {
  const entry = (folder: string) =>
    JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const pageCounts = (folder: string) => Object.fromEntries(Object.entries(entry(folder).languages).map(([lang, { page_count }]) => [lang, page_count]));

  it('makes one index with every language and the FAQ questions when the hub fits in one part', async () => {
    const built = siteWith({ en: 3, it: 2 });
    const summary = await indexSite(openPagefindLane, { siteDir: built });
    // The FAQ fixture holds two English questions and one Italian one.
    expect(summary).toMatchObject({ parts: 1, pages: 8, languages: { en: 5, it: 3 } });
    expect(pageCounts(join(built, 'pagefind'))).toEqual({ en: 5, it: 3 });
    expect(JSON.parse(readFileSync(join(built, 'pagefind', PARTS_FILE), 'utf8'))).toEqual({ parts: {} });
  });

  it('makes parts Pagefind can search, each listed, when a language has more pages than a part', async () => {
    const built = siteWith({ en: 8, it: 2 });
    const summary = await indexSite(openPagefindLane, { siteDir: built, pagesPerPart: 4 });
    // 8 English pages over two parts, the Italian ones (and the FAQ questions) in the first.
    expect(summary).toMatchObject({ parts: 2, pages: 13, languages: { en: 10, it: 3 } });
    const first = pageCounts(join(built, 'pagefind'));
    expect(first.it).toBe(3);
    expect(first.en! + pageCounts(join(built, 'pagefind', 'part-2')).en!).toBe(10);
    expect(JSON.parse(readFileSync(join(built, 'pagefind', PARTS_FILE), 'utf8'))).toEqual({ parts: { en: ['part-2/'] } });
    expect(existsSync(join(built, 'pagefind', 'part-2', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(built, '.search-parts'))).toBe(false);
  });

  it('writes the same index into another folder (where the publish step keeps it until the audit passed)', async () => {
    const built = siteWith({ en: 8, it: 2 });
    const aside = copyOf(built);
    await indexSite(openPagefindLane, { siteDir: built, pagesPerPart: 4 });
    await indexSite(openPagefindLane, { siteDir: aside, pagesPerPart: 4, outputFolder: '.pagefind-pending', pages: readBuiltPages(aside) });
    expect(existsSync(join(aside, 'pagefind'))).toBe(false);
    expect(differingFiles(join(built, 'pagefind'), join(aside, '.pagefind-pending'))).toEqual([]);
  });
});

describe('a rebuild reuses the parts whose pages did not change', () => {
  /** Indexes as a build does: into a fresh pagefind/ folder (Astro empties the output folder first). */
  const rebuild = async (open: OpenPagefind, built: string, cacheDir: string) => {
    rmSync(join(built, 'pagefind'), { recursive: true, force: true });
    return indexSite(open, { siteDir: built, pagesPerPart: 4, cacheDir });
  };

  it('indexes again only the part of a changed page', async () => {
    const built = siteWith({ en: 12, it: 2 });
    const cacheDir = copyOf(join(fixture, 'posts'));
    const cold = fakePagefind();
    const first = await rebuild(cold.open, built, cacheDir);
    expect(first.reused).toBe(0);

    const unchanged = fakePagefind();
    expect(await rebuild(unchanged.open, built, cacheDir)).toMatchObject({ parts: first.parts, reused: first.parts });
    expect(unchanged.calls.map((call) => call.step)).toEqual([]);
    expect(describeSummary({ ...first, reused: first.parts, lanes: 0 })).toContain(`in ${first.parts} parts (${first.parts} unchanged, copied from the last build)`);

    writeFileSync(join(built, 'posts', 'post-7', 'index.html'), '<!doctype html><html lang="en"><body><main data-pagefind-body><h1>Post 7, edited</h1></main></body></html>');
    const edited = fakePagefind();
    expect(await rebuild(edited.open, built, cacheDir)).toMatchObject({ reused: first.parts - 1 });
    expect(edited.folders).toHaveLength(1);
    expect(edited.folders[0]).toContain('posts/post-7/index.html');
  });

  it('writes, with Pagefind itself, the very index a cold build writes', async () => {
    // 12 English pages in three parts: an edit and a deletion leave at least one part unchanged.
    const built = siteWith({ en: 12, it: 2 });
    const cacheDir = copyOf(join(fixture, 'posts'));
    await rebuild(openPagefindLane, built, cacheDir);
    // The parts just indexed are kept by linking their files, not copying them: deleting the
    // output (as the next build does with the last one) leaves the cache whole.
    const stored = readdirSync(join(built, 'pagefind'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.pf_fragment'));
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.every((entry) => statSync(join(entry.parentPath, entry.name)).nlink > 1)).toBe(true);
    const whole = copyOf(built);
    rmSync(join(built, 'pagefind'), { recursive: true });
    const again = await rebuild(openPagefindLane, built, cacheDir);
    expect(again.reused).toBe(again.parts);
    expect(differingFiles(join(built, 'pagefind'), join(whole, 'pagefind'))).toEqual([]);
    writeFileSync(join(built, 'posts', 'post-3', 'index.html'), '<!doctype html><html lang="en"><body><main data-pagefind-body><h1>Post 3</h1><p>Edited after the first build.</p></main></body></html>');
    rmSync(join(built, 'posts', 'post-5'), { recursive: true });
    const incremental = await rebuild(openPagefindLane, built, cacheDir);
    expect(incremental.reused).toBeGreaterThan(0);

    const cold = copyOf(built);
    rmSync(join(cold, 'pagefind'), { recursive: true });
    await indexSite(openPagefindLane, { siteDir: cold, pagesPerPart: 4 });
    expect(differingFiles(join(built, 'pagefind'), join(cold, 'pagefind'))).toEqual([]);

    // The kept parts are linked into the index, not copied; writing the index's own files beside
    // them (the parts list, the vocabularies) changed nothing in the cache: a third build, with
    // every part from the cache, is still the cold build's index.
    const linked = readdirSync(join(built, 'pagefind'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && statSync(join(entry.parentPath, entry.name)).nlink > 1);
    expect(linked.length).toBeGreaterThan(0);
    expect(await rebuild(openPagefindLane, built, cacheDir)).toMatchObject({ reused: incremental.parts });
    expect(differingFiles(join(built, 'pagefind'), join(cold, 'pagefind'))).toEqual([]);
  });
});
