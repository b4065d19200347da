import { createHash } from 'node:crypto';
import { copyFile, glob, link, mkdir, readFile, rename, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { readBuiltPages, type BuiltPage } from './built-pages.ts';
import { pageRecords, pageUrlOf } from './page-records.ts';
import { PARTS_FILE, type PartsManifest } from './parts.ts';
import { countWords, writeVocabularies, type VocabularySizes, type WordCounts } from './index-vocabulary.ts';
import { replaceFile } from '../lib/replace-file.ts';
import { SearchPartCache } from './part-cache.ts';
import { SearchIndexError } from './search-index-error.ts';
import { inLanes } from '../lib/lanes.ts';

/** The parts of Pagefind's Node API the indexer uses; tests pass a fake with the same shape. */
export interface PagefindApi {
  createIndex(config?: Record<string, unknown>): Promise<{ errors: string[]; index?: PagefindIndexApi | undefined }>;
  close(): Promise<unknown>;
}

export interface PagefindIndexApi {
  addDirectory(directory: { path: string; glob?: string }): Promise<{ errors: string[]; page_count: number }>;
  addHTMLFile(file: { url: string; content: string }): Promise<{ errors: string[] }>;
  writeFiles(options: { outputPath: string }): Promise<{ errors: string[]; outputPath: string }>;
  deleteIndex(): Promise<unknown>;
}

export interface IndexSiteOptions {
  /** The built site (Astro's output folder). */
  siteDir: string;
  /** Built pages, relative to siteDir, whose `data-search-record` parts become their own results. */
  recordPages?: readonly string[];
  /** The most pages of one language in one part of the index (default {@link DEFAULT_PAGES_PER_PART}). */
  pagesPerPart?: number;
  /** Where parts are kept between builds (Astro's cacheDir): a part whose pages did not change is copied, not indexed. */
  cacheDir?: string | undefined;
  /** The site's pages as the publish step read them (`readBuiltPages`); read here when not given. */
  pages?: readonly BuiltPage[];
  /** Where the index is written, relative to `siteDir` (default `pagefind`, where the search page loads it from). */
  outputFolder?: string;
  /** The most parts indexed at once, each by a Pagefind of its own (default {@link DEFAULT_LANES}). */
  lanes?: number;
}

/**
 * Pagefind keeps every page it indexes in memory until it writes the index, about 0.3 MB a page
 * (3 GB for 10,000 posts). A hub with more searchable pages than this in one language is indexed
 * in parts of at most this many pages per language, a part or two at a time (see {@link DEFAULT_LANES}),
 * so that memory stays at one or two parts' worth; the search page merges the parts (Pagefind's `mergeIndex`).
 * A rebuild indexes again the whole part of each changed page: at 10,000 posts one edited post
 * cost 5.7 s of index in parts of 1,000 against 8.3–12.8 s in parts of 2,000, and two parts of
 * 1,000 at a time hold what one of 2,000 did. More parts open the search page a little more slowly
 * (`npm run bench:search`, 10,000 posts: 756–991 ms against 748–779 ms; still 0.70 of Pagefind's own UI).
 */
export const DEFAULT_PAGES_PER_PART = 1000;

export interface IndexSummary {
  /** Pages and records in the index, all languages together. */
  pages: number;
  /** Pages per language, from `<html lang>`. */
  languages: Record<string, number>;
  seconds: number;
  outputPath: string;
  /** How many parts the index was made in (1 unless the hub is large). */
  parts: number;
  /** How many of them were copied from the last build's, their pages being unchanged. */
  reused?: number;
  /** How many Pagefind processes indexed parts at once (0 when every part was copied). */
  lanes?: number;
  /** Each language's vocabulary for correcting typos (see `vocabulary.ts`). */
  vocabulary: VocabularySizes;
}

/** The FAQ pages of every locale: each question is its own result. */
export const DEFAULT_RECORD_PAGES = ['faq/index.html', '*/faq/index.html'] as const;

export { SearchIndexError };

/** Opens the Pagefind a lane indexes with (lanes count from 0): each lane's its own process, or the lanes take turns in one. */
export type OpenPagefind = (lane: number) => Promise<PagefindApi>;

/**
 * How many parts are indexed at once by default: Pagefind indexes a part on little more than one
 * core, and each part being indexed holds its pages in memory (see {@link DEFAULT_PAGES_PER_PART}).
 * Two at a time took 8.0–8.5 s against 9.9–10.6 s one at a time for 2,000 posts in 5 parts on
 * two cores: less than half off, since Pagefind already reads pages on a second thread.
 */
export const DEFAULT_LANES = Math.min(2, availableParallelism());

/**
 * Builds the search index of a built site: the main content of every page marked
 * `data-pagefind-body`, plus the records of `recordPages`, one index per `<html lang>`.
 * The parts not copied from the cache are indexed up to `lanes` at a time, each lane with the
 * Pagefind `open` gives it; each part is written into a folder of its own and moved into place
 * once all are done, so the index is the same whichever part finishes first.
 * Any error Pagefind reports stops the build with its words; every Pagefind is closed either way.
 */
export async function indexSite(open: OpenPagefind, options: IndexSiteOptions): Promise<IndexSummary> {
  const { siteDir, recordPages = DEFAULT_RECORD_PAGES, pagesPerPart = DEFAULT_PAGES_PER_PART, cacheDir, outputFolder = 'pagefind', lanes = DEFAULT_LANES } = options;
  const started = performance.now();
  const outputPath = join(siteDir, outputFolder);
  const staging = join(siteDir, STAGING_FOLDER);
  try {
    // An emptied folder: Pagefind writes into its files, and one left linked from the cache must not be written through.
    await rm(outputPath, { recursive: true, force: true });
    await rm(staging, { recursive: true, force: true });
    const recordFiles = await matchingFiles(siteDir, recordPages);
    const pages = options.pages ?? readBuiltPages(siteDir);
    const parts = planParts(pages, pagesPerPart, new Set([...recordFiles, ...[outputFolder, 'pagefind', STAGING_FOLDER].map((folder) => `${folder}/`)]));
    const digests = new Map(pages.map((page) => [page.page, page.digest]));
    const cache = cacheDir === undefined ? undefined : new SearchPartCache(cacheDir);
    /** Where part `number` is written (or copied from the cache) until every part is done. */
    const writtenPath = (number: number) => join(staging, `index-${number + 1}`);
    let added = 0;
    // In part order, whichever part is done first.
    const words: WordCounts[] = [];
    const keys: (string | undefined)[] = [];
    const toIndex: number[] = [];
    for (const [number, part] of parts.entries()) {
      // What Pagefind reads for this part: its pages (the whole site when it is one part) and, for the first, the FAQ pages.
      const key = cache?.keyOf([...(part.files ?? part.pages), ...(number === 0 ? recordFiles : [])], digests);
      keys[number] = key;
      const kept = key ? await cache?.restore(key, writtenPath(number)) : undefined;
      if (kept) words[number] = kept;
      else toIndex.push(number);
    }

    const indexPart = async (api: PagefindApi, number: number) => {
      const part = parts[number]!;
      const created = await api.createIndex({});
      failOn(created.errors, 'Pagefind could not start');
      const index = created.index;
      if (!index) throw new SearchIndexError('Building the search index failed: Pagefind could not start (it gave no index and no reason).');

      // A part is a folder of links to its pages, so that Pagefind reads only those.
      const path = part.files ? await stagePart(siteDir, join(staging, `part-${number + 1}`), part.files) : siteDir;
      const read = await index.addDirectory({ path });
      failOn(read.errors, `Pagefind could not read the built pages in ${siteDir}`);
      added += read.page_count;
      // Questions of the FAQ go in the first part, which has every language.
      // (Counted once known: `added += await …` would add to the count from before the wait, losing the other lanes'.)
      if (number === 0) {
        const records = await addRecords(index, siteDir, recordFiles);
        added += records;
      }

      const written = writtenPath(number);
      const result = await index.writeFiles({ outputPath: written });
      // Named where the part ends up: the working folder is gone once the build stops.
      failOn(result.errors, `Pagefind could not write the index to ${join(outputPath, part.folder)}`);
      // Pagefind lets go of the part's pages only when its index is deleted.
      await index.deleteIndex();
      if (part.files) await rm(path, { recursive: true, force: true });
      const counted = await countWords(written);
      words[number] = counted;
      const key = keys[number];
      if (key) await cache?.store(key, written, counted);
    };
    const working = await inLanes(toIndex, lanes, { open, work: indexPart, close: (api) => api.close() });
    await cache?.prune();

    // The first part is Pagefind's folder itself; the others go in folders inside it.
    await mkdir(dirname(outputPath), { recursive: true });
    for (const [number, part] of parts.entries()) await rename(writtenPath(number), join(outputPath, part.folder));
    const manifest: PartsManifest = { parts: {} };
    for (const part of parts.slice(1)) {
      for (const language of part.languages) (manifest.parts[language] ??= []).push(`${part.folder}/`);
    }
    await replaceFile(join(outputPath, PARTS_FILE), `${JSON.stringify(manifest)}\n`);
    const vocabulary = await writeVocabularies(outputPath, words);

    const languages: Record<string, number> = {};
    for (const part of parts) {
      for (const [language, count] of Object.entries((await languageCounts(join(outputPath, part.folder))) ?? {})) {
        languages[language] = (languages[language] ?? 0) + count;
      }
    }
    const counted = Object.values(languages).reduce((sum, count) => sum + count, 0);
    return {
      pages: Object.keys(languages).length > 0 ? counted : added,
      languages,
      seconds: (performance.now() - started) / 1000,
      outputPath,
      parts: parts.length,
      reused: parts.length - toIndex.length,
      lanes: working,
      vocabulary,
    };
  } finally {
    // The index is written (or the build is failing anyway): failing to remove the working folder must not hide what happened.
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** Adds each record of the record pages (one per FAQ question) as a result of its own; returns how many. */
async function addRecords(index: PagefindIndexApi, siteDir: string, files: readonly string[]): Promise<number> {
  let records = 0;
  for (const file of files) {
    const html = await readFile(join(siteDir, file), 'utf8');
    let parts;
    try {
      parts = pageRecords(html, pageUrlOf(file));
    } catch (error) {
      throw new SearchIndexError(`Building the search index failed: ${(error as Error).message}`);
    }
    for (const record of parts) {
      const result = await index.addHTMLFile({ url: record.url, content: record.html });
      failOn(result.errors, `Pagefind could not index ${record.url}`);
      records += 1;
    }
  }
  return records;
}

/** Where a large hub's parts are gathered while they are indexed (removed afterwards). */
const STAGING_FOLDER = '.search-parts';

interface Part {
  /** Where the part's index goes, relative to `pagefind/` (`''` for the first part). */
  folder: string;
  /** The part's pages relative to the site; undefined when the part is the whole site. */
  files?: string[];
  /** Every page of the site (besides the record pages) when the part is the whole site. */
  pages: string[];
  languages: string[];
}

/**
 * Splits the searchable pages (those with `data-pagefind-body`) into parts of about `perPart`
 * pages of each language; a hub no larger than one part is indexed whole. A language with n pages
 * is spread over ⌈n / perPart⌉ parts, each page by a hash of its path: which part a page is in
 * depends on the page alone and that count, so adding or removing a post leaves every other post
 * where it was (and an unchanged part can be reused, see `part-cache.ts`). The first part has the
 * first share of every language. `skip` names pages, or top-level folders (ending in `/`), that
 * are not pages of the site: the record pages, Pagefind's own folder, the parts being made.
 */
export function planParts(builtPages: readonly BuiltPage[], perPart: number, skip: ReadonlySet<string> = new Set()): Part[] {
  const files: BuiltPage[] = [];
  for (const page of builtPages) {
    // A post may be called `pagefind`: only a top-level folder is skipped.
    const top = page.page.split('/')[0];
    if (!skip.has(page.page) && !skip.has(`${top}/`)) files.push(page);
  }
  const whole: Part[] = [{ folder: '', pages: files.map((page) => page.page), languages: [] }];
  if (files.length <= perPart) return whole;

  const byLanguage = new Map<string, string[]>();
  for (const page of files) {
    if (!page.searchable) continue;
    const list = byLanguage.get(page.language);
    if (list) list.push(page.page);
    else byLanguage.set(page.language, [page.page]);
  }
  const count = Math.max(0, ...[...byLanguage.values()].map((list) => Math.ceil(list.length / perPart)));
  if (count <= 1) return whole;
  const shares = Array.from({ length: count }, () => new Map<string, string[]>());
  for (const [language, list] of byLanguage) {
    const spread = Math.ceil(list.length / perPart);
    for (const file of list) {
      const share = shares[partOf(file, spread)]!;
      const slice = share.get(language);
      if (slice) slice.push(file);
      else share.set(language, [file]);
    }
  }
  return shares.flatMap((share, k) => {
    // A part that drew no page at all (a few pages over many parts) is left out; the first never is.
    if (k > 0 && share.size === 0) return [];
    const languages = [...share.keys()];
    return [{ folder: k === 0 ? '' : `part-${k + 1}`, files: languages.flatMap((language) => share.get(language)!), pages: [], languages }];
  });
}

/** Which of `spread` parts a page goes in, from its path alone. */
function partOf(file: string, spread: number): number {
  return createHash('sha256').update(file.split(/[\\/]/).join('/')).digest().readUInt32BE(0) % spread;
}

/** Links (or, across file systems, copies) a part's pages into a folder of their own, at the same relative paths. */
async function stagePart(siteDir: string, folder: string, files: readonly string[]): Promise<string> {
  await rm(folder, { recursive: true, force: true });
  await mapInBatches(files, 32, async (file) => {
    const target = join(folder, file);
    await mkdir(dirname(target), { recursive: true });
    await link(join(siteDir, file), target).catch(() => copyFile(join(siteDir, file), target));
  });
  return folder;
}

async function mapInBatches<T, R>(items: readonly T[], size: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(task))));
  return results;
}

