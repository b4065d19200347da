import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with nothing that phones home. Fails loudly when it is missing. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The browser tests need Chromium at ${CHROMIUM}. Install it with "sudo apt-get install chromium" ` +
        '(Debian/Ubuntu), or point CHROMIUM_PATH at a Chromium binary.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
export const DESKTOP = { viewport: { width: 1280, height: 900 } };

export interface Watched {
  page: Page;
  context: BrowserContext;
  /** Requests to any host but the test server, and console errors: both must stay empty. */
  foreignRequests: string[];
  consoleErrors: string[];
}

/**
 * A page whose every request to another host is blocked and recorded, and whose console errors
 * are collected, so a test can assert that the hub talks to no one but its own server.
 */
export async function watchedPage(
  browser: Browser,
  baseUrl: string,
  options: Parameters<Browser['newContext']>[0] = PHONE,
): Promise<Watched> {
  const context = await browser.newContext({ ...options, baseURL: baseUrl });
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  const origin = new URL(baseUrl).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreignRequests.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  return { page, context, foreignRequests, consoleErrors };
}
