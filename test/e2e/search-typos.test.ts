import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, eventually, expectQuiet, useBrowser, watchedPage } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const status = (page: Page) => page.locator('[data-search-status]');
const notice = (page: Page) => page.locator('[data-search-correction]');

/** Typos of each kind, per language, and the word each one means. */
const typos = {
  en: {
    path: '/search/',
    box: 'What are you looking for?',
    showing: (word: string) => `Showing results for ${word}.`,
    instead: (word: string) => `Search instead for ${word}.`,
    count: (word: string) => new RegExp(`^\\d+ results? for “${word}”$`),
    words: [
      ['warrenty', 'warranty'], // a wrong letter
      ['complant', 'complaint'], // a letter left out
      ['warrantty', 'warranty'], // a letter too many
      ['instagarm', 'instagram'], // two letters swapped
    ],
  },
  ms: {
    path: '/ms/search/',
    box: 'Apa yang anda cari?',
    showing: (word: string) => `Memaparkan hasil untuk ${word}.`,
    instead: (word: string) => `Cari ${word} seperti yang ditaip.`,
    count: (word: string) => new RegExp(`^\\d+ hasil untuk “${word}”$`),
    words: [
      ['kilanf', 'kilang'],
      ['solr', 'solar'],
      ['basiikal', 'basikal'],
      ['pasuakn', 'pasukan'],
    ],
  },
  it: {
    path: '/it/search/',
    box: 'Che cosa cerchi?',
    showing: (word: string) => `Risultati per ${word}.`,
    instead: (word: string) => `Cerca invece ${word}.`,
    count: (word: string) => new RegExp(`^\\d+ risultat[io] per “${word}”$`),
    words: [
      ['cilleghi', 'colleghi'],
      ['stablimento', 'stabilimento'],
      ['garannzia', 'garanzia'],
      ['telaoi', 'telaio'],
    ],
  },
} as const;

describe('search forgives typos', () => {
  for (const [language, { path, box, showing, instead, count, words }] of Object.entries(typos)) {
    it(`corrects a wrong, missing, extra or swapped letter (${language}), and says so with both searches as links`, async () => {
      const watched = await watchedPage(browser(), baseUrl, PHONE);
      const { page } = watched;
      await page.goto(path);
      for (const [typed, meant] of words) {
        await page.getByLabel(box).fill(typed);
        await eventually(() => notice(page).textContent(), `${typed} → ${meant}`).toBe(`${showing(meant)} ${instead(typed)}`);
        await eventually(() => status(page).textContent()).toMatch(count(meant));
        await expect(page.locator('[data-search-results] .result').count()).resolves.toBeGreaterThan(0);
        // The address keeps what was typed; the links are the two searches.
        expect(new URL(page.url()).searchParams.get('q')).toBe(typed);
        await expect(notice(page).getByRole('link', { name: meant }).getAttribute('href')).resolves.toBe(`?q=${meant}`);
        await expect(notice(page).getByRole('link', { name: typed }).getAttribute('href')).resolves.toBe(`?q=${typed}&exact=1`);
      }
      expectQuiet(watched);
      await watched.context.close();
    });
  }

  it('"search instead" searches the words as typed, and the address says so', async () => {
    const watched = await watchedPage(browser(), baseUrl, DESKTOP);
    const { page } = watched;
    await page.goto('/search/?q=warrenty');
    await eventually(() => notice(page).textContent()).toBe('Showing results for warranty. Search instead for warrenty.');
    await notice(page).getByRole('link', { name: 'warrenty' }).click();
    await eventually(() => status(page).textContent()).toMatch(/^Nothing found for “warrenty”/);
    await expect(notice(page).isHidden()).resolves.toBe(true);
    expect(page.url()).toMatch(/\?q=warrenty&exact=1$/);
    // Opened from the address, it stays as typed too.
    await page.reload();
    await eventually(() => status(page).textContent()).toMatch(/^Nothing found for “warrenty”/);
    await expect(notice(page).isHidden()).resolves.toBe(true);
    expectQuiet(watched);
    await watched.context.close();
  });

  it('never corrects a well-spelled search, nor loads the vocabulary for one', async () => {
    const watched = await watchedPage(browser(), baseUrl, DESKTOP);
    const { page } = watched;
    const vocabularies: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/vocabulary-')) vocabularies.push(request.url());
    });
    const wellSpelled = [
      ['/search/', ['warranty', 'complaint', 'instagram', 'disclose', 'repair café', 'hashtags']],
      ['/ms/search/', ['solar', 'kilang', 'basikal']],
      ['/it/search/', ['garanzia', 'perche', 'perché', 'colleghi', 'telaio']],
    ] as const;
    for (const [path, queries] of wellSpelled) {
      for (const query of queries) {
        await page.goto(`${path}?q=${encodeURIComponent(query)}`);
        await eventually(() => page.locator('[data-search-results] .result').count(), query).toBeGreaterThan(0);
        await expect(status(page).textContent()).resolves.toContain(`“${query}”`);
        await expect(notice(page).isHidden()).resolves.toBe(true);
      }
    }
    expect(vocabularies).toEqual([]);
    expectQuiet(watched);
    await watched.context.close();
  });
});
