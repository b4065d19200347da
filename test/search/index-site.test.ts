import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { describeSummary, indexSite, SearchIndexError } from '../../src/search/index-site.ts';
import { fakePagefind } from './fake-pagefind.ts';

const site = fileURLToPath(new URL('./fixtures/built-site-with-faq', import.meta.url));

describe('indexing a built site', () => {
  it('adds the built folder, one record per FAQ question with its anchor, then writes the index', async () => {
    const pagefind = fakePagefind();
    const summary = await indexSite(pagefind.api, { siteDir: site });

    expect(pagefind.calls.map((call) => call.step)).toEqual(['createIndex', 'addDirectory', 'addHTMLFile', 'addHTMLFile', 'addHTMLFile', 'writeFiles']);
    expect(pagefind.added.map((record) => record.url)).toEqual(['/faq/#office-photos', '/faq/#own-words', '/it/faq/#foto-ufficio']);
    expect(pagefind.added[2]?.content).toContain('<html lang="it">');
    expect(pagefind.calls[1]?.argument).toEqual({ path: site });
    expect(pagefind.calls.at(-1)?.argument).toEqual({ outputPath: `${site}/pagefind` });
    // No entry file from the fake: the count falls back to what Pagefind reported.
    expect(summary.pages).toBe(6);
    expect(pagefind.closedCount()).toBe(1);
  });

  it('prints the line the benchmark reads', () => {
    const line = describeSummary({ pages: 42, languages: { en: 20, ms: 11, it: 11 }, seconds: 0.84, outputPath: '' });
    expect(line).toBe('pagefind: indexed 42 pages in 0.8 s (en 20, ms 11, it 11)');
    expect(line).toMatch(/indexed (\d+) pages? in ([\d.]+) ?s/);
  });
});

describe('a failing Pagefind call fails the build with its message', () => {
  const cases = [
    ['createIndex', 'Pagefind could not start'],
    ['addDirectory', 'Pagefind could not read the built pages'],
    ['addHTMLFile', 'Pagefind could not index /faq/#office-photos'],
    ['writeFiles', 'Pagefind could not write the index'],
  ] as const;

  for (const [step, what] of cases) {
    it(`when ${step} reports an error`, async () => {
      const pagefind = fakePagefind({ [step]: [`${step} went wrong: disk full`] });
      const failure = indexSite(pagefind.api, { siteDir: site });

      await expect(failure).rejects.toBeInstanceOf(SearchIndexError);
      await expect(failure).rejects.toThrow(what);
      await expect(failure).rejects.toThrow(`${step} went wrong: disk full`);
      expect(pagefind.closedCount()).toBe(1);
      // Nothing half-made is written after a failed step.
      if (step !== 'writeFiles') expect(pagefind.calls.map((call) => call.step)).not.toContain('writeFiles');
    });
  }

  it('when Pagefind starts without an index and without a reason', async () => {
    const pagefind = fakePagefind({}, { noIndex: true });
    await expect(indexSite(pagefind.api, { siteDir: site })).rejects.toThrow('Pagefind could not start');
    expect(pagefind.closedCount()).toBe(1);
  });

  it('when a FAQ answer cannot be cut out of its page', async () => {
    const pagefind = fakePagefind();
    const fixtures = fileURLToPath(new URL('./fixtures', import.meta.url));
    await expect(indexSite(pagefind.api, { siteDir: fixtures, recordPages: ['faq-page-cut-off.html'] })).rejects.toThrow(
      'Building the search index failed: /faq-page-cut-off.html#cut-off: the <article> marked for search never ends',
    );
    expect(pagefind.closedCount()).toBe(1);
  });

  it('keeps the first error when closing Pagefind fails too', async () => {
    const pagefind = fakePagefind({ addDirectory: ['cannot read dist/posts/x/index.html'] }, { closeFails: true });
    await expect(indexSite(pagefind.api, { siteDir: site })).rejects.toThrow('cannot read dist/posts/x/index.html');
  });
});
