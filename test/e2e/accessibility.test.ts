import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE, expectQuiet, useBrowser, watchedPage, type Watched } from './support/browser.ts';
import { axeViolations, describeViolations } from './support/axe.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** Every kind of page the hub draws, each once; `ready` waits for what the page's script adds. */
const PAGES: { name: string; path: string; ready?: string; status?: number }[] = [
  { name: 'the home page', path: '/' },
  { name: 'a post', path: '/posts/ebbtide-launch-day/' },
  { name: 'a guideline with tables', path: '/guidelines/social-media-policy/' },
  { name: 'the FAQ', path: '/faq/' },
  { name: 'search with results', path: '/search/?q=disclose', ready: '[data-search-results] .result' },
  { name: 'search with a typo corrected', path: '/search/?q=warrenty', ready: '[data-search-correction]:not([hidden]) ~ section .result' },
  { name: 'the leaderboard', path: '/leaderboard/' },
  { name: 'the dashboard', path: '/dashboard/' },
  { name: 'the reach calculator', path: '/calculator/' },
  { name: 'suggest a post', path: '/suggest/' },
  { name: 'all posts', path: '/posts/' },
  { name: 'a category', path: '/categories/product-announcements/' },
  { name: 'a campaign', path: '/campaigns/ebbtide-launch/' },
  { name: 'the program page', path: '/program/' },
  { name: 'the page for a missing address', path: '/no/such/page/', status: 404 },
];

/**
 * WCAG 2.2 AA in the light and the dark colour scheme. The hub's dark theme is pure CSS
 * (prefers-color-scheme), so one page load serves both: the context starts light and the page
 * is switched to dark, which is what the context option `colorScheme: 'dark'` does at load.
 */
describe.each([
  ['a phone', PHONE],
  ['a desktop', DESKTOP],
] as const)('accessibility on %s (axe-core, WCAG 2.2 AA)', (device, options) => {
  let watched: Watched;
  beforeAll(async () => {
    watched = await watchedPage(browser(), baseUrl, { ...options, colorScheme: 'light' });
  });
  afterAll(async () => {
    await watched.context.close();
  });

  // The desktop run repeats the pages whose layout changes most with the width.
  const pages = device === 'a phone' ? PAGES : PAGES.filter((p) => ['/', '/posts/ebbtide-launch-day/', '/search/?q=disclose', '/dashboard/'].includes(p.path));

  it.each(pages)('$name ($path) has no violations in light or dark', async ({ path, ready, status }) => {
    const { page } = watched;
    await page.emulateMedia({ colorScheme: 'light' });
    const response = await page.goto(path);
    expect(response?.status()).toBe(status ?? 200);
    if (ready) await page.locator(ready).first().waitFor();
    const reports: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).resolves.toBe(scheme === 'dark');
      reports.push(describeViolations(`${path} in ${scheme} on ${device}`, await axeViolations(page)));
    }
    expect(reports.filter(Boolean).join('\n\n'), 'accessibility violations').toBe('');
    expectQuiet(watched);
  });
});

describe('accessibility of the share panel in use (axe-core, WCAG 2.2 AA)', () => {
  it('with a code, a caption too long for X, a code mistyped and the Mastodon form open', async () => {
    const watched = await watchedPage(browser(), baseUrl, PHONE);
    const { page } = watched;
    await page.goto('/posts/ebbtide-launch-day/?advocate=ab12cd34ef');
    await page.getByLabel('Write for').selectOption('x');
    await page.getByLabel('Your caption').fill('I work at Tidewater. '.repeat(16));
    await page.locator('[data-share-panel] [data-network="x"][aria-disabled="true"]').waitFor();
    await page.getByRole('button', { name: 'Change' }).click();
    await page.getByLabel('Your code').fill('not a code!');
    await page.getByRole('button', { name: 'Use this code' }).click();
    await page.locator('[data-setup-error]:not([hidden])').waitFor();
    await page.locator('[data-share-panel] [data-network="mastodon"]').click();
    await page.getByLabel('Your Mastodon server').fill('not a server');
    await page.getByRole('button', { name: 'Save and share' }).click();
    await page.locator('[data-mastodon-error]:not([hidden])').waitFor();
    const reports: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      reports.push(describeViolations(`the share panel in use, in ${scheme}`, await axeViolations(page)));
    }
    expect(reports.filter(Boolean).join('\n\n'), 'accessibility violations').toBe('');
    expect(watched.newTabs).toEqual([]);
    expectQuiet(watched);
    await watched.context.close();
  });
});
