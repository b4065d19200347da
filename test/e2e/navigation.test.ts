import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DESKTOP, PHONE, launchBrowser, watchedPage } from './support/browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const)('browsing on a %s', (_name, device) => {
  it('goes from the home page to a post and talks to no other host', async () => {
    const { page, context, foreignRequests, consoleErrors } = await watchedPage(browser, baseUrl, device);
    await page.goto('/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Share what we are proud of');
    await page.locator('.post-card a').first().click();
    await page.waitForURL(/\/posts\/[a-z0-9-]+\/$/);
    await expect(page.locator('#why-title').isVisible()).resolves.toBe(true);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('languages and missing pages', () => {
  it('the language switcher keeps the reader on the same post', async () => {
    const { page, context } = await watchedPage(browser, baseUrl);
    await page.goto('/posts/ebbtide-launch-day/');
    await page.getByRole('link', { name: 'Italiano' }).click();
    await page.waitForURL(/\/it\/posts\/ebbtide-launch-day\/$/);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('it');
    await context.close();
  });

  it('the expired post says it has expired', async () => {
    const { page, context } = await watchedPage(browser, baseUrl);
    await page.goto('/posts/summer-service-clinic/');
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/expired on/);
    await context.close();
  });

  it('an unknown path shows the 404 page', async () => {
    const { page, context } = await watchedPage(browser, baseUrl);
    const response = await page.goto('/no/such/page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('pages read well: the post, its captions and the guidelines are all there', async () => {
    const { page, context } = await watchedPage(browser, baseUrl, { ...PHONE, javaScriptEnabled: false });
    await page.goto('/posts/ebbtide-launch-day/');
    await expect(page.locator('#captions-title').isVisible()).resolves.toBe(true);
    await expect(page.locator('blockquote').count()).resolves.toBeGreaterThan(1);
    await page.goto('/guidelines/social-media-policy/');
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    await context.close();
  });
});
