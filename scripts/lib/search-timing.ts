import type { Page } from 'playwright-core';

/**
 * How long a query takes on the hub's search page, in ms: from submitting it in the page's own
 * box to the results count on screen, the whole query at once (as when it is pasted). Shared by
 * the browser tests and `npm run bench:search`.
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

/**
 * How long a query takes when a person types it, in ms: the query is typed key by key (the page
 * fetches the index's words while it is typed, as it is built to), then Enter is pressed; timed
 * from Enter to the results count on screen.
 */
export async function timeTypedQuery(page: Page, query: string, msBetweenKeys = 80): Promise<number> {
  const input = page.locator('[data-search-primary]');
  await input.fill('');
  await input.pressSequentially(query, { delay: msBetweenKeys });
  await page.evaluate((query) => {
    const input = document.querySelector<HTMLInputElement>('[data-search-primary]')!;
    const status = document.querySelector('[data-search-status]')!;
    const timing = window as unknown as { typedQuery?: Promise<number> };
    timing.typedQuery = new Promise<number>((resolvePromise) => {
      let started: number | undefined;
      input.addEventListener(
        'keydown',
        (event) => {
          if (event.key === 'Enter') started = performance.now();
        },
        { capture: true, once: true },
      );
      const done = new MutationObserver(() => {
        if (started !== undefined && status.textContent?.includes(`“${query}”`)) {
          done.disconnect();
          resolvePromise(performance.now() - started);
        }
      });
      done.observe(status, { childList: true, characterData: true, subtree: true });
    });
  }, query);
  await input.press('Enter');
  return page.evaluate(() => (window as unknown as { typedQuery: Promise<number> }).typedQuery);
}
