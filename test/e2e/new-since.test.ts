import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectQuiet, useBrowser, watchedPage } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const KEY = 'advocacy-hub.visit.en';
const DAY = 24 * 60 * 60 * 1000;

/** Pretends the previous visit ended `ago` ms before now, having seen posts up to `newestSeen`. */
async function rememberVisit(page: Page, newestSeen: string, ago: number): Promise<void> {
  await page.evaluate(
    ({ key, newestSeen, ago }) => localStorage.setItem(key, JSON.stringify({ lastSeen: Date.now() - ago, newestSeen, baseline: newestSeen })),
    { key: KEY, newestSeen, ago },
  );
}

const visibleMarks = (page: Page) => page.locator('[data-new-mark]:visible').count();
const countBadge = (page: Page) => page.locator('nav [data-new-count]');

describe('new since your last visit', () => {
  it('marks nothing on the first visit, then the posts published since, and forgets them on the next visit', async () => {
    const watched = await watchedPage(browser(), baseUrl);
    const { page, context } = watched;
    await page.goto('/');
    await expect(visibleMarks(page)).resolves.toBe(0);
    await expect(countBadge(page).isHidden()).resolves.toBe(true);
    const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);
    expect(stored).toMatchObject({ newestSeen: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });

    // A week ago, the newest post was the one of 14 November.
    await rememberVisit(page, '2026-11-14', 7 * DAY);
    await page.reload();
    const newer = await page.locator('[data-published]').evaluateAll((cards) =>
      cards.filter((card) => (card as HTMLElement).dataset.published! > '2026-11-14').length,
    );
    expect(newer).toBeGreaterThan(0);
    await expect(visibleMarks(page)).resolves.toBe(newer);
    await expect(page.locator('[data-published="2026-11-14"] [data-new-mark]').first().isHidden()).resolves.toBe(true);
    const dates = (await page.locator('[data-new-since]').getAttribute('data-dates'))!.split(' ');
    const expected = dates.filter((date) => date > '2026-11-14').length;
    await expect(countBadge(page).textContent()).resolves.toBe(`${expected} new`);

    // Still the same visit on another page: the count stays.
    await page.goto('/guidelines/');
    await expect(countBadge(page).textContent()).resolves.toBe(`${expected} new`);

    // The next visit, two hours later: those posts have been seen.
    await page.evaluate((key) => {
      const state = JSON.parse(localStorage.getItem(key)!);
      localStorage.setItem(key, JSON.stringify({ ...state, lastSeen: Date.now() - 2 * 60 * 60 * 1000 }));
    }, KEY);
    await page.goto('/');
    await expect(visibleMarks(page)).resolves.toBe(0);
    await expect(countBadge(page).isHidden()).resolves.toBe(true);

    expectQuiet(watched);
    await context.close();
  });

  it('keeps each language apart, in Italian words', async () => {
    const watched = await watchedPage(browser(), baseUrl);
    const { page, context } = watched;
    await page.goto('/it/');
    await page.evaluate(() =>
      localStorage.setItem('advocacy-hub.visit.it', JSON.stringify({ lastSeen: Date.now() - 7 * 86_400_000, newestSeen: '2026-11-14', baseline: '2026-11-14' })),
    );
    await page.reload();
    await expect(countBadge(page).textContent()).resolves.toMatch(/^\d+ nuovi$|^1 nuovo$/);
    await expect(page.locator('[data-new-mark]:visible').first().textContent()).resolves.toBe('Nuovo');
    await expect(page.evaluate(() => localStorage.getItem('advocacy-hub.visit.en'))).resolves.toBeNull();
    expectQuiet(watched);
    await context.close();
  });
});
