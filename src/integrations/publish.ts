import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { availableParallelism } from 'node:os';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBuiltPagesOnThreads } from '../search/built-pages.ts';
import { DEFAULT_RECORD_PAGES, describeSummary, indexSite, type IndexSummary, type OpenPagefind } from '../search/index-site.ts';
import { openPagefindLane } from '../search/pagefind-lanes.ts';
import { auditBuiltPages, auditSettings, describeFailures, type AuditedPage, type OutputAuditOptions } from './output-audit.ts';
import { RenderAudit } from './render-audit.ts';
import { setRenderedPagesSink } from './rendered-pages.ts';

export interface PublishOptions {
  /** The output audit's settings (see `output-audit.ts`); its cacheDir defaults to Astro's. */
  audit: OutputAuditOptions;
  /** Built pages whose `data-search-record` parts are results of their own (default: the FAQ pages). */
  recordPages?: readonly string[];
  /** The most pages of one language in one part of the index (see `DEFAULT_PAGES_PER_PART`). */
  pagesPerPart?: number | undefined;
  /** Pagefind's Node API for each lane of the indexer (tests pass a stand-in); Pagefind itself, a process per lane, by default. */
  pagefind?: OpenPagefind;
}

/** The folder, in the build folder, the index is written to until the audit has passed. */
export const PENDING_INDEX = '.pagefind-pending';

/**
 * What runs while and after Astro writes the site, on every build: the output audit and the search
 * index. The audit reads each page as Astro renders it, on the other core (`render-audit.ts`).
 * After the build each page is read once (`readBuiltPagesOnThreads`: two threads for a large site); the audit then parses the pages whose
 * bytes it has no verdict on (none, unless a page was changed on the way or the worker stopped) in
 * a worker thread while Pagefind indexes the site into a folder of its own. Only when the audit passed is the index moved to `pagefind/`, where the search page
 * loads it: a site the audit refuses fails the build, naming the page, its content file and the
 * line, and gets no index. A Pagefind error fails the build with Pagefind's message.
 */
export function publishSite(options: PublishOptions): AstroIntegration {
  let cacheDir = options.audit.cacheDir;
  let renderAudit: RenderAudit | undefined;
  return {
    name: 'advocacy-hub:publish',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        // Outermost, so that it sees each page as Astro writes it.
        if (command === 'build') addMiddleware({ entrypoint: new URL('./audit-as-rendered.ts', import.meta.url), order: 'pre' });
      },
      'astro:config:done': ({ config }) => {
        cacheDir ??= fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        // A build that failed has no build:done: its audit is let go here (in a process that builds again).
        void renderAudit?.finish();
        renderAudit = new RenderAudit(auditSettings(options.audit));
        setRenderedPagesSink(renderAudit);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const siteDir = fileURLToPath(dir);
        const pending = join(siteDir, PENDING_INDEX);
        setRenderedPagesSink(undefined);
        const asRendered = renderAudit?.finish();
        renderAudit = undefined;
        const pages = await readBuiltPagesOnThreads(siteDir);
        // Pages without a verdict from the render audit (normally none) on the cores Pagefind
        // leaves: Pagefind is one process, or two for a large hub's parts (see `DEFAULT_LANES`).
        const workers = Math.max(1, availableParallelism() - 1);
        let auditSeconds = '';
        const auditing = settle(
          (async () => auditBuiltPages(siteDir, pages, { ...options.audit, cacheDir, workers, ...(asRendered ? { asRendered: await asRendered } : {}) }))().finally(() => {
            auditSeconds = ((performance.now() - started) / 1000).toFixed(1);
          }),
        );
        const indexing = settle(
          indexSite(options.pagefind ?? openPagefindLane, {
            siteDir,
            pages,
            outputFolder: PENDING_INDEX,
            recordPages: options.recordPages ?? DEFAULT_RECORD_PAGES,
            cacheDir,
            ...(options.pagesPerPart ? { pagesPerPart: options.pagesPerPart } : {}),
          }),
        );
        const audit = await auditing;
        const index = await indexing;
        try {
          if (!audit.ok) throw audit.error;
          const failed = audit.value.filter((page) => page.problems.length > 0);
          if (failed.length > 0) {
            throw new AstroError(
              `The built site has ${plural(failed.length, 'page')} that could run code or load from another host, so it was not published.`,
              describeFailures(failed),
            );
          }
          // Each step's lines under its own name, as when they were two integrations.
          logger.fork('advocacy-hub:output-audit').info(describeAudit(audit.value, auditSeconds));
          if (!index.ok) throw index.error;
        } catch (error) {
          await rm(pending, { recursive: true, force: true });
          throw error;
        }
        const outputPath = join(siteDir, 'pagefind');
        await rm(outputPath, { recursive: true, force: true });
        await rename(pending, outputPath);
        const summary: IndexSummary = { ...index.value, outputPath };
        const search = logger.fork('search');
        search.info(describeSummary(summary));
        if (summary.pages === 0) search.warn('no page is searchable: the search page will find nothing');
      },
    },
  };
}

/** `audited 1131 pages in 20.1 s (…)`: the benchmark reads this line (up to the seconds). */
function describeAudit(pages: readonly AuditedPage[], seconds: string): string {
  const asRendered = pages.filter((page) => page.auditedAsRendered).length;
  const reused = pages.filter((page) => page.passedBefore).length;
  const how = [
    ...(asRendered > 0 ? [`${asRendered} read as they were rendered`] : []),
    ...(reused > 0 ? [`${reused} unchanged since they last passed, not read again`] : []),
  ];
  return `audited ${pages.length} pages in ${seconds} s${how.length > 0 ? ` (${how.join('; ')})` : ''}: no event handlers, unsafe addresses or other hosts' resources`;
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Waits for a task without letting its failure go unhandled while the other one runs. */
async function settle<T>(task: Promise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, value: await task };
  } catch (error) {
    return { ok: false, error };
  }
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
