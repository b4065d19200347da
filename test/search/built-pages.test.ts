import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readBuiltPages, readBuiltPagesOnThreads } from '../../src/search/built-pages.ts';
import { removeCopies, siteWith } from './built-sites.ts';

afterEach(removeCopies);

/* The publish step reads each built page once (src/search/built-pages.ts); a large site on two threads. */
describe('reading the built pages', () => {
  // Above the size where a second thread is used; two languages, so both halves have pages of each.
  const large = () => siteWith({ en: 1800, it: 700 });

  it('on two threads, gives the pages one thread gives: same pages, digests, languages, in the same order', async () => {
    const site = large();
    const alone = readBuiltPages(site);
    expect(alone.length).toBeGreaterThan(2000);
    expect(await readBuiltPagesOnThreads(site, { threads: 2 })).toEqual(alone);
    expect(await readBuiltPagesOnThreads(site, { threads: 1 })).toEqual(alone);
  });

  it('sees a page changed on disk, whichever half it is in', async () => {
    const site = large();
    const before = await readBuiltPagesOnThreads(site, { threads: 2 });
    const last = before.at(-1)!;
    writeFileSync(join(site, last.page), '<!doctype html><html lang="ms"><body><main data-pagefind-body>Changed</main></body></html>');
    const after = await readBuiltPagesOnThreads(site, { threads: 2 });
    expect(after.at(-1)).toMatchObject({ page: last.page, language: 'ms' });
    expect(after.at(-1)!.digest).not.toBe(last.digest);
    expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
  });

  it("takes the second half from the worker thread, after this thread's first half", async () => {
    const site = large();
    // A worker that says which pages it was given, with a digest no page has.
    const marking = new URL(
      `data:text/javascript,${encodeURIComponent(
        "import { parentPort, workerData } from 'node:worker_threads'; parentPort.postMessage(workerData.files.map((page) => ({ page, digest: 'from the worker', searchable: false, language: 'unknown' })));",
      )}`,
    );
    const alone = readBuiltPages(site);
    const pages = await readBuiltPagesOnThreads(site, { threads: 2, worker: marking });
    const half = Math.ceil(alone.length / 2);
    expect(pages.slice(0, half)).toEqual(alone.slice(0, half));
    expect(pages.slice(half).map((page) => page.page)).toEqual(alone.slice(half).map((page) => page.page));
    expect(pages.slice(half).every((page) => page.digest === 'from the worker')).toBe(true);
  });

  it('reads the second half itself when the worker thread fails: no page is missing', async () => {
    const site = large();
    const failing = new URL('data:text/javascript,throw new Error("the worker fails")');
    expect(await readBuiltPagesOnThreads(site, { threads: 2, worker: failing })).toEqual(readBuiltPages(site));
  });
});
