import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../build/dist.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { axeViolations, describeViolations } from './support/axe.ts';
import { PHONE, eventually, expectQuiet, useBrowser, watchedPage } from './support/browser.ts';
import { buildFixtureHub } from './support/fixture-hub.ts';

/**
 * A small hub whose analytics export holds two advocates: harbour-ann1 (63 visits, 23 of them in
 * November) and harbour-bob2 (905). It is imported with npm run analytics:import, built, and
 * served on 127.0.0.1 (kept between runs with HUB_REUSE_TEST_BUILD=1, like the demo build).
 */
const FIXTURE = join(repoRoot, 'test', 'e2e', 'fixtures', 'hub-with-two-advocates');
const EXPORT = join(repoRoot, 'test', 'e2e', 'fixtures', 'ga4-export-two-advocates.csv');
const browser = useBrowser();
let server: Awaited<ReturnType<typeof serveStatic>>;
let out = '';

beforeAll(async () => {
  out = buildFixtureHub({ fixture: FIXTURE, name: 'impact', analyticsExport: EXPORT, builtFile: 'impact/index.html' });
  server = await serveStatic(out);
}, 300_000);
afterAll(() => server?.close());

const cell = (page: import('playwright-core').Page, key: string) => page.locator(`[data-total="${key}"]`).textContent();

describe('/impact/, an advocate’s own figures', () => {
  it('shows the figures of the code in ?advocate= and not the other advocate’s', async () => {
    const watched = await watchedPage(browser(), server.url, PHONE);
    const { page } = watched;
    await page.goto('/impact/?advocate=harbour-ann1');
    await eventually(() => cell(page, 'allTime.sessions')).toBe('63');
    await expect(cell(page, 'thisMonth.sessions')).resolves.toBe('23');
    await expect(cell(page, 'allTime.keyEvents')).resolves.toBe('3');
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toContain('905');
    expect(text).toContain('Your place: 2 of 2 advocates whose links brought visits, all time.');
    // By network and by post, linked to the post's page.
    await expect(page.locator('[data-lines="networks"] tr').first().textContent()).resolves.toMatch(/^LinkedIn/);
    await expect(page.getByRole('link', { name: 'Our rye bread is back' }).first().getAttribute('href')).resolves.toBe('/posts/rye-is-back/');
    const violations = await axeViolations(page);
    expect(violations, describeViolations('/impact/ with figures', violations)).toEqual([]);
    // The code is remembered and taken out of the address bar.
    expect(new URL(page.url()).search).toBe('');
    // The share panel links to the page, next to "Sharing as", once a code is remembered.
    await page.goto('/posts/new-oven/');
    const link = page.getByRole('link', { name: 'See what your shares did' });
    await eventually(() => link.isVisible()).toBe(true);
    await expect(link.getAttribute('href')).resolves.toBe('/impact/');
    await page.goto('/it/impact/');
    await eventually(() => cell(page, 'allTime.sessions')).toBe('63');
    await expect(page.locator('h1').textContent()).resolves.toBe('Il tuo impatto');
    expectQuiet(watched);
    await watched.context.close();
  });

  it('suggests the newest posts not opened on this device', async () => {
    const watched = await watchedPage(browser(), server.url, PHONE);
    const { page } = watched;
    await page.goto('/posts/sourdough-turns-ten/');
    await page.goto('/impact/');
    const next = page.locator('[data-next-list] a');
    await eventually(() => next.allTextContents()).toEqual(['A new oven for the harbour shop', 'Our rye bread is back']);
    expectQuiet(watched);
    await watched.context.close();
  });

  it('without a code, explains how to get one; with a code that has no figures, says there are none yet', async () => {
    const watched = await watchedPage(browser(), server.url, PHONE);
    const { page } = watched;
    await page.goto('/impact/');
    await eventually(() => page.getByRole('heading', { name: 'No advocate code on this device yet' }).isVisible()).toBe(true);
    await expect(page.getByText('choose “Set up my share links” in its share panel').isVisible()).resolves.toBe(true);
    const violations = await axeViolations(page);
    expect(violations, describeViolations('/impact/ without a code', violations)).toEqual([]);
    await page.goto('/impact/?advocate=nobody-here');
    await eventually(() => page.getByRole('heading', { name: 'No figures yet for this code' }).isVisible()).toBe(true);
    await expect(page.locator('[data-state="figures"]').isHidden()).resolves.toBe(true);
    expect(watched.foreignRequests).toEqual([]);
    await watched.context.close();
  });

  it('without JavaScript, says what the page needs', async () => {
    const watched = await watchedPage(browser(), server.url, { ...PHONE, javaScriptEnabled: false });
    const { page } = watched;
    await page.goto('/impact/?advocate=harbour-ann1');
    await expect(page.getByText('This page needs JavaScript: it reads your advocate code from this device').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-state="figures"]').isHidden()).resolves.toBe(true);
    await watched.context.close();
  });

  it('writes one file per code with figures, and none that lists the codes', () => {
    const files = readdirSync(join(out, 'impact')).sort();
    expect(files).toEqual(['harbour-ann1.json', 'harbour-bob2.json', 'index.html']);
  });
});
