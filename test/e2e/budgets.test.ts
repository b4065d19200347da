import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import type { Page, Response } from 'playwright-core';
import { DESKTOP, PHONE, eventually, expectQuiet, settled, useBrowser, watchedPage, type ContextOptions } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** Gzipped bytes a post page may bring before anyone touches it (issue 6). */
const BUDGET = { html: 10 * 1024, css: 12 * 1024, js: 10 * 1024 };
const KIND: Record<string, keyof typeof BUDGET> = { document: 'html', stylesheet: 'css', script: 'js' };

interface Weighed {
  kind: keyof typeof BUDGET;
  path: string;
  bytes: number;
  gzipped: number;
}

/** Loads a page until the network is quiet, weighing every HTML, CSS and JavaScript response as gzip would send it. */
async function loadAndWeigh(page: Page, path: string): Promise<Weighed[]> {
  const weighing: Promise<Weighed>[] = [];
  const onResponse = (response: Response) => {
    const kind = KIND[response.request().resourceType()];
    if (!kind || response.status() !== 200) return;
    const path = new URL(response.url()).pathname;
    weighing.push(response.body().then((body) => ({ kind, path, bytes: body.length, gzipped: gzipSync(body).length })));
  };
  page.on('response', onResponse);
  await page.goto(path, { waitUntil: 'networkidle' });
  page.off('response', onResponse);
  return Promise.all(weighing);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function report(path: string, weighed: Weighed[]): { totals: Record<keyof typeof BUDGET, number>; text: string } {
  const totals = { html: 0, css: 0, js: 0 };
  for (const item of weighed) totals[item.kind] += item.gzipped;
  const lines = [`page weight of ${path} (gzip):`];
  for (const kind of ['html', 'css', 'js'] as const) {
    lines.push(`  ${kind.toUpperCase().padEnd(4)} ${kb(totals[kind]).padStart(8)} of ${kb(BUDGET[kind])}`);
    for (const item of weighed.filter((w) => w.kind === kind)) lines.push(`       ${kb(item.gzipped).padStart(8)}  (${kb(item.bytes)} raw)  ${item.path}`);
  }
  return { totals, text: lines.join('\n') };
}

describe('page-weight budgets of a post page, measured in the browser', () => {
  it.each(['/posts/ebbtide-launch-day/', '/it/posts/ebbtide-launch-day/'])(
    '%s stays within HTML 10 KB, CSS 12 KB and JavaScript 10 KB before interaction',
    async (path) => {
      const watched = await watchedPage(browser(), baseUrl, PHONE);
      const { page } = watched;
      const weighed = await loadAndWeigh(page, path);
      const { totals, text } = report(path, weighed);
      console.log(text);
      expect(weighed.filter((item) => item.kind === 'html')).toHaveLength(1);
      expect(totals.html, 'HTML').toBeLessThanOrEqual(BUDGET.html);
      expect(totals.css, 'CSS').toBeLessThanOrEqual(BUDGET.css);
      expect(totals.js, 'JavaScript before any interaction').toBeLessThanOrEqual(BUDGET.js);

      // The X counting rules (twitter-text) wait for the first edit of the caption.
      const later: Weighed[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') {
          // A script still arriving when the page closes has no body to weigh; those before are weighed.
          void response
            .body()
            .then((body) => later.push({ kind: 'js', path: new URL(response.url()).pathname, bytes: body.length, gzipped: gzipSync(body).length }))
            .catch(() => undefined);
        }
      });
      await page.locator('[data-caption]').focus();
      await eventually(() => later.length).toBeGreaterThan(0);
      console.log(`  loaded on the first edit: ${later.map((item) => `${item.path} ${kb(item.gzipped)}`).join(', ')}`);
      expectQuiet(watched);
      await watched.context.close();
    },
  );
});

/** Adds up every layout shift of the page from its first byte, with what moved. */
async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record = { total: 0, moved: [] as string[] };
    (window as unknown as { layoutShift: typeof record }).layoutShift = record;
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        if (entry.hadRecentInput) continue;
        record.total += entry.value;
        for (const source of entry.sources ?? []) {
          const node = source.node;
          record.moved.push(node instanceof Element ? `${node.tagName.toLowerCase()}.${[...node.classList].join('.')}` : String(node?.nodeName));
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

describe('no layout shift from the share panel', () => {
  it.each([
    ['a phone, first visit', PHONE, ''],
    ['a phone, with a personal link', PHONE, '?advocate=ab12cd34ef'],
    // The share bar's first cell becomes the device's share sheet: decided before the first paint.
    ['a phone with a share sheet', PHONE, 'share-sheet'],
    ['a desktop, with a code remembered', DESKTOP, 'remembered'],
  ] as [string, ContextOptions, string][])('on %s', async (_name, options, how) => {
    const watched = await watchedPage(browser(), baseUrl, options);
    const { page } = watched;
    if (how === 'remembered') {
      await page.goto('/?advocate=ab12cd34ef');
      await eventually(() => page.evaluate(() => localStorage.getItem('advocacy-hub.advocate'))).toBe('ab12cd34ef');
    }
    await watchLayoutShifts(page);
    if (how === 'share-sheet') await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: async () => undefined }));
    await page.goto(`/posts/ebbtide-launch-day/${how.startsWith('?') ? how : ''}`);
    await page.locator('[data-share-panel]:not(.no-js)').waitFor();
    await settled(page);
    const shift = await page.evaluate(() => (window as unknown as { layoutShift: { total: number; moved: string[] } }).layoutShift);
    console.log(`layout shift on ${_name}: ${shift.total.toFixed(4)}${shift.moved.length ? ` (moved: ${shift.moved.join(', ')})` : ''}`);
    expect(shift, 'layout shift after load').toEqual({ total: 0, moved: [] });
    if (how !== 'share-sheet' && how) await expect(page.locator('[data-known] .as').textContent()).resolves.toBe('Sharing as ab12cd34ef');
    expectQuiet(watched);
    await watched.context.close();
  });
});
