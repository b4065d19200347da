import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PHONE, eventually, expectQuiet, useBrowser, watchedPage } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** What an attacker would try to get into a page: handlers, an inline script, a javascript: link. */
const INJECTED = `
  <img src="/no-such-picture.png" alt="" onerror="alert('handler')">
  <svg onload="alert('svg')"></svg>
  <script>alert('inline script')</script>
  <a id="injected-link" href="javascript:alert('link')">open</a>`;

/**
 * Opens a real page of the hub with the injection added to its body, served by the same server
 * at the same address, with or without the hub's policy. Counts the dialogs and the violations.
 */
async function openInjected(page: Page, path: string, withPolicy: boolean): Promise<{ dialogs: string[]; violations: () => Promise<number> }> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    (window as unknown as { violations: number }).violations = 0;
    document.addEventListener('securitypolicyviolation', () => (window as unknown as { violations: number }).violations++);
  });
  await page.route(`${baseUrl}${path}`, async (route) => {
    const response = await route.fetch();
    let html = (await response.text()).replace('</body>', `${INJECTED}</body>`);
    if (!withPolicy) html = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '');
    await route.fulfill({ response, body: html });
  });
  await page.goto(path);
  await page.locator('#injected-link').click();
  await page.waitForTimeout(300);
  return { dialogs, violations: () => page.evaluate(() => (window as unknown as { violations: number }).violations) };
}

describe('the Content-Security-Policy stops code that got into a page', () => {
  it('without the policy the injection runs (the test can see it)', async () => {
    const context = await browser().newContext({ ...PHONE, baseURL: baseUrl });
    const page = await context.newPage();
    const { dialogs } = await openInjected(page, '/posts/ebbtide-launch-day/', false);
    expect(dialogs).toEqual(expect.arrayContaining(['handler', 'inline script', 'link']));
    await context.close();
  });

  it('with the hub’s policy no handler, inline script or javascript: link runs, and the browser reports each', async () => {
    const context = await browser().newContext({ ...PHONE, baseURL: baseUrl });
    const page = await context.newPage();
    const { dialogs, violations } = await openInjected(page, '/posts/ebbtide-launch-day/', true);
    expect(dialogs).toEqual([]);
    expect(await violations()).toBeGreaterThanOrEqual(3);
    // The hub's own scripts still ran: the share panel's inline start-up (allowed by its hash).
    await expect(page.locator('[data-share-panel]').getAttribute('class')).resolves.not.toMatch(/no-js/);
    await context.close();
  });
});

describe('every kind of page works under the policy, with a clean console', () => {
  it('home, a post with its share panel, a guideline, the FAQ and a campaign', async () => {
    const watched = await watchedPage(browser(), baseUrl);
    const { page } = watched;
    for (const path of ['/', '/posts/', '/guidelines/', '/faq/', '/program/', '/it/', '/leaderboard/', '/dashboard/']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
    }
    await page.goto('/posts/ebbtide-launch-day/');
    await expect(page.locator('[data-share-panel]').getAttribute('class')).resolves.not.toMatch(/no-js/);
    expectQuiet(watched);
    await watched.context.close();
  });

  it('search runs Pagefind in its workers and finds posts', async () => {
    const watched = await watchedPage(browser(), baseUrl);
    const { page } = watched;
    await page.goto('/search/?q=disclose');
    await eventually(() => page.locator('[data-search-results] .result').count()).toBeGreaterThan(0);
    expectQuiet(watched);
    await watched.context.close();
  });

  it('the reach calculator computes', async () => {
    const watched = await watchedPage(browser(), baseUrl);
    const { page } = watched;
    await page.goto('/calculator/');
    await page.getByLabel('Employees').fill('1000');
    await eventually(() => page.locator('[data-calculator-results] .advocates').textContent()).toBe('200 advocates');
    expectQuiet(watched);
    await watched.context.close();
  });
});
