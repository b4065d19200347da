import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { pageRecords, pageUrlOf } from '../../src/search/page-records.ts';

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
