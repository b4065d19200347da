import type { Page } from 'playwright-core';

/** A query that shows no results by then has failed (the page says so in its status). */
const GIVE_UP_MS = 60_000;

/**
 * How long a query takes on the hub's search page, in ms: from submitting it in the page's own
 * box to the results count on screen, the whole query at once (as when it is pasted). Shared by
 * the browser tests and `npm run bench:search`.
 */
export async function timeQuery(page: Page, query: string): Promise<number> {
  await waitForResults(page, query);
  await page.evaluate((query) => {
    const input = document.querySelector<HTMLInputElement>('[data-search-primary]')!;
    input.value = query;
    input.form!.requestSubmit();
  }, query);
  return resultsTime(page);
}

/**
 * How long a query takes when a person types it, in ms: the query is typed key by key (the page
 * fetches the index's words while it is typed, as it is built to), then Enter is pressed as one
 * more key; timed from Enter (which submits the form) to the results count on screen.
 */
export async function timeTypedQuery(page: Page, query: string, msBetweenKeys = 80): Promise<number> {
  const input = page.locator('[data-search-primary]');
  await input.fill('');
  await waitForResults(page, query);
  // Enter comes as the next key, as soon after the last letter as the letters after each other.
  await input.pressSequentially(`${query}\n`, { delay: msBetweenKeys });
  return resultsTime(page);
}

/**
 * Starts watching the search page: from the next submit of its form until its status gives the
 * count for `query`, or a failure after {@link GIVE_UP_MS}. {@link resultsTime} reads the result.
 */
async function waitForResults(page: Page, query: string): Promise<void> {
  await page.evaluate(
    ({ query, giveUpMs }) => {
      const form = document.querySelector<HTMLInputElement>('[data-search-primary]')!.form!;
      const status = document.querySelector('[data-search-status]')!;
      (window as unknown as { queryTime?: Promise<number> }).queryTime = new Promise<number>((resolvePromise, rejectPromise) => {
        let started: number | undefined;
        form.addEventListener('submit', () => (started ??= performance.now()), { capture: true, once: true });
        const giveUp = setTimeout(() => rejectPromise(new Error(`no results for "${query}" after ${giveUpMs} ms: ${status.textContent}`)), giveUpMs);
        const done = new MutationObserver(() => {
          if (started !== undefined && status.textContent?.includes(`“${query}”`)) {
            done.disconnect();
            clearTimeout(giveUp);
            resolvePromise(performance.now() - started);
          }
        });
        done.observe(status, { childList: true, characterData: true, subtree: true });
      });
    },
    { query, giveUpMs: GIVE_UP_MS },
  );
}

function resultsTime(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { queryTime: Promise<number> }).queryTime);
}

/**
 * Opens `path` (such as `/search/?q=…`) and returns when its first result showed, in ms from the
 * start of navigation. `shown` is what a result on screen matches (another for Pagefind's own UI,
 * or a result with the typo correction above it).
 */
export async function timeFirstResult(page: Page, path: string, shown = '[data-search-results] .result'): Promise<number> {
  await page.addInitScript((shown) => {
    new MutationObserver((_changes, observer) => {
      if (document.querySelector(shown)) {
        (window as unknown as { firstResultAt: number }).firstResultAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, attributes: true });
  }, shown);
  await page.goto(path);
  await page.waitForFunction(() => (window as unknown as { firstResultAt?: number }).firstResultAt !== undefined, undefined, { timeout: 60_000 });
  return page.evaluate(() => (window as unknown as { firstResultAt: number }).firstResultAt);
}