/** `pagefind: indexed 42 pages in 0.8 s (en 20, ms 11, it 11)`: the benchmark reads this line (up to the seconds). */
export function describeSummary(summary: IndexSummary): string {
  const perLanguage = Object.entries(summary.languages).map(([lang, count]) => `${lang} ${count}`);
  const noun = summary.pages === 1 ? 'page' : 'pages';
  const reused = summary.reused ? (summary.parts > 1 ? ` (${summary.reused} unchanged, copied from the last build)` : ', unchanged: copied from the last build') : '';
  const atOnce = summary.parts > 1 && (summary.lanes ?? 0) > 1 ? `, ${summary.lanes} at a time` : '';
  const parts = `${summary.parts > 1 ? `, in ${summary.parts} parts` : ''}${atOnce}${reused}`;
  const words = Object.entries(summary.vocabulary).map(([lang, size]) => `${lang} ${size.words} words, ${(size.bytes / 1024).toFixed(0)} KB`);
  const vocabulary = words.length > 0 ? `; typo vocabulary: ${words.join('; ')}` : '';
  return `pagefind: indexed ${summary.pages} ${noun} in ${summary.seconds.toFixed(1)} s${perLanguage.length > 0 ? ` (${perLanguage.join(', ')})` : ''}${parts}${vocabulary}`;
}

function failOn(errors: readonly string[] | undefined, what: string): void {
  if (!errors || errors.length === 0) return;
  throw new SearchIndexError(`Building the search index failed: ${what}:\n  ${errors.join('\n  ')}`);
}

async function matchingFiles(dir: string, patterns: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for await (const file of glob([...patterns], { cwd: dir })) files.push(file);
  return files.sort();
}

/** Pages per language as Pagefind wrote them in its entry file; undefined when there is none. */
async function languageCounts(outputPath: string): Promise<Record<string, number> | undefined> {
  try {
    const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
      languages?: Record<string, { page_count?: number }>;
    };
    return Object.fromEntries(Object.entries(entry.languages ?? {}).map(([lang, info]) => [lang, info.page_count ?? 0]));
  } catch {
    return undefined;
  }
}
