/**
 * The output audit in worker threads. Parsing every page is most of the audit's time, and it runs
 * on a core of its own while Pagefind (a process of its own) indexes on the other, so the audit
 * costs the build little more than the time the index takes anyway.
 */
import { inWorkerOrHere } from '../lib/worker-or-here.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditPage, type PageProblem } from '../lib/built-page-audit.ts';

/** What the audit of a page depends on besides the page (see `AuditOptions`). */
export interface PageAuditSettings {
  resourceHosts: readonly string[];
  hubHost: string;
}

/** What a worker is given: the pages it audits, by path relative to `siteDir`. */
export interface AuditWork {
  siteDir: string;
  pages: string[];
  settings: PageAuditSettings;
}

/** Audits pages in this thread, reading each; the problems of each page, in the order given. */
export function auditPages(work: AuditWork): PageProblem[][] {
  // Verdicts on addresses are shared by the pages a thread reads: most pages link the same ones.
  const verdicts = new Map<string, string | null>();
  return work.pages.map((page) => auditPage(readFileSync(join(work.siteDir, page), 'utf8'), { ...work.settings, verdicts }));
}

/** Fewer pages than this are audited in this thread: a worker takes longer to start than they take. */
const WORKER_MINIMUM = 200;

/**
 * Audits `pages` in up to `workers` worker threads, each a share of them; gives each page's
 * problems in the order given. A worker that cannot start (or stops without an answer) has its
 * share audited in this thread, so the audit always runs; an error thrown while auditing is thrown
 * here either way.
 */
export async function auditInWorkers(siteDir: string, pages: readonly string[], settings: PageAuditSettings, workers: number): Promise<PageProblem[][]> {
  const count = Math.min(workers, Math.floor(pages.length / WORKER_MINIMUM));
  if (count < 1) return auditPages({ siteDir, pages: [...pages], settings });
  // Every count-th page: neighbouring pages (a post's languages, a list's pages) are alike in size.
  const shares = Array.from({ length: count }, (_, k) => pages.filter((_page, i) => i % count === k));
  const answers = await Promise.all(shares.map((share) => auditInWorker({ siteDir, pages: share, settings })));
  return pages.map((_page, i) => answers[i % count]![Math.floor(i / count)]!);
}

function auditInWorker(work: AuditWork): Promise<PageProblem[][]> {
  return inWorkerOrHere(
    new URL('./output-audit-worker.ts', import.meta.url),
    work,
    (answer) => {
      const message = answer as { problems: PageProblem[][] } | { error: string };
      if ('problems' in message) return message.problems;
      throw new Error(`The output audit failed: ${message.error}`);
    },
    () => auditPages(work),
  );
}
