import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { htmlLang, pageLanguage, pageRecords, pageUrlOf } from '../../src/search/page-records.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('FAQ questions as search records', () => {
  const records = pageRecords(fixture('built-site-with-faq/faq/index.html'), '/faq/');

  it('makes one record per question, linking to its anchor', () => {
    expect(records.map((record) => record.url)).toEqual(['/faq/#office-photos', '/faq/#own-words']);
  });

  it('keeps only that question and its answer, in the language of the page', () => {
    const [first, second] = records;
    expect(first?.html).toMatch(/^<!doctype html><html lang="en">/);
    expect(first?.html).toContain('data-pagefind-body');
    expect(first?.html).toContain('Can I post photos of the office?');
    expect(first?.html).not.toContain('Can I use my own words?');
    expect(first?.html).not.toContain('Menu');
    expect(first?.html).not.toContain('Footer');
    expect(second?.html).toContain('Please do.');
  });

  it('keeps the search attributes of the question', () => {
    expect(records[0]?.html).toContain('data-pagefind-filter="type[data-value]" data-value="faq"');
  });

  it('keeps an answer whole when it contains an element like the one it is marked on', () => {
    const [record] = pageRecords(fixture('faq-answer-with-an-article-inside.html'), '/faq/');
    expect(record?.html).toContain('An example inside the answer.');
    expect(record?.html).toMatch(/More answer after the example\.<\/p><\/article><\/body>/);
  });

  it('reads the page as a browser does: an end tag inside a comment does not end the answer', () => {
    const [record] = pageRecords(fixture('faq-answer-with-an-end-tag-in-a-comment.html'), '/faq/');
    expect(record?.url).toBe('/faq/#tricky');
    expect(record?.html).toContain('No: the answer goes on after the comment.');
    expect(record?.html).not.toContain('Footer');
  });

  it('refuses a part that never ends', () => {
    expect(() => pageRecords(fixture('faq-page-cut-off.html'), '/faq/')).toThrow('/faq/#cut-off: the <article> marked for search never ends');
  });

  it('decodes the anchor and leaves the language out when the page has none', () => {
    const [record] = pageRecords(fixture('faq-page-without-lang.html'), '/faq/');
    expect(record?.url).toBe('/faq/#a&b');
    expect(record?.html).toMatch(/^<!doctype html><html><head>/);
  });
});

describe('the URL of a built file', () => {
  it('is its folder, as Pagefind stores it', () => {
    expect(pageUrlOf('faq/index.html')).toBe('/faq/');
    expect(pageUrlOf('it/faq/index.html')).toBe('/it/faq/');
    expect(pageUrlOf('index.html')).toBe('/');
    expect(pageUrlOf('ms\\faq\\index.html')).toBe('/ms/faq/');
  });
});

describe('the language of a built page, as Pagefind files it', () => {
  it('is the lang of its <html>, read by the parser whatever the spelling', () => {
    expect(htmlLang('<!doctype html><html lang="it"><head><title>x</title></head></html>')).toBe('it');
    expect(htmlLang('<!DOCTYPE html>\n<!-- <html lang="fr"> -->\n<HTML dir=ltr LANG=pt-BR><body>x')).toBe('pt-BR');
    expect(htmlLang('<html lang="&#105;t">')).toBe('it');
    // A repeated attribute: the first value counts, as in the tree the parser builds.
    expect(htmlLang('<html lang="ms" lang="en">')).toBe('ms');
    expect(pageLanguage('<!doctype html><html lang="pt-BR">')).toBe('pt-br');
  });

  it('is unknown without one, and when the page does not start with <html>', () => {
    expect(htmlLang('<!doctype html><html><body lang="it">x</body></html>')).toBeUndefined();
    expect(pageLanguage('<!doctype html><html lang=""><body>x')).toBe('unknown');
    expect(pageLanguage('<!doctype html><head><title>x</title></head><body>x')).toBe('unknown');
    // Text in a title is not a tag: the tokenizer stopped before it.
    expect(pageLanguage('<!doctype html><title><html lang="fr"></title>')).toBe('unknown');
    expect(pageLanguage('')).toBe('unknown');
  });

  it('reads only up to the first tag: a long page costs no more than a short one', () => {
    const long = `<!doctype html><html lang="en"><body>${'<p>text</p>'.repeat(200_000)}</body></html>`;
    const started = performance.now();
    for (let i = 0; i < 20; i++) expect(htmlLang(long)).toBe('en');
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('the language of a page read from its bytes', () => {
  const bytes = (html: string) => new TextEncoder().encode(html);
  it('is what the text gives, wherever the first tag falls and however the bytes are cut', () => {
    const pages = [
      '<!doctype html><html lang="it"><body>x',
      `<!doctype html><!--${'é'.repeat(3000)}--><html lang="ms"><body>x`,
      `${' '.repeat(1023)}<html lang="café-x">`,
      '<!doctype html><head><title>x</title>',
      '<!doctype html>',
      '',
    ];
    for (const page of pages) expect(htmlLang(bytes(page)), page.slice(0, 40)).toBe(htmlLang(page));
    expect(pageLanguage(bytes(pages[1]!))).toBe('ms');
    expect(pageLanguage(bytes(pages[3]!))).toBe('unknown');
  });
});
