import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../build/dist.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { axeViolations, describeViolations } from './support/axe.ts';
import { DESKTOP, PHONE, expectQuiet, settled, useBrowser, watchedPage, type ContextOptions } from './support/browser.ts';
import { buildFixtureHub } from './support/fixture-hub.ts';

/**
 * A hub whose default language is Arabic, with English beside it, and a GA4 export imported so
 * that its dashboard draws charts; built and served on 127.0.0.1 (kept between runs with
 * HUB_REUSE_TEST_BUILD=1). No screenshots: the layout is read from element boxes, and an Arabic
 * page must be its English twin seen in a mirror.
 */
const FIXTURE = join(repoRoot, 'test', 'fixtures', 'hub-in-arabic-and-english');
const EXPORT = join(repoRoot, 'test', 'e2e', 'fixtures', 'ga4-export-two-advocates.csv');
const browser = useBrowser();
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  const out = buildFixtureHub({ fixture: FIXTURE, name: 'right-to-left', analyticsExport: EXPORT, builtFile: 'en/dashboard/index.html' });
  server = await serveStatic(out);
}, 300_000);
afterAll(() => server?.close());

/** Arabic lives at the root (the default language), English under /en/. */
const ARABIC = '';
const ENGLISH = '/en';

interface Box {
  left: number;
  right: number;
  top: number;
  width: number;
}

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${String(locator)} is not on screen`);
  return { left: found.x, right: found.x + found.width, top: found.y, width: found.width };
}

/** Where the words of an element are drawn, as opposed to the box they are drawn in. */
function textBox(locator: Locator): Promise<Box> {
  return locator.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const { left, right, top, width } = range.getBoundingClientRect();
    return { left, right, top, width };
  });
}

/** The same page in Arabic and in English, on the same screen, each with its page width. */
async function bothLanguages<T>(options: ContextOptions, path: string, read: (page: Page) => Promise<T>): Promise<{ ar: T; en: T; width: number }> {
  const watched = await watchedPage(browser(), server.url, options);
  const { page } = watched;
  const results: T[] = [];
  for (const prefix of [ARABIC, ENGLISH]) {
    await page.goto(`${prefix}${path}`);
    await settled(page);
    results.push(await read(page));
  }
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  expectQuiet(watched);
  await watched.context.close();
  return { ar: results[0]!, en: results[1]!, width };
}

/** `box` seen in a mirror of a page `width` wide. */
const mirrored = (found: Box, width: number) => ({ left: width - found.right, right: width - found.left });

describe('a hub in Arabic and English', () => {
  it('marks Arabic pages as written right to left and English pages as left to right', async () => {
    const watched = await watchedPage(browser(), server.url, DESKTOP);
    const { page } = watched;
    const html = page.locator('html');
    for (const path of ['/', '/posts/new-oven/', '/guidelines/how-we-share/', '/faq/', '/search/', '/dashboard/']) {
      await page.goto(path);
      await expect(html.getAttribute('lang'), path).resolves.toBe('ar');
      await expect(html.getAttribute('dir'), path).resolves.toBe('rtl');
      // The link to the English page is written left to right inside the Arabic page.
      await expect(page.locator('.languages .row a[hreflang="en"]').getAttribute('dir'), path).resolves.toBe('ltr');
    }
    for (const path of ['/en/', '/en/posts/new-oven/', '/en/dashboard/']) {
      await page.goto(path);
      await expect(html.getAttribute('lang'), path).resolves.toBe('en');
      await expect(html.getAttribute('dir'), path).resolves.toBe('ltr');
      await expect(page.locator('.languages .row a[hreflang="ar"]').getAttribute('dir'), path).resolves.toBe('rtl');
    }
    // The page for an unknown address speaks the default language, Arabic.
    const missing = await page.goto('/no-such-page/');
    expect(missing?.status()).toBe(404);
    await expect(html.getAttribute('dir')).resolves.toBe('rtl');
    expectQuiet(watched);
    await watched.context.close();
  });

  it('on a desktop, lays the post page out as the English one seen in a mirror', async () => {
    const { ar, en, width } = await bothLanguages(DESKTOP, '/posts/new-oven/', async (page) => ({
      share: await box(page.locator('#share')),
      post: await box(page.locator('.main-column')),
      brand: await box(page.locator('.site-header .brand')),
      title: await box(page.locator('h1')),
      titleText: await textBox(page.locator('h1')),
      nav: await Promise.all((await page.locator('.site-header > nav > ul > li').all()).map(box)),
    }));
    // The share panel is the column at the end of a line: right of the post in English, left of it in Arabic.
    expect(en.share.left).toBeGreaterThan(en.post.right);
    expect(ar.share.right).toBeLessThan(ar.post.left);
    for (const column of ['share', 'post'] as const) {
      expect(ar[column].left, `the ${column} column`).toBeCloseTo(mirrored(en[column], width).left, 0);
      expect(ar[column].right, `the ${column} column`).toBeCloseTo(mirrored(en[column], width).right, 0);
    }
    // The hub's name and the first section of the navigation start the line: on the right in Arabic.
    expect(ar.brand.right).toBeCloseTo(ar.title.right, 0);
    expect(en.brand.left).toBeCloseTo(en.title.left, 0);
    const lefts = (items: Box[]) => items.map((item) => item.left);
    expect(lefts(ar.nav), 'the sections from right to left').toEqual([...lefts(ar.nav)].sort((a, b) => b - a));
    expect(lefts(en.nav), 'the sections from left to right').toEqual([...lefts(en.nav)].sort((a, b) => a - b));
    expect(ar.nav[0]!.right).toBeCloseTo(ar.title.right, 0);
    // Text starts at the start of its line: the title's words touch the right edge in Arabic only.
    expect(ar.titleText.right).toBeCloseTo(ar.title.right, 0);
    expect(ar.titleText.left).toBeGreaterThan(ar.title.left + 50);
    expect(en.titleText.left).toBeCloseTo(en.title.left, 0);
  });

  it('writes an address left to right inside Arabic text', async () => {
    const watched = await watchedPage(browser(), server.url, DESKTOP);
    const { page } = watched;
    await page.goto('/posts/new-oven/');
    const link = page.locator('.main-column a[href="https://harbour-bakery.example/news/new-oven/"]');
    await expect(link.textContent()).resolves.toBe('harbour-bakery.example/news/new-oven/');
    // Were the address laid out as Arabic, its final slash would be drawn at its left end.
    const [first, last] = await link.evaluate((element) => {
      const text = element.firstChild!;
      const range = document.createRange();
      const at = (index: number) => {
        range.setStart(text, index);
        range.setEnd(text, index + 1);
        return range.getBoundingClientRect().left;
      };
      return [at(0), at(text.textContent!.length - 1)];
    });
    expect(first).toBeLessThan(last!);
    expectQuiet(watched);
    await watched.context.close();
  });

  it('on a desktop, hangs the program menu from the start of its button', async () => {
    const { ar, en } = await bothLanguages(DESKTOP, '/posts/new-oven/', async (page) => {
      const group = page.locator('.site-header .group');
      await group.locator('summary').click();
      return { button: await box(group.locator('summary')), menu: await box(group.locator('.menu')) };
    });
    expect(ar.menu.right).toBeCloseTo(ar.button.right, 0);
    expect(en.menu.left).toBeCloseTo(en.button.left, 0);
  });

  it('on a phone, keeps the share bar in reading order: from the right in Arabic', async () => {
    const { ar, en } = await bothLanguages(PHONE, '/posts/new-oven/', async (page) => {
      const bar = page.locator('[data-share-bar] ul');
      const cells = await page.locator('[data-share-bar] li:visible').all();
      return {
        bar: await box(bar),
        cells: await Promise.all(cells.map(box)),
        first: await cells[0]!.locator('[data-network]').getAttribute('data-network'),
        last: await cells.at(-1)!.textContent(),
      };
    });
    expect(ar.cells.length).toBeGreaterThanOrEqual(3);
    const lefts = (cells: Box[]) => cells.map((cell) => cell.left);
    expect(lefts(ar.cells), 'the cells from right to left').toEqual([...lefts(ar.cells)].sort((a, b) => b - a));
    expect(lefts(en.cells), 'the cells from left to right').toEqual([...lefts(en.cells)].sort((a, b) => a - b));
    expect(ar.cells[0]!.right).toBeCloseTo(ar.bar.right, 0);
    expect(en.cells[0]!.left).toBeCloseTo(en.bar.left, 0);
    // The same cells, in the same order: the hub's first network first, "More" last.
    expect(ar.first).toBe(en.first);
    expect(ar.last).toBe(en.last);
  });

  it('draws the dashboard’s charts from the right in Arabic: time and bars run in the reading direction', async () => {
    const { ar, en } = await bothLanguages(DESKTOP, '/dashboard/', async (page) => {
      const trend = page.locator('figure.trend');
      const dates = trend.locator('.axis span');
      // The busiest day of the export (6 November, 905 visits) is the highest point of the visits line.
      const peak = await trend.locator('> svg path.visits').evaluate((path: SVGPathElement) => {
        const length = path.getTotalLength();
        let top = path.getPointAtLength(0);
        for (let step = 1; step <= 400; step++) {
          const point = path.getPointAtLength((length * step) / 400);
          if (point.y < top.y) top = point;
        }
        return top.matrixTransform(path.getScreenCTM()!).x;
      });
      // By network: WhatsApp brought 905 visits, LinkedIn 29: a bar of 3 % of the cell.
      const linkedin = page.locator('table', { has: page.locator('#by-network-table-caption') }).getByRole('row', { name: /LinkedIn/ });
      return {
        first: await box(dates.first()),
        last: await box(dates.last()),
        peak,
        cell: await box(linkedin.locator('svg.bar')),
        bar: await box(linkedin.locator('svg.bar rect')),
      };
    });
    // The first day's date starts the line, the last ends it.
    expect(ar.first.left).toBeGreaterThan(ar.last.right);
    expect(en.first.right).toBeLessThan(en.last.left);
    for (const [language, chart] of Object.entries({ ar, en })) {
      const centre = (found: Box) => found.left + found.width / 2;
      const toLast = Math.abs(chart.peak - centre(chart.last));
      const toFirst = Math.abs(chart.peak - centre(chart.first));
      expect(toLast, `${language}: the busiest day, a day before the last, is drawn next to the last date`).toBeLessThan(toFirst);
    }
    expect(ar.bar.right).toBeCloseTo(ar.cell.right, 0);
    expect(ar.bar.left).toBeGreaterThan(ar.cell.left + ar.cell.width / 2);
    expect(en.bar.left).toBeCloseTo(en.cell.left, 0);
    expect(en.bar.right).toBeLessThan(en.cell.left + en.cell.width / 2);
  });

  it('has no accessibility violation on the Arabic post page and dashboard', async () => {
    const watched = await watchedPage(browser(), server.url, DESKTOP);
    const reports: string[] = [];
    for (const path of ['/posts/new-oven/', '/dashboard/']) {
      await watched.page.goto(path);
      const violations = await axeViolations(watched.page);
      if (violations.length > 0) reports.push(describeViolations(`the Arabic page ${path}`, violations));
    }
    expect(reports).toEqual([]);
    expectQuiet(watched);
    await watched.context.close();
  });
});
