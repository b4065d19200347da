import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, eventually, expectQuiet, settled, useBrowser, watchedPage, type ContextOptions } from './support/browser.ts';
import { DIALOGS, readShareLink, utmOf } from './support/share-links.ts';
import { demoHub } from './support/demo-content.ts';
import { axeViolations, describeViolations } from './support/axe.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const hub = demoHub();
const SLUG = 'ebbtide-launch-day';
const postPath = (locale: string) => `${locale === hub.default_locale ? '' : `/${locale}`}/posts/${SLUG}/`;
const CODE = 'ab12cd34ef';

/** The region the phone's share bar is, by its label in each language. */
const BAR_LABEL: Record<string, string> = { en: 'Quick share', ms: 'Kongsi pantas', it: 'Condivisione rapida' };

/** The first share control a person sees in the bar, and where it is on the screen. */
async function firstShareControl(page: Page) {
  const bar = page.locator('[data-share-bar]');
  const controls = bar.locator('[data-network]');
  for (let i = 0; i < (await controls.count()); i++) {
    const control = controls.nth(i);
    if (await control.isVisible()) {
      const box = await control.boundingBox();
      return { control, box: box!, network: await control.getAttribute('data-network') };
    }
  }
  throw new Error('the share bar shows no share control');
}

function expectInsideViewport(box: { x: number; y: number; width: number; height: number }, what: string): void {
  const { width, height } = PHONE.viewport;
  expect(box.x, `${what}: left edge`).toBeGreaterThanOrEqual(0);
  expect(box.y, `${what}: top edge`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what}: right edge`).toBeLessThanOrEqual(width);
  expect(box.y + box.height, `${what}: bottom edge`).toBeLessThanOrEqual(height);
}

describe('a share action on the first screen of a phone (390×844)', () => {
  const cases = hub.locales.flatMap(({ code }) => [
    { locale: code, js: true, how: 'first visit' },
    { locale: code, js: true, how: 'with a personal link' },
    { locale: code, js: false, how: 'without JavaScript' },
  ]);
  it.each(cases)('$locale, $how', async ({ locale, js, how }) => {
    const watched = await watchedPage(browser(), baseUrl, { ...PHONE, javaScriptEnabled: js });
    const { page } = watched;
    await page.goto(`${postPath(locale)}${how === 'with a personal link' ? `?advocate=${CODE}` : ''}`);
    if (js) await page.locator('[data-share-panel]:not(.no-js)').waitFor();
    const bar = page.getByRole('region', { name: BAR_LABEL[locale] });
    await expect(bar.isVisible(), 'the share bar is a landmark named in the page language').resolves.toBe(true);
    const { control, box, network } = await firstShareControl(page);
    console.log(`first share control on ${postPath(locale)}, ${how}: ${network} at ${Math.round(box.y)}–${Math.round(box.y + box.height)} px`);
    expectInsideViewport(box, `the ${network} control`);
    // A real share dialog with the post's tracked link, whether or not the script runs.
    const shared = readShareLink(network!, (await control.getAttribute('href'))!);
    expect(shared.address).toBe(DIALOGS[network!]!.address);
    expect(utmOf(shared.link).utm_source).toBe(network);
    if (how === 'with a personal link') expect(new URL(shared.link).searchParams.get('utm_term')).toBe(CODE);
    // "More" leads to the whole panel, with the caption to edit.
    const more = bar.getByRole('link', { name: /^(More|Lagi|Altro) \(/ });
    expectInsideViewport((await more.boundingBox())!, '"More"');
    await expect(more.getAttribute('href')).resolves.toBe('#share');
    expectQuiet(watched);
    await watched.context.close();
  });
});

describe("the device's share sheet in the bar", () => {
  it('comes first where the browser has one, and shares the tracked link with the caption', async () => {
    const watched = await watchedPage(browser(), baseUrl, PHONE);
    const { page } = watched;
    await page.addInitScript(() => {
      const calls: ShareData[] = [];
      (window as unknown as { shared: ShareData[] }).shared = calls;
      Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void calls.push(data), configurable: true });
    });
    await page.goto(`${postPath('en')}?advocate=${CODE}`);
    await page.locator('[data-share-panel]:not(.no-js)').waitFor();
    const { control, box, network } = await firstShareControl(page);
    expect(network).toBe('share-sheet');
    expectInsideViewport(box, 'the share-sheet button');
    await expect(control.textContent()).resolves.toBe('Share…');
    // Still four cells: the sheet takes the place of the third network.
    await expect(page.locator('[data-share-bar] li:visible').count()).resolves.toBe(4);
    // The sheet's cell is drawn in the accent colour: WCAG 2.2 AA in both schemes.
    const reports: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      reports.push(describeViolations(`the bar with a share sheet in ${scheme}`, await axeViolations(page)));
    }
    expect(reports.filter(Boolean).join('\n\n'), 'accessibility violations').toBe('');
    await control.click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(shared).toHaveLength(1);
    expect(shared[0]!.text).toBe(await page.getByLabel('Your caption').inputValue());
    expect(utmOf(shared[0]!.url!)).toMatchObject({ utm_source: 'share-sheet', utm_term: CODE });
    expectQuiet(watched);
    await watched.context.close();
  });

  it.each([
    ['with JavaScript', true],
    ['without JavaScript', false],
  ])('is not offered where the browser has none (%s): the networks are, as links', async (_how, js) => {
    const watched = await watchedPage(browser(), baseUrl, { ...PHONE, javaScriptEnabled: js });
    const { page } = watched;
    await page.goto(postPath('en'));
    if (js) await expect(page.evaluate(() => 'share' in navigator)).resolves.toBe(false);
    await expect(page.locator('[data-share-bar] [data-network="share-sheet"]').isVisible()).resolves.toBe(false);
    const visible = page.locator('[data-share-bar] li:visible [data-network]');
    // The hub's first three networks that share from a plain link (content/hub.yaml order).
    await expect(visible.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-network')))).resolves.toEqual(['linkedin', 'x', 'facebook']);
    for (const link of await visible.all()) {
      const network = (await link.getAttribute('data-network'))!;
      expect(readShareLink(network, (await link.getAttribute('href'))!).address).toBe(DIALOGS[network]!.address);
      expectInsideViewport((await link.boundingBox())!, network);
    }
    expectQuiet(watched);
    await watched.context.close();
  });
});

describe('the share bar in use', () => {
  it('offers the networks the person shared to last, on the next post', async () => {
    const watched = await watchedPage(browser(), baseUrl, PHONE);
    const { page } = watched;
    await page.goto(postPath('en'));
    await page.locator('[data-share-panel]:not(.no-js)').waitFor();
    const tab = watched.nextNewTab();
    await page.locator('[data-share-panel] [data-network="whatsapp"]').click();
    expect(new URL(await tab).hostname).toBe('wa.me');
    await page.goto('/it/posts/kl-solar-roof/');
    await page.locator('[data-share-panel]:not(.no-js)').waitFor();
    const cells = page.locator('[data-share-bar] li:visible [data-network]');
    await eventually(() => cells.first().getAttribute('data-network')).toBe('whatsapp');
    await expect(cells.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-network')))).resolves.toEqual(['whatsapp', 'linkedin', 'x']);
    // The copied control is the panel's: its link is this post's, in Italian, and follows the caption.
    const href = (await cells.first().getAttribute('href'))!;
    expect(utmOf(readShareLink('whatsapp', href).link).utm_content).toBe('kl-solar-roof');
    await page.getByLabel('Il tuo testo').fill('Il mio testo sul tetto solare');
    await eventually(async () => readShareLink('whatsapp', (await cells.first().getAttribute('href'))!).text).toBe('Il mio testo sul tetto solare');
    expectQuiet(watched);
    await watched.context.close();
  });

  it('says when the caption is too long, as the panel does', async () => {
    const watched = await watchedPage(browser(), baseUrl, PHONE);
    const { page } = watched;
    await page.goto(postPath('en'));
    await page.getByLabel('Write for').selectOption('x');
    await page.getByLabel('Your caption').fill('I work at Tidewater. '.repeat(16));
    const x = page.locator('[data-share-bar] [data-network="x"]');
    await eventually(() => x.getAttribute('aria-disabled')).toBe('true');
    await expect(x.getAttribute('href')).resolves.toBeNull();
    await expect(x.locator('[data-over-note]').isVisible()).resolves.toBe(true);
    expectQuiet(watched);
    await watched.context.close();
  });

  it('is reached by keyboard right after the share heading, and leaves nothing hidden under it', async () => {
    // Reduced motion: the page then scrolls at once, not smoothly, so positions can be read after each Tab.
    const watched = await watchedPage(browser(), baseUrl, { ...PHONE, hasTouch: false, isMobile: false, reducedMotion: 'reduce' });
    const { page } = watched;
    await page.goto(postPath('en'));
    await page.locator('[data-share-panel]:not(.no-js)').waitFor();
    // Reading order: the post's tags, then the bar, then the panel.
    await page.locator('.meta a').last().focus();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('[data-share-bar]') !== null)).resolves.toBe(true);
    // Every control after it, reached by Tab, is scrolled into view above the bar, not under it (WCAG 2.4.11).
    const barTopNow = await page.locator('[data-share-bar]').evaluate((node) => node.getBoundingClientRect().top);
    const hidden: string[] = [];
    for (let step = 0; step < 80; step++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const node = document.activeElement;
        if (!node || node === document.body || node.closest('[data-share-bar]')) return null;
        const box = node.getBoundingClientRect();
        return { what: `${node.tagName.toLowerCase()} ${(node.textContent ?? '').trim().slice(0, 30)}`, top: box.top, bottom: box.bottom, inFooter: !!node.closest('footer') };
      });
      if (!focused) continue;
      // Wholly visible, or for a tall control (the caption box) at least a finger's height of it.
      const needed = Math.min(focused.bottom - focused.top, 44);
      if (focused.top < 0 || focused.top + needed > barTopNow + 1) hidden.push(`${focused.what} (${Math.round(focused.top)}–${Math.round(focused.bottom)} px)`);
      if (focused.inFooter) break;
    }
    expect(hidden, 'controls that took focus under the bar').toEqual([]);
    // The end of the page stays above the bar once scrolled to the bottom.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await settled(page);
    const footerBottom = await page.locator('footer').evaluate((node) => node.getBoundingClientRect().bottom);
    const barTop = await page.locator('[data-share-bar]').evaluate((node) => node.getBoundingClientRect().top);
    expect(footerBottom).toBeLessThanOrEqual(barTop + 1);
    expectQuiet(watched);
    await watched.context.close();
  });

  it.each([
    ['a desktop', DESKTOP],
    ['an expired post on a phone', PHONE],
  ] as [string, ContextOptions][])('is not there on %s', async (name, options) => {
    const watched = await watchedPage(browser(), baseUrl, options);
    const { page } = watched;
    await page.goto(name.includes('expired') ? '/posts/summer-service-clinic/' : postPath('en'));
    await expect(page.getByRole('region', { name: 'Quick share' }).count()).resolves.toBe(0);
    expectQuiet(watched);
    await watched.context.close();
  });
});

describe('from a list to the share bar', () => {
  it('a post card’s Share link opens the post at its share panel', async () => {
    const watched = await watchedPage(browser(), baseUrl, { ...PHONE, javaScriptEnabled: false });
    const { page } = watched;
    await page.goto('/it/');
    await page.getByRole('link', { name: "Condividi È arrivata l'Ebbtide e-bike", exact: true }).first().click();
    await page.waitForURL(/\/it\/posts\/ebbtide-launch-day\/#share$/);
    const heading = await page.locator('#share-title').boundingBox();
    expectInsideViewport(heading!, 'the share heading');
    expectInsideViewport((await firstShareControl(page)).box, 'the first share control');
    expectQuiet(watched);
    await watched.context.close();
  });
});

describe("the phone's header", () => {
  it.each([
    ['with JavaScript', true],
    ['without JavaScript', false],
  ])('keeps every language in a menu and the search box on the first line (%s)', async (_how, js) => {
    const watched = await watchedPage(browser(), baseUrl, { ...PHONE, javaScriptEnabled: js });
    const { page } = watched;
    await page.goto(postPath('en'));
    const header = await page.locator('header').boundingBox();
    console.log(`header height at 390 px: ${Math.round(header!.height)} px`);
    expect(header!.height).toBeLessThanOrEqual(130);
    const search = await page.getByRole('searchbox').boundingBox();
    const brand = await page.locator('.brand').boundingBox();
    expect(search!.y).toBeLessThan(brand!.y + brand!.height);
    await expect(page.getByRole('link', { name: 'Italiano' }).isVisible()).resolves.toBe(false);
    await page.getByRole('navigation', { name: 'Language' }).locator('summary').click();
    await page.getByRole('link', { name: 'Italiano' }).click();
    await page.waitForURL(/\/it\/posts\/ebbtide-launch-day\/$/);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('it');
    expectQuiet(watched);
    await watched.context.close();
  });
});
