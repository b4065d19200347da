import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { launchBrowser } from '../../../scripts/lib/chromium.ts';

export { CHROMIUM, launchBrowser } from '../../../scripts/lib/chromium.ts';

/**
 * One browser for the test file: launched before its first test, closed after its last.
 * Call at the top of a test file; the returned function gives the browser inside tests.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not running yet: call useBrowser() at the top of the test file');
    return browser;
  };
}

export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
export const DESKTOP = { viewport: { width: 1280, height: 900 } };

export type ContextOptions = NonNullable<Parameters<Browser['newContext']>[0]>;

export interface Watched {
  page: Page;
  context: BrowserContext;
  /** Requests the page made to any host but the test server (blocked): must stay empty. */
  foreignRequests: string[];
  /** Console errors and uncaught exceptions of the page: must stay empty. */
  consoleErrors: string[];
  /** Addresses that new tabs opened by the page tried to load (share dialogs), blocked before leaving the machine. */
  newTabs: string[];
  /** Resolves with the address the next new tab tries to open. Call it before the click that opens the tab. */
  nextNewTab(): Promise<string>;
}

/**
 * A page whose every request to another host is blocked and recorded, and whose console errors
 * are collected, so a test can assert that the hub talks to no one but its own server. Share
 * dialogs open in new tabs: their navigation is blocked too, and recorded apart, so a test can
 * say which dialog a click opened.
 */
export async function watchedPage(browser: Browser, baseUrl: string, options: ContextOptions = PHONE): Promise<Watched> {
  const context = await browser.newContext({ ...options, baseURL: baseUrl });
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  const newTabs: string[] = [];
  const waiting: ((url: string) => void)[] = [];
  const origin = new URL(baseUrl).origin;
  // Every step of a test waits for a condition; ten seconds without it is a failure, not slowness.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = request.url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    await route.abort('blockedbyclient');
    const from = pageOf(request);
    if (from === page || !request.isNavigationRequest()) {
      foreignRequests.push(url);
      return;
    }
    // A share dialog in a new tab: blocked, recorded, and the tab closed so that the hub's page
    // is in front again (a page in the background gets no animation frames, and waits stall).
    await from?.close().catch(() => undefined);
    await page.bringToFront();
    newTabs.push(url);
    waiting.shift()?.(url);
  });
  // A page served with 404 makes the browser log its status; that is the missing-page case the
  // tests ask for (and assert through the response), not a fault. A 404 of a script or picture is.
  const missingPages = new Set<string>();
  const isMissingPageNotice = (text: string, url: string) => missingPages.has(url) && /status of 404/.test(text);
  const consoleUrls: string[] = [];
  page.on('response', (response) => {
    if (response.status() !== 404 || response.request().resourceType() !== 'document') return;
    missingPages.add(response.url());
    for (let i = consoleErrors.length - 1; i >= 0; i--) {
      if (isMissingPageNotice(consoleErrors[i]!, consoleUrls[i]!)) {
        consoleErrors.splice(i, 1);
        consoleUrls.splice(i, 1);
      }
    }
  });
  page.on('console', (message) => {
    if (message.type() !== 'error' || isMissingPageNotice(message.text(), message.location().url)) return;
    consoleErrors.push(message.text());
    consoleUrls.push(message.location().url);
  });
  page.on('pageerror', (error) => {
    consoleErrors.push(error.message);
    consoleUrls.push('');
  });
  const nextNewTab = () => new Promise<string>((resolve) => waiting.push(resolve));
  return { page, context, foreignRequests, consoleErrors, newTabs, nextNewTab };
}

function pageOf(request: Request): Page | undefined {
  try {
    return request.frame().page();
  } catch {
    return undefined; // a service worker's request has no frame
  }
}

/** The hub kept to itself: no request to another host, no console error, on every page visited. */
export function expectQuiet({ foreignRequests, consoleErrors }: Pick<Watched, 'foreignRequests' | 'consoleErrors'>): void {
  expect(foreignRequests, 'requests to a host other than the test server').toEqual([]);
  expect(consoleErrors, 'errors in the browser console').toEqual([]);
}

/** Waits until the browser has painted twice: layout and script work queued by the page load are done. */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))),
  );
}

/**
 * Retries the read until the assertion holds (or ten seconds pass): for what the page's script
 * does after an action, such as a count redrawn once twitter-text has arrived.
 */
export function eventually<T>(read: () => Promise<T> | T, message?: string) {
  return expect.poll(read, { timeout: 10_000, interval: 20, message });
}
