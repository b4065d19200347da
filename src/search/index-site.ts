import { glob, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pageRecords, pageUrlOf } from './page-records.ts';

/** The parts of Pagefind's Node API the indexer uses; tests pass a fake with the same shape. */
export interface PagefindApi {
  createIndex(config?: Record<string, unknown>): Promise<{ errors: string[]; index?: PagefindIndexApi | undefined }>;
  close(): Promise<unknown>;
}

export interface PagefindIndexApi {
  addDirectory(directory: { path: string; glob?: string }): Promise<{ errors: string[]; page_count: number }>;
  addHTMLFile(file: { url: string; content: string }): Promise<{ errors: string[] }>;
  writeFiles(options: { outputPath: string }): Promise<{ errors: string[]; outputPath: string }>;
}

export interface IndexSiteOptions {
  /** The built site (Astro's output folder). */
  siteDir: string;
  /** Built pages, relative to siteDir, whose `data-search-record` parts become their own results. */
  recordPages?: readonly string[];
}

export interface IndexSummary {
  /** Pages and records in the index, all languages together. */
  pages: number;
  /** Pages per language, from `<html lang>`. */
  languages: Record<string, number>;
  seconds: number;
  outputPath: string;
}

/** The FAQ pages of every locale: each question is its own result. */
export const DEFAULT_RECORD_PAGES = ['faq/index.html', '*/faq/index.html'] as const;

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

/**
 * Builds the search index of a built site: the main content of every page marked
 * `data-pagefind-body`, plus the records of `recordPages`, one index per `<html lang>`.
 * Any error Pagefind reports stops the build with its words; Pagefind is closed either way.
 */
export async function indexSite(api: PagefindApi, options: IndexSiteOptions): Promise<IndexSummary> {
  const { siteDir, recordPages = DEFAULT_RECORD_PAGES } = options;
  const started = performance.now();
  try {
    const created = await api.createIndex({});
    failOn(created.errors, 'Pagefind could not start');
    const index = created.index;
    if (!index) throw new SearchIndexError('Building the search index failed: Pagefind could not start (it gave no index and no reason).');

    const added = await index.addDirectory({ path: siteDir });
    failOn(added.errors, `Pagefind could not read the built pages in ${siteDir}`);

    let records = 0;
    for (const file of await matchingFiles(siteDir, recordPages)) {
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

    const outputPath = join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    failOn(written.errors, `Pagefind could not write the index to ${outputPath}`);

    const languages = (await languageCounts(outputPath)) ?? {};
    const counted = Object.values(languages).reduce((sum, count) => sum + count, 0);
    return {
      pages: Object.keys(languages).length > 0 ? counted : added.page_count + records,
      languages,
      seconds: (performance.now() - started) / 1000,
      outputPath,
    };
  } finally {
    // The index is written (or the build is failing anyway): a failure to stop the helper process changes nothing.
    await api.close().catch(() => undefined);
  }
}

/** `pagefind: indexed 42 pages in 0.8 s (en 20, ms 11, it 11)`: the benchmark reads this line. */
export function describeSummary(summary: IndexSummary): string {
  const perLanguage = Object.entries(summary.languages).map(([lang, count]) => `${lang} ${count}`);
  const noun = summary.pages === 1 ? 'page' : 'pages';
  return `pagefind: indexed ${summary.pages} ${noun} in ${summary.seconds.toFixed(1)} s${perLanguage.length > 0 ? ` (${perLanguage.join(', ')})` : ''}`;
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
