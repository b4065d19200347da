import type { Page } from 'playwright-core';

/**
 * How long a query takes on the hub's search page, in ms: from submitting it in the page's own
 * box to the results count on screen. Shared by the browser tests and `npm run bench:search`.
 */
export function timeQuery(page: Page, query: string): Promise<number> {
  return page.evaluate(
    (query) =>
      new Promise<number>((resolvePromise) => {
        const input = document.querySelector<HTMLInputElement>('[data-search-primary]')!;
        const status = document.querySelector('[data-search-status]')!;
        const started = performance.now();
        const done = new MutationObserver(() => {
          if (status.textContent?.includes(`“${query}”`)) {
            done.disconnect();
            resolvePromise(performance.now() - started);
          }
        });
        done.observe(status, { childList: true, characterData: true, subtree: true });
        input.value = query;
        input.form!.requestSubmit();
      }),
    query,
  );
}

/** Opens `path` (such as `/search/?q=…`) and returns when its first result showed, in ms from the start of navigation. */
export async function timeFirstResult(page: Page, path: string): Promise<number> {
  await page.addInitScript(() => {
    new MutationObserver((_changes, observer) => {
      if (document.querySelector('[data-search-results] .result')) {
        (window as unknown as { firstResultAt: number }).firstResultAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(path);
  await page.waitForFunction(() => (window as unknown as { firstResultAt?: number }).firstResultAt !== undefined, undefined, { timeout: 60_000 });
  return page.evaluate(() => (window as unknown as { firstResultAt: number }).firstResultAt);
}
