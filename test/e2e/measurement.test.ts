import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, eventually, expectQuiet, useBrowser, watchedPage } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const out = (page: Page, id: string) => page.locator(`[data-out="${id}"]`).textContent();
const numeric = (text: string | null) => Number((text ?? '').replace(/[^\d.]/g, ''));

describe('the reach calculator', () => {
  it('updates as the numbers change, explains bad ones, and keeps them in the address', async () => {
    const watched = await watchedPage(browser(), baseUrl, PHONE);
    const { page } = watched;
    await page.goto('/calculator/');
    // The example company: 500 people, 20 % taking part, 500 connections, 4 posts a month.
    await expect(out(page, 'month.potentialReach')).resolves.toBe('200,000');
    await expect(out(page, 'month.earnedMedia')).resolves.toBe('€600');

    const employees = page.getByLabel('Employees');
    await employees.fill('1000');
    await eventually(() => out(page, 'month.potentialReach')).toBe('400,000');
    await expect(out(page, 'year.potentialReach')).resolves.toBe('4,800,000');
    await expect(out(page, 'month.earnedMedia')).resolves.toBe('€1,200');
    await expect(page.locator('[data-calculator-results] .advocates').textContent()).resolves.toBe('200 advocates');
    await expect(page.getByText('1,000 employees × 20% taking part = 200 advocates').isVisible()).resolves.toBe(true);

    await employees.fill('-5');
    await eventually(() => page.locator('[data-error-for="employees"]').textContent()).toBe('Enter 0 or more: this cannot be negative.');
    await expect(employees.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('[data-calc-status]').textContent()).resolves.toBe('Correct the fields marked above to update the results.');
    // The last good result stays on screen rather than a wrong one.
    await expect(out(page, 'month.potentialReach')).resolves.toBe('400,000');

    await page.getByLabel('Taking part (%)').fill('150');
    await eventually(() => page.locator('[data-error-for="participation_percent"]').textContent()).toBe('Enter a percentage from 0 to 100.');

    await employees.fill('250');
    await page.getByLabel('Taking part (%)').fill('40');
    await page.getByRole('button', { name: 'Calculate' }).click();
    await eventually(() => new URL(page.url()).searchParams.get('employees')).toBe('250');
    await page.reload();
    await expect(employees.inputValue()).resolves.toBe('250');
    await eventually(() => out(page, 'month.potentialReach')).toBe('200,000');
    expectQuiet(watched);
    await watched.context.close();
  });
});

describe('the numbers from analytics', () => {
  it('the leaderboard ranks advocates by points, without naming those who did not opt in', async () => {
    const watched = await watchedPage(browser(), baseUrl, PHONE);
    const { page } = watched;
    await page.goto('/leaderboard/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Leaderboard');
    const tables = page.locator('main table');
    expect(await tables.count()).toBeGreaterThan(1);
    const first = tables.first();
    await expect(first.locator('caption').textContent()).resolves.toBe('Last 30 days: top advocates');
    const rows = await first.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent?.trim() ?? '')));
    expect(rows.length).toBeGreaterThan(1);
    const points = rows.map((row) => Number(row.at(-1)!.replace(/,/g, '')));
    expect(points).toEqual([...points].sort((a, b) => b - a));
    // Someone who has not asked to be named shows as the start of their code.
    expect(rows.some((row) => /^Advocate [a-z0-9]{4}…$/.test(row[1]!))).toBe(true);
    expectQuiet(watched);
    await watched.context.close();
  });

  it('the dashboard shows the totals, each chart with words, and links to the posts', async () => {
    const watched = await watchedPage(browser(), baseUrl, DESKTOP);
    const { page } = watched;
    await page.goto('/dashboard/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Program dashboard');
    const visits = numeric(await page.locator('dt', { hasText: /^Visits$/ }).locator('xpath=following-sibling::dd[1]').textContent());
    expect(visits).toBeGreaterThan(0);
    // Charts are drawn for the eye and told in words for everyone else.
    const figures = page.locator('main figure');
    expect(await figures.count()).toBeGreaterThan(0);
    for (const figure of await figures.all()) await expect(figure.locator('figcaption').textContent()).resolves.toMatch(/\w{3,}/);
    await expect(page.locator('main figure svg:not([aria-hidden="true"]):not([role="img"])').count()).resolves.toBe(0);
    await expect(page.locator('main figcaption').first().textContent()).resolves.toContain(`${visits.toLocaleString('en')} visits in all`);
    const byPost = page.locator('main table', { has: page.locator('caption', { hasText: /^By post$/ }) });
    await byPost.locator('tbody a').first().click();
    await page.waitForURL(/\/posts\/[a-z0-9-]+\/$/);
    expectQuiet(watched);
    await watched.context.close();
  });
});
