import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { DEFAULT_RECORD_PAGES, describeSummary, indexSite } from '../search/index-site.ts';

interface SearchIndexOptions {
  /** Built pages whose `data-search-record` parts are results of their own (default: the FAQ pages). */
  recordPages?: readonly string[];
  /** The most pages of one language in one part of the index (see `DEFAULT_PAGES_PER_PART`). */
  pagesPerPart?: number | undefined;
}

/**
 * Indexes the built site with Pagefind after every `astro build`, so `npm run build` alone
 * produces a searchable hub. A Pagefind error fails the build with Pagefind's message.
 */
export function searchIndex(options: SearchIndexOptions = {}): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'search',
    hooks: {
      // Parts of the index whose pages did not change are kept there between builds.
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const pagefind = await import('pagefind');
        const summary = await indexSite(pagefind, {
          siteDir: fileURLToPath(dir),
          recordPages: options.recordPages ?? DEFAULT_RECORD_PAGES,
          cacheDir,
          ...(options.pagesPerPart ? { pagesPerPart: options.pagesPerPart } : {}),
        });
        logger.info(describeSummary(summary));
        if (summary.pages === 0) logger.warn('no page is searchable: the search page will find nothing');
      },
    },
  };
}
