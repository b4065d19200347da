import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, expectQuiet, useBrowser, watchedPage } from './support/browser.ts';
import { DIALOGS, readShareLink, shareHrefs, utmOf } from './support/share-links.ts';
import { demoHub } from './support/demo-content.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** On a phone the languages are in a menu: opened first, then the language chosen. */
async function chooseLanguage(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: /^(Language|Bahasa|Lingua)$/ }).locator('summary').click();
  await page.getByRole('link', { name, exact: true }).click();
}

describe('languages and missing pages', () => {
  it('the language switcher keeps the reader on the same page, in every language', async () => {
    const watched = await watchedPage(browser(), baseUrl);
    const { page } = watched;
    await page.goto('/posts/ebbtide-launch-day/');
    await chooseLanguage(page, 'Italiano');
    await page.waitForURL(/\/it\/posts\/ebbtide-launch-day\/$/);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('it');
    await expect(page.locator('#share-title').textContent()).resolves.toBe('Condividi questo post');
    await chooseLanguage(page, 'Bahasa Melayu');
    await page.waitForURL(/\/ms\/posts\/ebbtide-launch-day\/$/);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ms');

    // Not only posts: a guideline and the FAQ keep their place too.
    await page.goto('/it/faq/');
    await chooseLanguage(page, 'English');
    await page.waitForURL(/\/faq\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Frequently asked questions');
    expectQuiet(watched);
    await watched.context.close();
  });

  it('the expired post says it has expired and offers nothing to share', async () => {
    const watched = await watchedPage(browser(), baseUrl);
    const { page } = watched;
    await page.goto('/posts/summer-service-clinic/');
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/^This post expired on \w+ \d+, \d{4}\. .*do not share it again\.$/);
    await expect(page.locator('[data-share-panel]').count()).resolves.toBe(0);
    expectQuiet(watched);
    await watched.context.close();
  });

  it('an unknown path shows the 404 page, with a way home in every language', async () => {
    const watched = await watchedPage(browser(), baseUrl);
    const { page } = watched;
    const response = await page.goto('/no/such/page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await expect(page.locator('main a[hreflang]').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).resolves.toEqual(['/', '/ms/', '/it/']);
    expectQuiet(watched);
    await watched.context.close();
  });
});

describe('without JavaScript', () => {
  const dialogs = demoHub().networks.filter((network) => network in DIALOGS);

  it('a post reads well and every share link works, without the advocate code', async () => {
    const watched = await watchedPage(browser(), baseUrl, { ...PHONE, javaScriptEnabled: false });
    const { page } = watched;
    // Even a personal link cannot credit anyone without the script: the links stay as built.
    await page.goto('/posts/ebbtide-launch-day/?advocate=ab12cd34ef');
    await expect(page.locator('h1').textContent()).resolves.toBe('The Ebbtide e-bike is here');
    await expect(page.locator('#why-title').isVisible()).resolves.toBe(true);
    await expect(page.locator('#captions-title').isVisible()).resolves.toBe(true);
    await expect(page.locator('blockquote').count()).resolves.toBeGreaterThan(1);
    await expect(page.getByText('Turn on JavaScript to edit the caption').isVisible()).resolves.toBe(true);
    // What needs the script is not offered: no caption editor, no "Sharing as", no copy buttons.
    await expect(page.locator('[data-caption]').isVisible()).resolves.toBe(false);
    await expect(page.getByText('Sharing as', { exact: true }).isVisible()).resolves.toBe(false);
    await expect(page.locator('button[data-network]:visible').count()).resolves.toBe(0);

    const hrefs = await shareHrefs(page);
    for (const network of dialogs) {
      const href = hrefs[network];
      expect(href, `${network} link`).toBeTruthy();
      await expect(page.locator(`[data-share-panel] a[data-network="${network}"]`).isVisible(), `${network} link visible`).resolves.toBe(true);
      const shared = readShareLink(network, href!);
      expect(shared.address, network).toBe(DIALOGS[network]!.address);
      expect(utmOf(shared.link), network).toMatchObject({ utm_source: network, utm_content: 'ebbtide-launch-day' });
      expect(utmOf(shared.link), network).not.toHaveProperty('utm_term');
    }
    expectQuiet(watched);
    await watched.context.close();
  });

  it('the guidelines, the search page and the calculator say what they can without it', async () => {
    const watched = await watchedPage(browser(), baseUrl, { ...DESKTOP, javaScriptEnabled: false });
    const { page } = watched;
    await page.goto('/guidelines/social-media-policy/');
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    await expect(page.locator('main table').count()).resolves.toBeGreaterThan(0);

    await page.goto('/search/?q=ebbtide');
    // Playwright's text search skips <noscript>, so the notice is found by its place.
    const notice = page.locator('main noscript p');
    await expect(notice.isVisible()).resolves.toBe(true);
    await expect(notice.textContent()).resolves.toMatch(/^Search needs JavaScript/);
    await page.getByRole('link', { name: 'FAQ' }).last().click();
    await page.waitForURL(/\/faq\/$/);

    await page.goto('/calculator/');
    await expect(page.locator('[data-out="month.potentialReach"]').textContent()).resolves.toMatch(/\d/);
    await expect(page.locator('form noscript p').textContent()).resolves.toBe('Without JavaScript, the results below stay those of the example values.');
    expectQuiet(watched);
    await watched.context.close();
  });
});
