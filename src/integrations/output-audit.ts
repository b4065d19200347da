/**
 * Every HTML page of the built site is read with the browser's own parser and refused on an event
 * handler, an unsafe URL or a resource from another host (see `auditPage`), whatever produced it:
 * as Astro renders it (`render-audit.ts`), or after the build for a page whose exact bytes have no
 * verdict. The build fails with the page, its content file where there is one, and the line (the
 * publish step, `publish.ts`, runs it beside the search index).
 */
import { displayPath } from '../reading/paths.ts';
import { pathTo } from '../i18n/routes.ts';
import type { PageProblem } from '../lib/built-page-audit.ts';
import { hubHostOf, hubUrlRule } from '../lib/url-rule.ts';
import { discoverContent, entryIdOf } from '../reading/discover.ts';
import type { HubConfig } from '../schemas/hub.ts';
import { readBuiltPages, type BuiltPage } from '../search/built-pages.ts';
import { PassedPages } from './output-audit-cache.ts';
import { auditInWorkers, type PageAuditSettings } from './output-audit-workers.ts';
import { withTrailingSlash } from '../lib/trailing-slash.ts';

export interface OutputAuditOptions {
  /** The content folder: `contentDir()` in astro.config.mjs. */
  contentDir: string;
  hub: Pick<HubConfig, 'site' | 'base' | 'default_locale' | 'locales' | 'resource_hosts'>;
  /** Where the pages that passed are remembered between builds (Astro's cacheDir); none: every page is audited. */
  cacheDir?: string | undefined;
}

/** A built page with its problems, and, when it has some, the content file it was made from. */
export interface AuditedPage {
  /** The page's file in the build folder, such as `posts/launch/index.html`. */
  page: string;
  source?: string;
  problems: PageProblem[];
  /** The page's exact bytes passed the same audit in an earlier build, so they were not parsed again. */
  passedBefore?: true;
  /** The page was audited while Astro rendered it (`render-audit.ts`), not read again. */
  auditedAsRendered?: true;
}

/** At most this many problems are listed in the error; the rest are counted. */
const LISTED = 30;

/**
 * Audits every HTML page under `siteDir`, in this thread; with a `cacheDir`, only those whose
 * bytes did not pass before. The publish step's audit (`auditBuiltPages`) without workers.
 */
export function auditSite(siteDir: string, options: OutputAuditOptions): Promise<AuditedPage[]> {
  return auditBuiltPages(siteDir, readBuiltPages(siteDir), { ...options, workers: 0 });
}

export interface BuiltPagesAuditOptions extends OutputAuditOptions {
  /** Worker threads to audit in (0: this thread). */
  workers?: number;
  /** The problems of the pages audited while Astro rendered them, by their digest (`RenderAudit.finish`). */
  asRendered?: ReadonlyMap<string, PageProblem[]>;
}

/**
 * Audits the built pages the publish step read (`readBuiltPages`), those whose bytes did not pass
 * before and were not audited as they were rendered, in `workers` worker threads (so that the
 * search index is made meanwhile on the other core); in this thread when `workers` is 0 or a
 * worker cannot start. A verdict is used only for the very bytes it was given on: the digests match.
 */
export async function auditBuiltPages(siteDir: string, built: readonly BuiltPage[], options: BuiltPagesAuditOptions): Promise<AuditedPage[]> {
  const settings = auditSettings(options);
  const memory = options.cacheDir === undefined ? undefined : PassedPages.open(options.cacheDir, settings);
  const pages: AuditedPage[] = [];
  const unread: BuiltPage[] = [];
  for (const page of built) {
    const asRendered = options.asRendered?.get(page.digest);
    if (memory?.passedBefore(page.digest)) pages.push({ page: page.page, problems: [], passedBefore: true });
    else if (asRendered) {
      if (asRendered.length === 0) memory?.passed(page.digest);
      pages.push({ page: page.page, problems: asRendered, auditedAsRendered: true });
    } else unread.push(page);
  }
  const found = await auditInWorkers(
    siteDir,
    unread.map((page) => page.page),
    settings,
    options.workers ?? 1,
  );
  for (const [k, page] of unread.entries()) {
    const problems = found[k]!;
    if (problems.length === 0) memory?.passed(page.digest);
    pages.push({ page: page.page, problems });
  }
  memory?.save();
  return withSources(pages, options);
}

/** The hosts the audit allows resources from, and the hub's own. */
export function auditSettings(options: OutputAuditOptions): PageAuditSettings {
  return { resourceHosts: hubUrlRule(options.hub).resourceHosts, hubHost: hubHostOf(options.hub) };
}

/** Names the content file of each page with problems, and sorts the pages by path. */
function withSources(pages: AuditedPage[], options: OutputAuditOptions): AuditedPage[] {
  // Only a page with problems needs its content file named, and reading content/ takes a while.
  if (pages.some((page) => page.problems.length > 0)) {
    const sources = sourcesByPage(options);
    for (const page of pages) {
      const source = sources.get(page.page);
      if (source && page.problems.length > 0) page.source = source;
    }
  }
  return pages.sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0));
}

/** The problems, page by page, in the words of the content check's report. */
export function describeFailures(failed: readonly AuditedPage[]): string {
  const lines: string[] = [];
  let listed = 0;
  for (const page of failed) {
    if (listed >= LISTED) break;
    lines.push(page.source ? `${page.page} (made from ${page.source})` : page.page);
    for (const problem of page.problems.slice(0, LISTED - listed)) {
      lines.push(`  line ${problem.line}: ${problem.message}`);
      listed++;
    }
  }
  const total = failed.reduce((sum, page) => sum + page.problems.length, 0);
  if (total > listed) lines.push(`… and ${total - listed} more.`);
  lines.push(
    '',
    'When the content file is named, fix it there (npm run check shows raw HTML and links it refuses). Otherwise a component or plugin wrote it: please tell the hub maintainers.',
  );
  return lines.join('\n');
}

/** Which content file each post, guideline and campaign page in the build folder comes from. */
function sourcesByPage(options: OutputAuditOptions): Map<string, string> {
  const { hub } = options;
  const base = withTrailingSlash(hub.base);
  // Page addresses are written encoded (`caf%C3%A9`); the build folder's names are not.
  const pageFile = (path: string) => `${decodeURIComponent(path.slice(base.length))}index.html`;
  const sources = new Map<string, string>();
  for (const file of discoverContent(options.contentDir).files) {
    if (!file.slug) continue;
    const id = entryIdOf(file.slug);
    if ((file.kind === 'post' || file.kind === 'guideline') && file.locale) {
      sources.set(pageFile(pathTo(hub, file.locale, file.kind === 'post' ? 'posts' : 'guidelines', id)), displayPath(file.path));
    } else if (file.kind === 'campaign') {
      for (const { code } of hub.locales) sources.set(pageFile(pathTo(hub, code, 'campaigns', id)), displayPath(file.path));
    }
  }
  return sources;
}
